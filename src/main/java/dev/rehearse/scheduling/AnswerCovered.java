package dev.rehearse.scheduling;

import java.time.Instant;

/**
 * How many of a question's key points a person's closed answer made, as far as is known now: the checker's ticks
 * with the person's corrections. Published when an answer closes and again when a tick is corrected. Scheduling keeps
 * the latest answer's coverage of each question, to find the weak ones among questions the person never rated.
 */
public record AnswerCovered(long ownerId, String questionId, Instant answeredAt, int pointsMade, int pointsTotal) {

    /** Less than half of the key points made. */
    public boolean low() {
        return pointsTotal > 0 && pointsMade * 2 < pointsTotal;
    }
}
