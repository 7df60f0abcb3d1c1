package dev.rehearse.interview.internal;

import dev.rehearse.interview.InterviewMode;
import dev.rehearse.interview.TimeLimitKind;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Interviews built as plain objects for the time policy tests, on instants counted from {@link #T0}. */
final class TestInterviews {

    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    static final Duration GRACE = Duration.ofSeconds(2);

    private TestInterviews() {
    }

    /** A new interview with one question per limit, in seconds. */
    static Interview interview(TimeLimitKind kind, InterviewMode mode, int... limits) {
        Interview interview = new Interview(UUID.randomUUID(), 7, mode, kind,
                new Interview.Draw(limits.length, null, "", ""), 100, T0);
        for (int i = 0; i < limits.length; i++) {
            interview.addItem(100 + i, limits[i]);
        }
        return interview;
    }

    /** Question {@code position}, from 1. */
    static InterviewItem item(Interview interview, int position) {
        return interview.getItems().get(position - 1);
    }

    static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }
}
