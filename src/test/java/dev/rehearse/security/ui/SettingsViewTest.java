package dev.rehearse.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
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

    private long accountsNamed(String username) {
        return jdbc.sql("select count(*) from user_account where username = :name").param("name", username)
                .query(Long.class).single();
    }
}
