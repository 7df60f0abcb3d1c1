package dev.rehearse.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "          ", "            ", "\t\t\t\t\t\t\t\t\t\t\t\t"})
    void blankIsRefused(String blank) {
        assertThat(PasswordPolicy.problem(blank, "uma")).isEqualTo("Choose a password.");
    }

    @Test
    void tooShortAndTooLongAreRefusedCountingLettersNotBytes() {
        assertThat(PasswordPolicy.problem("short pass", "uma")).isEqualTo("Choose a password of at least 12 characters.");
        assertThat(PasswordPolicy.problem("x".repeat(20) + "y".repeat(109), "uma")).contains("at most 128");
        // 128 letters outside the Basic Multilingual Plane are 256 UTF-16 units and 512 bytes, and still fine
        String emoji = "🦉🌊🔥🎻🧭🪁🌵🍋".repeat(16);
        assertThat(PasswordPolicy.problem(emoji, "uma")).isNull();
        assertThat(PasswordPolicy.problem("ночной поезд на север", "uma")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"password123", "password1234", "Password2024!", "qwerty123456", "iloveyou2020",
        "passwordpassword", "1234567890ab", "football1234", "!!monkey1234!!"})
    void commonPasswordsAndTheirUsualDisguisesAreRefused(String common) {
        assertThat(PasswordPolicy.problem(common, "uma")).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890123", "abcdefghijklmn", "qwertyuiopasdf", "zyxwvutsrqponm", "098765432109"})
    void runsOfKeysOrLettersAreRefused(String run) {
        assertThat(PasswordPolicy.problem(run, "uma")).contains("in order");
    }

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaa", "abababababab", "1111222211112222"})
    void repetitionsOfFewCharactersAreRefused(String repeated) {
        assertThat(PasswordPolicy.problem(repeated, "uma")).contains("too few");
    }

    @Test
    void thePasswordMustNotBeOrContainTheUsername() {
        assertThat(PasswordPolicy.problem("umbrella-keeper", "umbrella-keeper"))
                .isEqualTo("A password must not contain your username.");
        assertThat(PasswordPolicy.problem("my name is Victoria!", "victoria"))
                .isEqualTo("A password must not contain your username.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"quiet harbour lamps", "correct horse battery", "Tr4m-lines at dusk", "a long enough password"})
    void goodPassphrasesPass(String good) {
        assertThat(PasswordPolicy.problem(good, "uma")).isNull();
    }
}
