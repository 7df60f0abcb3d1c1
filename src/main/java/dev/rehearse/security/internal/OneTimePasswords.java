package dev.rehearse.security.internal;

import java.security.SecureRandom;
import java.util.Base64;

/** Passwords nobody chose: 120 random bits as 20 URL-safe characters, to be replaced at the first sign-in. */
public final class OneTimePasswords {

    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {
    }

    public static String generate() {
        byte[] bytes = new byte[15];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
