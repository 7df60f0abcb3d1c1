package dev.rehearse.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RegistrationThrottleTest {

    final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T08:00:00Z"));
    final RegistrationThrottle throttle = new RegistrationThrottle(clock, 5, 30);

    @Test
    void fiveAccountsAnHourFromOneAddressThenNoneUntilAQuietHour() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.tryFrom("198.51.100.1")).isTrue();
            throttle.createdFrom("198.51.100.1");
        }
        assertThat(throttle.tryFrom("198.51.100.1")).isFalse();
        assertThat(throttle.tryFrom("198.51.100.2")).isTrue();
        clock.advance(Duration.ofHours(1).plusSeconds(1));
        assertThat(throttle.tryFrom("198.51.100.1")).isTrue();
    }

    @Test
    void thirtyTriesAnHourEvenWhenNoneSucceeds() {
        for (int i = 0; i < 30; i++) {
            assertThat(throttle.tryFrom("198.51.100.3")).isTrue();
        }
        assertThat(throttle.tryFrom("198.51.100.3")).isFalse();
    }
}
