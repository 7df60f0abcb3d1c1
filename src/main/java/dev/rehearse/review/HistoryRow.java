package dev.rehearse.review;

import dev.rehearse.interview.InterviewStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One line of the history: an interview at a glance, its totals computed by the database. */
public record HistoryRow(UUID id, InterviewStatus status, Instant startedAt, Instant finishedAt, Totals totals,
        List<String> topicNames) {

    public HistoryRow {
        topicNames = List.copyOf(topicNames);
    }

    /** How many questions, how many answered, how many ran out of time, and the time used in all. */
    public record Totals(int questions, int answered, int timedOut, int timeUsedSeconds) {
    }

    public boolean finished() {
        return status == InterviewStatus.FINISHED;
    }
}
