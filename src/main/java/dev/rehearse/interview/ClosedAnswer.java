package dev.rehearse.interview;

import dev.rehearse.questionbank.QuestionText;

/**
 * A closed question of an interview: the answer as given (and any text typed after the time was up, kept apart),
 * the question version it was given against, and the time it used.
 */
public record ClosedAnswer(int position, QuestionText question, String answer, String lateText, TimeUsed time) {

    /** Seconds used of the limit, and whether the time ran out before the person closed it. */
    public record TimeUsed(int seconds, int limitSeconds, boolean ranOut) {
    }
}
