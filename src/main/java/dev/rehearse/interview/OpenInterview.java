package dev.rehearse.interview;

import java.time.Instant;
import java.util.UUID;

/** An interview still running, to continue from the home page. */
public record OpenInterview(UUID id, Instant startedAt, int questionCount) {
}
