package dev.rehearse.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import dev.rehearse.admin.AuditAction;
import dev.rehearse.admin.AuditLog;
import dev.rehearse.security.AccountSummary;
import dev.rehearse.support.IntegrationTest;
import dev.rehearse.support.TemporaryBank;
import dev.rehearse.support.TestUsers;
import dev.rehearse.support.WithAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The accounts page without a browser: a confirmed disable, a one-time password shown once, a refusal in words. */
@IntegrationTest
@TestPropertySource(properties = "app.questions.dir=" + TemporaryBank.SHARED)
@ViewPackages(classes = UserAdminView.class)
@WithAccount("admin")
class UserAdminViewTest extends SpringBrowserlessTest {

    @Autowired
    TestUsers users;
    @Autowired
    AuditLog audit;

    private void manage(UserAdminView view, String username) {
        test(view.search).setValue(username);
        AccountSummary account = view.grid.getGenericDataView().getItems().filter(a -> a.username().equals(username))
                .findFirst().orElseThrow();
        test(view.grid).clickRow(view.grid.getGenericDataView().getItems().toList().indexOf(account));
    }

    private Button button(String id) {
        return find(Button.class).withId(id).single();
    }

    @Test
    void anAdministratorDisablesAnAccountAfterConfirmingIt() {
        String name = users.register("view-disable");
        UserAdminView view = navigate(UserAdminView.class);
        manage(view, name);

        test(button("toggle-enabled")).click();
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(test(find(Notification.class).last()).getText()).isEqualTo(name + " is disabled.");
        assertThat(view.grid.getGenericDataView().getItems().filter(a -> a.username().equals(name)).findFirst()
                .orElseThrow().enabled()).isFalse();
        assertThat(audit.newestFirst(0, 1).getFirst().action()).isEqualTo(AuditAction.ACCOUNT_DISABLED);
    }

    @Test
    void aResetShowsTheOneTimePasswordOnce() {
        String name = users.register("view-reset");
        UserAdminView view = navigate(UserAdminView.class);
        manage(view, name);

        test(button("reset-password")).click();
        test(find(ConfirmDialog.class).single()).confirm();

        TextField shown = find(TextField.class).withId("one-time-password").single();
        assertThat(shown.getValue()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(shown.isReadOnly()).isTrue();
        assertThat(audit.newestFirst(0, 1).getFirst().detail()).doesNotContain(shown.getValue());
        test(button("one-time-done")).click();
        assertThat(find(TextField.class).withId("one-time-password").all()).isEmpty();
    }

    @Test
    void disablingYourOwnAccountIsRefusedInWords() {
        UserAdminView view = navigate(UserAdminView.class);
        manage(view, "admin");

        test(button("toggle-enabled")).click();
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("You cannot disable your own account.");
        assertThat(audit.newestFirst(0, 1).getFirst().action()).isEqualTo(AuditAction.ACCOUNT_ACTION_REFUSED);
    }
}
