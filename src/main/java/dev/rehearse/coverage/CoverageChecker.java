package dev.rehearse.coverage;

import dev.rehearse.coverage.internal.CoverageDecision;
import dev.rehearse.coverage.internal.FeatureExtractor;
import dev.rehearse.coverage.internal.Negation;
import dev.rehearse.coverage.internal.PointFeatures;
import dev.rehearse.coverage.internal.SentenceEmbeddings;
import dev.rehearse.questionbank.KeyPoint;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides which key points an answer makes. It weighs the key point's match phrases found as whole, stemmed words
 * and not denied (phrases that are words of the question do not count), how close the answer's best sentence is in
 * meaning to the key point's text (a sentence-embedding model run in this JVM), whether that sentence denies
 * something, and how many of the key point's own words it uses. Safe for concurrent use; the model behind it is one
 * per JVM.
 */
public final class CoverageChecker {

    private final FeatureExtractor features;
    private final CoverageDecision decision;

    CoverageChecker(FeatureExtractor features, CoverageDecision decision) {
        this.features = features;
        this.decision = decision;
    }

    /** The checker the app uses, on the JVM's shared model (which starts loading now if it has not yet). */
    public static CoverageChecker standard() {
        return new CoverageChecker(new FeatureExtractor(SentenceEmbeddings.shared(), Negation.DEFAULT_WINDOW),
                CoverageDecision.CHOSEN);
    }

    /**
     * Scores {@code answer} against each key point. {@code question} is the question's own text (title and prompt):
     * match phrases found in it are ignored.
     */
    public Coverage check(String question, List<KeyPoint> points, String answer) {
        if (answer == null || answer.isBlank()) {
            return new Coverage(points.stream().map(p -> new PointCoverage(false, 0, List.of())).toList());
        }
        List<PointFeatures> measured = features.measure(question, points, answer);
        List<PointCoverage> result = new ArrayList<>(measured.size());
        for (PointFeatures f : measured) {
            boolean covered = decision.covers(f);
            List<PointFeatures.Span> spans = !covered ? List.of()
                    : !f.cueSpans().isEmpty() ? f.cueSpans() : f.overlapSpans();
            result.add(new PointCoverage(covered, decision.score(f),
                    spans.stream().map(s -> new Highlight(s.start(), s.end())).toList()));
        }
        return new Coverage(result);
    }
}
