package dev.rehearse.interview;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A finished interview, question by question. */
public record InterviewReview(UUID id, Instant startedAt, Instant finishedAt, List<ReviewItem> items) {

    public InterviewReview {
        items = List.copyOf(items);
    }

    public int timeUsedSeconds() {
        return items.stream().mapToInt(ReviewItem::timeUsedSeconds).sum();
    }

    public long timedOutCount() {
        return items.stream().filter(ReviewItem::timedOut).count();
    }
}
