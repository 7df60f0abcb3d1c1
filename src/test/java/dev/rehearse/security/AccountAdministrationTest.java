package dev.rehearse.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearse.security.internal.UserAccount;
import dev.rehearse.security.internal.UserAccountRepository;
import dev.rehearse.support.IntegrationTest;
import dev.rehearse.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class AccountAdministrationTest {

    @Autowired
    AccountAdministration administration;
    @Autowired
    AccountService accounts;
    @Autowired
    TestUsers users;
    @Autowired
    UserAccountRepository repository;
    @Autowired
    PasswordEncoder encoder;

    private long idOf(String username) {
        return repository.findByUsernameKey(UserAccount.key(username)).orElseThrow().getId();
    }

    @Test
    void aPlainUserIsRefusedEveryAction() {
        String plain = users.register("plain");
        long other = idOf(users.register("other"));
        assertThatThrownBy(() -> users.as(plain, () -> administration.accounts(""))).isInstanceOf(
                AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(plain, () -> administration.setEnabled(other, false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(plain, () -> administration.resetPassword(other)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(plain, () -> administration.setAdmin(idOf(plain), true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(repository.findById(other).orElseThrow().isEnabled()).isTrue();
        assertThat(repository.findById(idOf(plain)).orElseThrow().hasRole(AppRoles.ADMIN)).isFalse();
    }

    @Test
    void searchFindsAccountsByPartOfTheNameInAnyCase() {
        String found = users.register("Searchable");
        assertThat(users.as("admin", () -> administration.accounts("SEARCHABLE")))
                .extracting(AccountSummary::username).contains(found).doesNotContain("admin");
    }

    @Test
    void disablingAndEnablingAnAccount() {
        String sam = users.register("sam");
        long id = idOf(sam);
        AccountSummary off = users.as("admin", () -> administration.setEnabled(id, false));
        assertThat(off.enabled()).isFalse();
        assertThat(repository.findById(id).orElseThrow().isEnabled()).isFalse();
        assertThat(users.as("admin", () -> administration.setEnabled(id, true)).enabled()).isTrue();
    }

    @Test
    void aResetGivesAOneTimePasswordThatMustBeChangedAndTheOldOneStopsWorking() {
        String tia = users.register("tia");
        String oneTime = users.as("admin", () -> administration.resetPassword(idOf(tia)));

        UserAccount account = repository.findById(idOf(tia)).orElseThrow();
        assertThat(encoder.matches(oneTime, account.getPasswordHash())).isTrue();
        assertThat(encoder.matches(TestUsers.PASSWORD, account.getPasswordHash())).isFalse();
        assertThat(account.isMustChangePassword()).isTrue();
        assertThat(users.as(tia, () -> accounts.mustChangePassword())).isTrue();
    }

    @Test
    void theLastAdministratorCannotBeRemovedNorDisabledNorDisableThemselves() {
        long admin = idOf("admin");
        assertThatThrownBy(() -> users.as("admin", () -> administration.setAdmin(admin, false)))
                .isInstanceOf(AccountException.class).hasMessageContaining("last administrator");
        assertThatThrownBy(() -> users.as("admin", () -> administration.setEnabled(admin, false)))
                .isInstanceOf(AccountException.class).hasMessage("You cannot disable your own account.");

        String second = users.register("second-admin");
        users.as("admin", () -> administration.setAdmin(idOf(second), true));
        assertThat(repository.findById(idOf(second)).orElseThrow().getRoles()).contains(AppRoles.ADMIN);
        users.as(second, () -> administration.setAdmin(admin, false)); // two administrators: one may go
        assertThatThrownBy(() -> users.as(second, () -> administration.setAdmin(idOf(second), false)))
                .hasMessageContaining("last administrator");
        users.as(second, () -> administration.setAdmin(admin, true)); // as it was, for the other tests
    }

    @Test
    void anUnknownIdIsRefusedInWords() {
        assertThatThrownBy(() -> users.as("admin", () -> administration.setEnabled(987_654_321L, false)))
                .isInstanceOf(AccountException.class).hasMessage("There is no such account. It may have been deleted.");
    }
}
