package dev.rehearse.interview;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One line of the history: an interview at a glance. */
public record InterviewSummary(
        UUID id,
        InterviewStatus status,
        Instant startedAt,
        Instant finishedAt,
        int questionCount,
        int answeredCount,
        List<String> topicNames,
        int timeUsedSeconds,
        int timedOutCount) {

    public InterviewSummary {
        topicNames = List.copyOf(topicNames);
    }
}
