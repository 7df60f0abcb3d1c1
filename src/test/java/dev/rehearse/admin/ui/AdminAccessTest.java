package dev.rehearse.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.Component;
import dev.rehearse.support.IntegrationTest;
import dev.rehearse.support.TemporaryBank;
import dev.rehearse.support.WithAccount;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.test.context.TestPropertySource;

/** Only administrators see the admin pages in the menu or reach them at all. */
@IntegrationTest
@TestPropertySource(properties = "app.questions.dir=" + TemporaryBank.SHARED)
@ViewPackages(packages = {"dev.rehearse.admin.ui", "dev.rehearse.home.ui"})
class AdminAccessTest extends SpringBrowserlessTest {

    private List<String> menu() {
        return find(SideNav.class).single().getItems().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    @WithAccount("admin")
    void anAdministratorHasTheAdminPagesInTheMenu() {
        navigate("", Component.class);
        assertThat(menu()).contains("Question bank", "Accounts", "Audit log");
        assertThat(navigate(AuditLogView.class)).isInstanceOf(AuditLogView.class);
    }

    @Test
    @WithAccount("admin-access-plain")
    void aPlainUserSeesNoAdminPageAndCannotOpenOne() {
        navigate("", Component.class);
        assertThat(menu()).doesNotContain("Question bank", "Accounts", "Audit log").contains("Home");

        assertNoAdminPageOpens();
    }

    @Test
    @WithAnonymousUser
    void aVisitorWhoIsNotSignedInCannotOpenOne() {
        assertNoAdminPageOpens();
    }

    private void assertNoAdminPageOpens() {
        for (String route : List.of(BankAdminView.PATH, UserAdminView.PATH, AuditLogView.PATH)) {
            try {
                navigate(route, Component.class);
            } catch (RuntimeException | AssertionError refused) {
                // refused by the navigation access control
            }
            assertThat(getCurrentView()).as(route).isNotInstanceOfAny(BankAdminView.class, UserAdminView.class,
                    AuditLogView.class);
        }
    }
}
