package dev.rehearse.scheduling;

import java.time.Instant;

/** Where a question stands in a person's memory: FSRS stability and difficulty, reviews so far, next due time. */
public record MemoryCard(String questionId, double stability, double difficulty, int reviews, Instant lastReview,
        Instant due) {
}
