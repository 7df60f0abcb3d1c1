package dev.rehearse.review;

import java.util.Map;

/**
 * What the person made of one answer: their own verdicts on the key points they corrected (by 0-based point
 * index; the checker's tick stands for the others), their rating (null when not rated) and their note ("" when
 * none).
 */
public record AnswerAssessment(Map<Integer, Boolean> corrections, SelfRating rating, String note) {

    public static final AnswerAssessment NONE = new AnswerAssessment(Map.of(), null, "");

    public AnswerAssessment {
        corrections = Map.copyOf(corrections);
        note = note == null ? "" : note;
    }

    /** The verdict shown for a point: the person's where they corrected it, the checker's otherwise. */
    public boolean covered(int point, boolean byChecker) {
        return corrections.getOrDefault(point, byChecker);
    }

    public boolean isCorrected(int point) {
        return corrections.containsKey(point);
    }
}
