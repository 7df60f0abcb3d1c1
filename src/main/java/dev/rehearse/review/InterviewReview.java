package dev.rehearse.review;

import dev.rehearse.interview.ClosedAnswer;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A finished interview, answer by answer, each beside the question version it was given against. */
public record InterviewReview(UUID id, Instant startedAt, Instant finishedAt, List<ClosedAnswer> answers) {

    public InterviewReview {
        answers = List.copyOf(answers);
    }

    public int timeUsedSeconds() {
        return answers.stream().mapToInt(a -> a.time().seconds()).sum();
    }

    public long timedOutCount() {
        return answers.stream().filter(a -> a.time().ranOut()).count();
    }
}
