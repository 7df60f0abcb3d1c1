package dev.rehearse.security.internal;

import java.util.HashMap;
import java.util.Map;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm;

/**
 * How passwords are stored: PBKDF2 with HMAC-SHA-256 (Spring Security's 5.8 defaults: a 16-byte salt and 310,000
 * iterations), which reads the whole of a password of any length, unlike bcrypt's first 72 bytes. Hashes made with
 * bcrypt before stay valid and are stored anew with PBKDF2 at the person's next sign-in (decision 0024).
 */
public final class PasswordHashing {

    /** Spring Security's own id for its 5.8 PBKDF2 defaults. */
    public static final String PBKDF2_V5_8 = "pbkdf2@SpringSecurity_v5_8";
    static final int DEFAULT_ITERATIONS = 310_000;

    private PasswordHashing() {
    }

    /**
     * The delegating encoder: {@code iterations} other than the default (tests use fewer, since each sign-in and
     * registration pays for them) get an id of their own, so that a hash always says how it was made.
     */
    public static PasswordEncoder encoder(int iterations) {
        Map<String, PasswordEncoder> encoders = new HashMap<>();
        encoders.put("bcrypt", new BCryptPasswordEncoder());
        encoders.put(PBKDF2_V5_8, Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8());
        String id = PBKDF2_V5_8;
        if (iterations != DEFAULT_ITERATIONS) {
            id = "pbkdf2-sha256-" + iterations;
            encoders.put(id, new Pbkdf2PasswordEncoder("", 16, iterations, SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256));
        }
        return new DelegatingPasswordEncoder(id, encoders);
    }
}
