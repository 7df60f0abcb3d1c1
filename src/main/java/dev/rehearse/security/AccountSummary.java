package dev.rehearse.security;

import java.time.Instant;

/** An account as the administrators' list shows it. */
public record AccountSummary(long id, String username, boolean enabled, boolean admin, boolean mustChangePassword,
        Instant createdAt) {
}
