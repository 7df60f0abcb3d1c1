package dev.rehearse.coverage;

import java.util.List;

/**
 * What the checker found for one key point: whether the answer makes it, how sure it is (0 to 1, the same number
 * {@code --score-answers} prints) and the words of the answer that made it (none when it is not made).
 */
public record PointCoverage(boolean covered, double score, List<Highlight> highlights) {

    public PointCoverage {
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("a score lies between 0 and 1, not " + score);
        }
        highlights = List.copyOf(highlights);
    }
}
