package dev.rehearse.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearse.security.AccountException;
import dev.rehearse.security.AccountSummary;
import dev.rehearse.support.IntegrationTest;
import dev.rehearse.support.MutableClock;
import dev.rehearse.support.TemporaryBank;
import dev.rehearse.support.TestUsers;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.context.TestPropertySource;

/** Account changes through the admin area, each in the audit log; a refused one is recorded and changes nothing. */
@IntegrationTest
@TestPropertySource(properties = "app.questions.dir=" + TemporaryBank.SHARED)
class UserAdminServiceTest {

    static final String FROM = "192.0.2.44";

    @Autowired
    UserAdminService admin;
    @Autowired
    AuditLog audit;
    @Autowired
    TestUsers users;
    @Autowired
    MutableClock clock;

    private AccountSummary account(String username) {
        return users.as("admin", () -> admin.accounts(username)).stream()
                .filter(a -> a.username().equals(username)).findFirst().orElseThrow();
    }

    private AuditEntry newest() {
        return users.as("admin", () -> audit.newestFirst(0, 1)).getFirst();
    }

    @Test
    void disablingAndEnablingAnAccountIsRecorded() {
        String name = users.register("useradmin-disable");
        long id = account(name).id();
        clock.advance(Duration.ofDays(1));

        users.as("admin", () -> admin.setEnabled(id, false, FROM));

        assertThat(account(name).enabled()).isFalse();
        AuditEntry entry = newest();
        assertThat(entry.action()).isEqualTo(AuditAction.ACCOUNT_DISABLED);
        assertThat(entry.target()).isEqualTo(name + " (#" + id + ")");
        assertThat(entry.clientAddress()).isEqualTo(FROM);
        assertThat(entry.at()).isEqualTo(clock.instant());

        clock.advance(Duration.ofDays(1));
        users.as("admin", () -> admin.setEnabled(id, true, FROM));
        assertThat(account(name).enabled()).isTrue();
        assertThat(newest().action()).isEqualTo(AuditAction.ACCOUNT_ENABLED);
    }

    @Test
    void aResetPasswordIsRecordedWithoutThePassword() {
        String name = users.register("useradmin-reset");
        long id = account(name).id();
        clock.advance(Duration.ofDays(1));

        String oneTime = users.as("admin", () -> admin.resetPassword(id, FROM));

        assertThat(oneTime).hasSizeGreaterThanOrEqualTo(12);
        assertThat(account(name).mustChangePassword()).isTrue();
        AuditEntry entry = newest();
        assertThat(entry.action()).isEqualTo(AuditAction.PASSWORD_RESET);
        assertThat(entry.target()).isEqualTo(name + " (#" + id + ")");
        assertThat(entry.detail()).doesNotContain(oneTime);
    }

    @Test
    void grantingAndRemovingTheAdministratorRoleIsRecorded() {
        String name = users.register("useradmin-role");
        long id = account(name).id();
        clock.advance(Duration.ofDays(1));

        users.as("admin", () -> admin.setAdmin(id, true, FROM));
        assertThat(account(name).admin()).isTrue();
        assertThat(newest().action()).isEqualTo(AuditAction.ADMIN_GRANTED);

        clock.advance(Duration.ofDays(1));
        users.as("admin", () -> admin.setAdmin(id, false, FROM));
        assertThat(account(name).admin()).isFalse();
        assertThat(newest().action()).isEqualTo(AuditAction.ADMIN_REMOVED);
    }

    @Test
    void aRefusedChangeIsRecordedAndChangesNothing() {
        long self = account("admin").id();
        clock.advance(Duration.ofDays(1));

        assertThatThrownBy(() -> users.as("admin", () -> admin.setEnabled(self, false, FROM)))
                .isInstanceOf(AccountException.class).hasMessage("You cannot disable your own account.");

        assertThat(account("admin").enabled()).isTrue();
        AuditEntry entry = newest();
        assertThat(entry.action()).isEqualTo(AuditAction.ACCOUNT_ACTION_REFUSED);
        assertThat(entry.target()).isEqualTo("admin (#" + self + ")");
        assertThat(entry.detail()).isEqualTo("disable: You cannot disable your own account.");
        assertThat(entry.at()).isEqualTo(clock.instant());
    }

    @Test
    void anUnknownAccountIsRefusedInWords() {
        clock.advance(Duration.ofDays(1));
        assertThatThrownBy(() -> users.as("admin", () -> admin.setAdmin(987654, true, FROM)))
                .isInstanceOf(AccountException.class);
        assertThat(newest().target()).isEqualTo("account #987654");
    }

    @Test
    void plainUsersAndAnonymousCallersAreRefused() {
        String user = users.register("useradmin-plain");
        long id = account(user).id();
        assertThatThrownBy(() -> users.as(user, () -> admin.accounts(""))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(user, () -> admin.setAdmin(id, true, FROM)))
                .isInstanceOf(AccessDeniedException.class);
        users.signOutToAnonymous();
        try {
            assertThatThrownBy(() -> admin.resetPassword(id, FROM)).isInstanceOfAny(AccessDeniedException.class,
                    AuthenticationCredentialsNotFoundException.class);
        } finally {
            users.clear();
        }
        assertThat(account(user).admin()).isFalse();
    }
}
