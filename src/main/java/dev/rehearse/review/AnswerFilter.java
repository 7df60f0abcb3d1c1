package dev.rehearse.review;

import dev.rehearse.questionbank.Difficulty;
import java.time.Instant;
import java.util.Set;

/**
 * Which of the person's answers the history lists: words in the answer or the question's title ({@code text},
 * blank for any), topics and difficulties (empty for any), answered from {@code from} (inclusive) until
 * {@code until} (exclusive; either null for open), a rating, a share of key points made, and only those that ran
 * out of time. All of them at once.
 */
public record AnswerFilter(String text, Set<String> topics, Set<Difficulty> difficulties, Instant from,
        Instant until, RatingFilter rating, CoverageFilter coverage, boolean timedOutOnly) {

    public static final int MAX_TEXT_LENGTH = 200;

    public static final AnswerFilter ANY = new AnswerFilter("", Set.of(), Set.of(), null, null, RatingFilter.ANY,
            CoverageFilter.ANY, false);

    public AnswerFilter {
        text = text == null ? "" : text.strip();
        topics = topics == null ? Set.of() : Set.copyOf(topics);
        difficulties = difficulties == null ? Set.of() : Set.copyOf(difficulties);
        rating = rating == null ? RatingFilter.ANY : rating;
        coverage = coverage == null ? CoverageFilter.ANY : coverage;
    }

    /** What is wrong with this filter, in words, or null when it can be run. */
    public String problem() {
        if (text.length() > MAX_TEXT_LENGTH) {
            return "Search for at most %d characters.".formatted(MAX_TEXT_LENGTH);
        }
        if (from != null && until != null && !from.isBefore(until)) {
            return "The first day comes after the last one. Swap them.";
        }
        return null;
    }

    /** Whether this filter lets every answer through. */
    public boolean isAny() {
        return equals(ANY);
    }

    /** The rating an answer must have. */
    public enum RatingFilter {
        ANY("Any rating"), NOT_RATED("Not rated"), AGAIN("Again"), HARD("Hard"), GOOD("Good"), EASY("Easy");

        private final String label;

        RatingFilter(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The share of its key points an answer must have made (the checker's ticks with the person's corrections). */
    public enum CoverageFilter {
        ANY("Any coverage"), UNDER_HALF("Under half of the key points"), HALF_OR_MORE("Half of them or more"),
        ALL("Every key point");

        private final String label;

        CoverageFilter(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
