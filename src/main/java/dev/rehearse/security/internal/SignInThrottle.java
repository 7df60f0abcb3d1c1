package dev.rehearse.security.internal;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing: after {@value #FREE_FAILURES} failed sign-ins for one username within 15 minutes, the next
 * attempt for it must wait 30 seconds after the last failure, and every further failure doubles the wait, up to 15
 * minutes. The same holds per client address after {@code app.security.sign-in.failures-per-address} failures (20:
 * more, since a class behind one router shares an address). It counts failures for any name, registered or not, so that waiting tells
 * nothing about who has an account (decision 0025).
 */
@Component
public class SignInThrottle {

    static final int FREE_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration FIRST_WAIT = Duration.ofSeconds(30);

    private final AttemptCounter byUsername;
    private final AttemptCounter byAddress;
    private final Clock clock;
    private final int freeFailuresPerAddress;

    SignInThrottle(Clock clock, @Value("${app.security.sign-in.failures-per-address:20}") int freeFailuresPerAddress) {
        this.clock = clock;
        this.freeFailuresPerAddress = freeFailuresPerAddress;
        this.byUsername = new AttemptCounter(clock, WINDOW, 100_000);
        this.byAddress = new AttemptCounter(clock, WINDOW, 100_000);
    }

    /** How long a sign-in for this username from this address must still wait; zero when it may go ahead. */
    public Duration waitFor(String username, String address) {
        Duration forName = wait(byUsername.of(username), FREE_FAILURES);
        Duration forAddress = address == null ? Duration.ZERO : wait(byAddress.of(address), freeFailuresPerAddress);
        return forName.compareTo(forAddress) >= 0 ? forName : forAddress;
    }

    /** A wrong password or an unknown username. */
    public void failed(String username, String address) {
        byUsername.add(username);
        if (address != null) {
            byAddress.add(address);
        }
    }

    /** The username signed in: its own count starts again (the address's does not). */
    public void succeeded(String username) {
        byUsername.clear(username);
    }

    private Duration wait(AttemptCounter.Attempts attempts, int free) {
        if (attempts.count() < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(attempts.count() - free, 10);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        if (wait.compareTo(WINDOW) > 0) {
            wait = WINDOW;
        }
        Duration left = Duration.between(clock.instant(), attempts.last().plus(wait));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** "2 minutes", "30 seconds": for the message that asks the person to wait. */
    public static String inWords(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        if (seconds >= 90) {
            long minutes = (seconds + 59) / 60;
            return minutes + (minutes == 1 ? " minute" : " minutes");
        }
        return seconds + (seconds == 1 ? " second" : " seconds");
    }
}
