package dev.rehearse.security.internal;

import dev.rehearse.security.AppRoles;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
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
 * it a random one is generated and printed to the log once. Only the hash is stored.
 */
@Component
class AdminAccountInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminAccountInitializer.class);

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final String username;
    private final String password;

    AdminAccountInitializer(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock,
            @Value("${app.admin.username:admin}") String username,
            @Value("${APP_ADMIN_PASSWORD:}") String password) {
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
        String secret = generated ? generatePassword() : password;
        accounts.save(new UserAccount(username, passwordEncoder.encode(secret), List.of(AppRoles.USER, AppRoles.ADMIN),
                clock.instant()));
        if (generated) {
            log.warn("""

                    ================================================================
                    Created the administrator account '{}'.
                    Its generated password (shown only this once): {}
                    Set APP_ADMIN_PASSWORD before the first start to choose it instead.
                    ================================================================""", username, secret);
        } else {
            log.info("Created the administrator account '{}' with the password from APP_ADMIN_PASSWORD.", username);
        }
    }

    private static String generatePassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
