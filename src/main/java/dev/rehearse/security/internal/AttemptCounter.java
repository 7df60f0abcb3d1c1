package dev.rehearse.security.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Counts attempts per key (a username, a client address) in memory, on Caffeine: a key's count is forgotten once a
 * whole {@code window} has gone by since its last attempt, and at most {@code maxKeys} keys are kept, so a flood of
 * made-up names cannot fill the heap. Time comes from the injected clock.
 */
final class AttemptCounter {

    /** How many attempts, and when the last one was. */
    record Attempts(int count, Instant last) {
    }

    private static final int MAX_KEY_LENGTH = 100;

    private final Cache<String, Attempts> attempts;
    private final Clock clock;

    AttemptCounter(Clock clock, Duration window, long maxKeys) {
        this.clock = clock;
        this.attempts = Caffeine.newBuilder()
                .ticker(() -> clock.millis() * 1_000_000L)
                .expireAfterWrite(window)
                .maximumSize(maxKeys)
                .build();
    }

    /** The attempts counted for this key, or none. */
    Attempts of(String key) {
        Attempts seen = attempts.getIfPresent(normal(key));
        return seen == null ? new Attempts(0, clock.instant()) : seen;
    }

    /** Counts one more attempt now; returns the new count. */
    int add(String key) {
        Instant now = clock.instant();
        return attempts.asMap().merge(normal(key), new Attempts(1, now),
                (old, one) -> new Attempts(old.count() + 1, now)).count();
    }

    void clear(String key) {
        attempts.invalidate(normal(key));
    }

    private static String normal(String key) {
        String k = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
        return k.length() > MAX_KEY_LENGTH ? k.substring(0, MAX_KEY_LENGTH) : k;
    }
}
