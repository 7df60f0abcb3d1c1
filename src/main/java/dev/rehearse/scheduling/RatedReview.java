package dev.rehearse.scheduling;

import java.time.Instant;

/** One rated answer to a question: when it was given, and the person's grade (1 Again, 2 Hard, 3 Good, 4 Easy). */
public record RatedReview(Instant at, int grade) {

    public RatedReview {
        if (grade < 1 || grade > 4) {
            throw new IllegalArgumentException("a grade is 1 to 4, not " + grade);
        }
    }
}
