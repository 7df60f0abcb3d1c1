package dev.rehearse.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearse.security.internal.UserAccount;
import dev.rehearse.security.internal.UserAccountRepository;
import dev.rehearse.support.IntegrationTest;
import dev.rehearse.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class AccountServiceTest {

    static final String GOOD = "quiet harbour lamps";

    @Autowired
    AccountService accounts;
    @Autowired
    UserAccountRepository repository;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void registersWithAPbkdf2HashNeverTheClearPassword() {
        accounts.register(new Registration("Erin", GOOD, GOOD), "192.0.2.2");

        UserAccount erin = repository.findByUsernameKey("erin").orElseThrow();
        assertThat(erin.getPasswordHash()).startsWith("{pbkdf2").doesNotContain(GOOD);
        assertThat(encoder.matches(GOOD, erin.getPasswordHash())).isTrue();
        assertThat(erin.getRoles()).containsExactly(AppRoles.USER);
        assertThat(erin.isMustChangePassword()).isFalse();
    }

    @Test
    void refusesBadRegistrationsWithAReadableMessageAndCreatesNothing() {
        assertThatThrownBy(() -> accounts.register(new Registration("fay", "short", "short"), "192.0.2.2"))
                .isInstanceOf(RegistrationException.class).hasMessage("Choose a password of at least 12 characters.");
        assertThatThrownBy(() -> accounts.register(new Registration("fay", GOOD, GOOD + "x"), "192.0.2.2"))
                .hasMessage("The two passwords are not the same.");
        assertThatThrownBy(() -> accounts.register(new Registration("<script>", GOOD, GOOD), "192.0.2.2"))
                .hasMessageContaining("letters, digits");
        assertThatThrownBy(() -> accounts.register(new Registration("fay", "password1234", "password1234"),
                "192.0.2.2")).hasMessageContaining("most common");
        assertThatThrownBy(() -> accounts.register(new Registration("fay", "fay-and-her-sisters", "fay-and-her-sisters"),
                "192.0.2.2")).hasMessage("A password must not contain your username.");
        assertThat(repository.findByUsernameKey("fay")).isEmpty();
    }

    @Test
    void usernamesAreUniqueWithoutRegardToCase() {
        accounts.register(new Registration("Gina", GOOD, GOOD), "192.0.2.2");
        assertThatThrownBy(() -> accounts.register(new Registration("gINA", GOOD, GOOD), "192.0.2.2"))
                .hasMessage("That username is taken. Choose another one.");
    }

    @Test
    void aLongPasswordInAnotherScriptIsAcceptedWhole() {
        // 100 Cyrillic letters are 200 bytes: bcrypt would have read only the first 72 of them
        String longOne = "пароль-из-многих-слов-".repeat(5).substring(0, 100);
        accounts.register(new Registration("Hana", longOne, longOne), "192.0.2.2");

        String hash = repository.findByUsernameKey("hana").orElseThrow().getPasswordHash();
        assertThat(encoder.matches(longOne, hash)).isTrue();
        assertThat(encoder.matches(longOne.substring(0, 99) + "ж", hash)).isFalse();
    }

    @Test
    void changingThePasswordAsksForTheCurrentOne() {
        String ivy = users.register("ivy");

        assertThatThrownBy(() -> users.as(ivy, () -> {
            accounts.changePassword(new PasswordChange("not my password", GOOD, GOOD));
            return null;
        })).isInstanceOf(AccountException.class).hasMessage("That is not your current password. Your password is "
                + "unchanged.");
        assertThatThrownBy(() -> users.as(ivy, () -> {
            accounts.changePassword(new PasswordChange(TestUsers.PASSWORD, "1234567890123", "1234567890123"));
            return null;
        })).isInstanceOf(AccountException.class).hasMessageContaining("in order");
        String before = repository.findByUsernameKey(ivy).orElseThrow().getPasswordHash();
        assertThat(encoder.matches(TestUsers.PASSWORD, before)).isTrue();

        users.as(ivy, () -> {
            accounts.changePassword(new PasswordChange(TestUsers.PASSWORD, GOOD, GOOD));
            return null;
        });
        String after = repository.findByUsernameKey(ivy).orElseThrow().getPasswordHash();
        assertThat(encoder.matches(GOOD, after)).isTrue();
        assertThat(encoder.matches(TestUsers.PASSWORD, after)).isFalse();
    }

    @Test
    void changingThePasswordDeletesTheRememberMeTokens() {
        String jo = users.register("jo");
        jdbc.update("insert into persistent_logins (username, series, token, last_used) values (?, ?, ?, "
                + "current_timestamp)", jo, "series-" + jo, "token");

        users.as(jo, () -> {
            accounts.changePassword(new PasswordChange(TestUsers.PASSWORD, GOOD, GOOD));
            return null;
        });

        assertThat(jdbc.queryForObject("select count(*) from persistent_logins where username = ?", Integer.class, jo))
                .isZero();
    }

    @Test
    void theAdministratorExistsWithTheConfiguredPasswordHashed() {
        UserAccount admin = repository.findByUsernameKey("admin").orElseThrow();
        assertThat(admin.getRoles()).contains(AppRoles.ADMIN);
        assertThat(encoder.matches("owl-lantern-quarry-48", admin.getPasswordHash())).isTrue();
        assertThat(admin.isMustChangePassword()).isFalse();
    }
}
