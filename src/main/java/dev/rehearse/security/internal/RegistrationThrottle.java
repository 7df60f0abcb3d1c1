package dev.rehearse.security.internal;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits registration per client address: at most {@code app.security.registration.accounts-per-hour} new accounts
 * (5) and {@code app.security.registration.tries-per-hour} tries (30) an hour, counted again from nothing once an hour
 * has gone by without one.
 */
@Component
public class RegistrationThrottle {

    static final Duration WINDOW = Duration.ofHours(1);

    private final AttemptCounter accounts;
    private final AttemptCounter tries;
    private final int accountsPerHour;
    private final int triesPerHour;

    RegistrationThrottle(Clock clock,
            @Value("${app.security.registration.accounts-per-hour:5}") int accountsPerHour,
            @Value("${app.security.registration.tries-per-hour:30}") int triesPerHour) {
        this.accounts = new AttemptCounter(clock, WINDOW, 100_000);
        this.tries = new AttemptCounter(clock, WINDOW, 100_000);
        this.accountsPerHour = accountsPerHour;
        this.triesPerHour = triesPerHour;
    }

    /** Counts a try from this address; false when the address has had its share for now. */
    public boolean tryFrom(String address) {
        if (accounts.of(address).count() >= accountsPerHour) {
            return false;
        }
        return tries.add(address) <= triesPerHour;
    }

    /** An account was created from this address. */
    public void createdFrom(String address) {
        accounts.add(address);
    }
}
