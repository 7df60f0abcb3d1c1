package dev.rehearse.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.notification.Notification;
import dev.rehearse.support.IntegrationTest;
import dev.rehearse.support.WithAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Deleting the account from the settings page takes the person's password, and says why when it refuses. The
 * deletion itself, which ends the session, is followed in a real browser by AccountDeletionIT.
 */
@IntegrationTest
@ViewPackages(classes = SettingsView.class)
class SettingsViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    @WithAccount("settings-wrong-password")
    void aWrongPasswordKeepsTheAccountAndSaysSo() {
        SettingsView view = navigate(SettingsView.class);
        test(view.deletePassword).setValue("not my password");
        test(view.delete).click();

        assertThat(view.deletePassword.isInvalid()).isTrue();
        assertThat(view.deletePassword.getErrorMessage()).isEqualTo("That is not your password. Nothing was deleted.");
        assertThat(accountsNamed("settings-wrong-password")).isOne();
    }

    @Test
    @WithAccount("settings-no-extra-time")
    void settingsWithoutAChoiceAreRefusedWithAMessageAndNothingChanges() {
        SettingsView view = navigate(SettingsView.class);
        view.extraTime.setValue(null); // no person can unpick a radio button; a forged request can
        test(view.retention).setValue(80);
        test(view.save).click();

        assertThat(test(find(Notification.class).last()).getText())
                .isEqualTo("Choose how much extra time you want, or None.");
        assertThat(jdbc.sql("select desired_retention_percent from user_account where username = :n")
                .param("n", "settings-no-extra-time").query(Integer.class).single()).isEqualTo(90);
    }

    private long accountsNamed(String username) {
        return jdbc.sql("select count(*) from user_account where username = :name").param("name", username)
                .query(Long.class).single();
    }
}
