package dev.rehearse.security.internal;

import dev.rehearse.security.AppRoles;
import dev.rehearse.security.PasswordPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the first start, creates the administrator account. Its password comes from {@code APP_ADMIN_PASSWORD}; without
 * it a random one is generated and written once to a file only the app's user can read ({@code
 * app.admin.password-file}, mode 0600, beside the database by default): the log names the file, never the password,
 * and that password must be changed at the first sign-in. So must a chosen one that the password policy refuses.
 * Only the hash is stored.
 */
@Component
class AdminAccountInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminAccountInitializer.class);

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final String username;
    private final String password;
    private final Path passwordFile;

    AdminAccountInitializer(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock,
            @Value("${app.admin.username:admin}") String username,
            @Value("${APP_ADMIN_PASSWORD:}") String password,
            @Value("${app.admin.password-file:./data/initial-admin-password}") Path passwordFile) {
        this.passwordFile = passwordFile;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.username = username;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.existsWithRole(AppRoles.ADMIN)) {
            return;
        }
        boolean generated = password == null || password.isBlank();
        String secret = generated ? OneTimePasswords.generate() : password;
        String weakness = generated ? null : PasswordPolicy.problem(secret, username);
        UserAccount admin = new UserAccount(username, passwordEncoder.encode(secret),
                List.of(AppRoles.USER, AppRoles.ADMIN), clock.instant());
        admin.changePassword(admin.getPasswordHash(), generated || weakness != null);
        accounts.save(admin);
        if (generated) {
            writeOwnerOnly(secret);
            log.warn("Created the administrator account '{}' with a generated password, written once to {} (readable "
                    + "by this user only); it must be changed at the first sign-in. Set APP_ADMIN_PASSWORD before the "
                    + "first start to choose it instead.", username, passwordFile.toAbsolutePath().normalize());
        } else if (weakness != null) {
            log.warn("Created the administrator account '{}' with the password from APP_ADMIN_PASSWORD, which must be "
                    + "changed at the first sign-in: {}", username, weakness);
        } else {
            log.info("Created the administrator account '{}' with the password from APP_ADMIN_PASSWORD.", username);
        }
    }

    /** The file is created 0600 before the password goes in, in a folder only this user can enter. */
    private void writeOwnerOnly(String secret) {
        try {
            Path folder = passwordFile.toAbsolutePath().normalize().getParent();
            DatabaseFolderGuard.guard(folder);
            Files.deleteIfExists(passwordFile);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(passwordFile, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(passwordFile, secret + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the administrator's first password to " + passwordFile, e);
        }
    }

}
