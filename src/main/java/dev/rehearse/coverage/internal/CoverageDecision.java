package dev.rehearse.coverage.internal;

/**
 * Turns what was measured about a key point into a score from 0 to 1 (a logistic function of the measurements) and
 * a verdict (score at or above {@code threshold}). The weights are fitted on the training half of the labelled set
 * and checked on the other half; docs/coverage.md says how. A weight of 0 leaves its measurement out.
 */
public record CoverageDecision(double bias, double cueMade, double cueDenied, double similarity, double contradicts,
        double overlap, double overlapDenied, double threshold) {

    /**
     * The weights the app uses: the "semantic + lexical cues" fit of docs/coverage.md. The fits that also weigh the
     * contradiction and word-overlap measurements did no better on the held-out half and worse on wrong answers.
     */
    public static final CoverageDecision CHOSEN = new CoverageDecision(-3.85, 2.29, -0.60, 4.11, 0, 0, 0, 0.42);

    public double score(PointFeatures f) {
        double z = bias
                + (f.cueMade() ? cueMade : 0)
                + (f.cueDenied() ? cueDenied : 0)
                + similarity * f.similarity()
                + (f.contradicts() ? contradicts : 0)
                + overlap * f.overlap()
                + (f.overlapDenied() ? overlapDenied : 0);
        return 1 / (1 + Math.exp(-z));
    }

    public boolean covers(PointFeatures f) {
        return score(f) >= threshold;
    }
}
