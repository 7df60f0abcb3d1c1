package dev.rehearse.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearse.security.internal.UserAccount;
import dev.rehearse.security.internal.UserAccountRepository;
import dev.rehearse.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class AccountServiceTest {

    @Autowired
    AccountService accounts;
    @Autowired
    UserAccountRepository repository;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void registersWithABcryptHashNeverTheClearPassword() {
        accounts.register(new Registration("Erin", "long enough pw", "long enough pw"));

        UserAccount erin = repository.findByUsernameKey("erin").orElseThrow();
        assertThat(erin.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("long enough pw");
        assertThat(encoder.matches("long enough pw", erin.getPasswordHash())).isTrue();
        assertThat(erin.getRoles()).containsExactly(AppRoles.USER);
    }

    @Test
    void refusesBadRegistrationsWithAReadableMessage() {
        assertThatThrownBy(() -> accounts.register(new Registration("fay", "short", "short")))
                .isInstanceOf(RegistrationException.class).hasMessage("Choose a password of at least 10 characters.");
        assertThatThrownBy(() -> accounts.register(new Registration("fay", "long enough pw", "long enough px")))
                .hasMessage("The two passwords are not the same.");
        assertThatThrownBy(() -> accounts.register(new Registration("<script>", "long enough pw", "long enough pw")))
                .hasMessageContaining("letters, digits");
        assertThat(repository.findByUsernameKey("fay")).isEmpty();
    }

    @Test
    void usernamesAreUniqueWithoutRegardToCase() {
        accounts.register(new Registration("Gina", "long enough pw", "long enough pw"));
        assertThatThrownBy(() -> accounts.register(new Registration("gINA", "long enough pw", "long enough pw")))
                .hasMessage("That username is taken. Choose another one.");
    }

    @Test
    void theAdministratorExistsWithTheConfiguredPasswordHashed() {
        UserAccount admin = repository.findByUsernameKey("admin").orElseThrow();
        assertThat(admin.getRoles()).contains(AppRoles.ADMIN);
        assertThat(encoder.matches("test-admin-password", admin.getPasswordHash())).isTrue();
    }
}
