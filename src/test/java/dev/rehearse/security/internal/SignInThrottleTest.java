package dev.rehearse.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T08:00:00Z"));
    final SignInThrottle throttle = new SignInThrottle(clock, 20);

    @Test
    void fourFailuresCostNothingTheFifthMakesTheNextTryWaitAndEachFurtherOneDoublesTheWait() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("quinn", "198.51.100.7");
        }
        assertThat(throttle.waitFor("quinn", "198.51.100.7")).isZero();
        throttle.failed("quinn", "198.51.100.7");
        assertThat(throttle.waitFor("QUINN ", "198.51.100.7")).isEqualTo(Duration.ofSeconds(30));
        clock.advance(Duration.ofSeconds(30));
        assertThat(throttle.waitFor("quinn", "198.51.100.7")).isZero();
        throttle.failed("quinn", "198.51.100.7");
        assertThat(throttle.waitFor("quinn", "198.51.100.7")).isEqualTo(Duration.ofSeconds(60));
        for (int i = 0; i < 10; i++) {
            throttle.failed("quinn", "198.51.100.7");
        }
        assertThat(throttle.waitFor("quinn", "198.51.100.7")).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void aSignInClearsTheUsernameAndFifteenQuietMinutesForgetIt() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("rae", null);
            throttle.failed("sol", null);
        }
        throttle.succeeded("rae");
        assertThat(throttle.waitFor("rae", null)).isZero();
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(throttle.waitFor("sol", null)).isZero();
    }

    @Test
    void oneAddressTryingManyNamesWaitsAfterTwentyFailures() {
        for (int i = 0; i < 19; i++) {
            throttle.failed("name" + i, "203.0.113.9");
        }
        assertThat(throttle.waitFor("yet-another-name", "203.0.113.9")).isZero();
        throttle.failed("name19", "203.0.113.9");
        assertThat(throttle.waitFor("yet-another-name", "203.0.113.9")).isEqualTo(Duration.ofSeconds(30));
        assertThat(throttle.waitFor("yet-another-name", "203.0.113.10")).isZero();
        throttle.succeeded("name3");
        assertThat(throttle.waitFor("yet-another-name", "203.0.113.9")).as("a sign-in does not clear the address")
                .isPositive();
    }

    @Test
    void theWaitIsPutInWords() {
        assertThat(SignInThrottle.inWords(Duration.ofSeconds(30))).isEqualTo("30 seconds");
        assertThat(SignInThrottle.inWords(Duration.ofMillis(400))).isEqualTo("1 second");
        assertThat(SignInThrottle.inWords(Duration.ofSeconds(120))).isEqualTo("2 minutes");
    }
}
