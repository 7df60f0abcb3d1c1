package dev.rehearse.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a password must be: 12 to 128 characters in any script, not blank, not the username nor containing it, not a
 * run of keys or letters in order, and not one of the 10,000 most common passwords (also with digits or signs added
 * before or after, or repeated). The list and its source are in {@code security/common-passwords.md}.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    /** The rules in a few words, for the forms' helper text. */
    public static final String IN_WORDS = "%d to %d characters, not your username, not a common password"
            .formatted(MIN_LENGTH, MAX_LENGTH);
    /** Fewer different characters than this is a repetition, not a password. */
    static final int MIN_DISTINCT = 5;

    /** Keys and letters in order: a password found in one of these (or backwards) is refused. */
    private static final String[] RUNS = {
        "0123456789012345678901234567890123456789",
        "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz",
        "qwertyuiopasdfghjklzxcvbnmqwertyuiopasdfghjklzxcvbnm",
        "qwertzuiopasdfghjklyxcvbnmqwertzuiopasdfghjklyxcvbnm",
        "azertyuiopqsdfghjklmwxcvbnazertyuiopqsdfghjklmwxcvbn",
        "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
        "!@#$%^&*()_+!@#$%^&*()_+",
    };

    private static final Set<String> COMMON = load("/security/common-passwords.txt");

    private PasswordPolicy() {
    }

    /** The first thing wrong with this password for this username, in words for the person, or null when it is fine. */
    public static String problem(String password, String username) {
        if (password == null || password.isBlank()) {
            return "Choose a password.";
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return "Choose a password of at least %d characters.".formatted(MIN_LENGTH);
        }
        if (length > MAX_LENGTH) {
            return "That password is too long: at most %d characters.".formatted(MAX_LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!name.isEmpty() && lower.contains(name)) {
            return "A password must not contain your username.";
        }
        if (password.codePoints().distinct().count() < MIN_DISTINCT) {
            return "That password repeats too few characters. Use at least %d different ones.".formatted(MIN_DISTINCT);
        }
        if (isRun(lower)) {
            return "That password is a run of keys or letters in order, among the first an attacker tries.";
        }
        if (isCommon(lower)) {
            return "That password is one of the most common ones, among the first an attacker tries. Choose another.";
        }
        return null;
    }

    private static boolean isRun(String lower) {
        String backwards = new StringBuilder(lower).reverse().toString();
        for (String run : RUNS) {
            if (run.contains(lower) || run.contains(backwards)) {
                return true;
            }
        }
        return false;
    }

    /**
     * On the list or a run of keys as it is, with digits or signs before or after taken away, with up to three
     * characters before or after taken away, or as a repetition of a listed word.
     */
    private static boolean isCommon(String lower) {
        String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        if (COMMON.contains(lower) || (core.length() >= 4 && (COMMON.contains(core) || isRepeatOfCommon(core)))
                || isRepeatOfCommon(lower)) {
            return true;
        }
        for (int front = 0; front <= 3; front++) {
            for (int back = 0; back <= 3; back++) {
                if (lower.length() - front - back >= 8) {
                    String inner = lower.substring(front, lower.length() - back);
                    if (COMMON.contains(inner) || isRun(inner)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean isRepeatOfCommon(String text) {
        for (int period = 1; period <= text.length() / 2; period++) {
            if (text.length() % period == 0 && text.equals(text.substring(0, period).repeat(text.length() / period))) {
                String unit = text.substring(0, period);
                return COMMON.contains(unit) || isRun(unit);
            }
        }
        return false;
    }

    private static Set<String> load(String resource) {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The list of common passwords is missing: " + resource);
            }
            Set<String> words = new HashSet<>(16_384);
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                reader.lines().map(String::strip).filter(w -> !w.isEmpty())
                        .forEach(w -> words.add(w.toLowerCase(Locale.ROOT)));
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
