package dev.rehearse.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.rehearse.security.AppRoles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

@ExtendWith(OutputCaptureExtension.class)
class AdminAccountInitializerTest {

    @TempDir
    Path dir;

    @Test
    void aGeneratedFirstPasswordGoesToAFileOnlyTheAppsUserCanReadAndNeverToTheLog(CapturedOutput output)
            throws Exception {
        UserAccountRepository accounts = mock(UserAccountRepository.class);
        when(accounts.existsWithRole(AppRoles.ADMIN)).thenReturn(false);
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        Path file = dir.resolve("data").resolve("initial-admin-password");

        new AdminAccountInitializer(accounts, encoder, Clock.systemUTC(), "admin", "", file).run(null);

        String password = Files.readString(file).strip();
        assertThat(password).hasSizeGreaterThanOrEqualTo(20);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwx------");
        ArgumentCaptor<UserAccount> saved = ArgumentCaptor.forClass(UserAccount.class);
        verify(accounts).save(saved.capture());
        assertThat(encoder.matches(password, saved.getValue().getPasswordHash())).isTrue();
        assertThat(saved.getValue().isMustChangePassword()).isTrue();
        assertThat(output.getAll()).contains(file.toString()).doesNotContain(password);
    }

    @Test
    void aChosenPasswordThatThePolicyRefusesMustBeChangedAtTheFirstSignIn(CapturedOutput output) {
        UserAccountRepository accounts = mock(UserAccountRepository.class);
        when(accounts.existsWithRole(any())).thenReturn(false);

        new AdminAccountInitializer(accounts, PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                Clock.systemUTC(), "admin", "password1234", dir.resolve("unused")).run(null);

        ArgumentCaptor<UserAccount> saved = ArgumentCaptor.forClass(UserAccount.class);
        verify(accounts).save(saved.capture());
        assertThat(saved.getValue().isMustChangePassword()).isTrue();
        assertThat(output.getAll()).contains("must be changed at the first sign-in").doesNotContain("password1234");
    }

    @Test
    void aPasswordFromTheEnvironmentWritesNoFile() {
        UserAccountRepository accounts = mock(UserAccountRepository.class);
        when(accounts.existsWithRole(any())).thenReturn(false);
        Path file = dir.resolve("initial-admin-password");

        new AdminAccountInitializer(accounts, PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                Clock.systemUTC(), "admin", "quiet harbour lamps", file).run(null);

        assertThat(file).doesNotExist();
        ArgumentCaptor<UserAccount> saved = ArgumentCaptor.forClass(UserAccount.class);
        verify(accounts).save(saved.capture());
        assertThat(saved.getValue().isMustChangePassword()).isFalse();
    }
}
