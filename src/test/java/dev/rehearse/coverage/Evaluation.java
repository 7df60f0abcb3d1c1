package dev.rehearse.coverage;

import dev.rehearse.coverage.internal.CoverageDecision;
import dev.rehearse.coverage.internal.FeatureExtractor;
import dev.rehearse.coverage.internal.PointFeatures;
import dev.rehearse.questionbank.ParsedQuestion;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Every (answer, key point) pair of the labelled set, measured once by one configuration of the checker. */
record Evaluation(List<Pair> pairs) {

    record Pair(LabelledSet.Answer answer, int point, boolean judged, PointFeatures features) {
    }

    /**
     * Measures the set. With {@code ignoreQuestionCues} false, the checker is told no question, so phrases from it
     * count like any other.
     */
    static Evaluation measure(LabelledSet set, FeatureExtractor extractor, boolean ignoreQuestionCues) {
        List<Pair> pairs = new ArrayList<>();
        for (LabelledSet.Answer a : set.answers()) {
            ParsedQuestion q = set.questions().get(a.question());
            List<PointFeatures> measured = extractor.measure(ignoreQuestionCues ? q.questionText() : "",
                    q.content().keyPoints(), a.text());
            for (int i = 0; i < measured.size(); i++) {
                pairs.add(new Pair(a, i, a.covered().get(i), measured.get(i)));
            }
        }
        return new Evaluation(pairs);
    }

    Metrics score(Predicate<Pair> which, Predicate<PointFeatures> checker) {
        Metrics m = Metrics.NONE;
        for (Pair p : pairs) {
            if (which.test(p)) {
                m = m.add(checker.test(p.features()), p.judged());
            }
        }
        return m;
    }

    List<Pair> training() {
        return pairs.stream().filter(p -> p.answer().training()).toList();
    }

    static Predicate<Pair> all() {
        return p -> true;
    }

    static Predicate<Pair> trainingHalf() {
        return p -> p.answer().training();
    }

    static Predicate<Pair> heldOutHalf() {
        return p -> !p.answer().training();
    }

    static Predicate<Pair> kind(String kind, Predicate<Pair> half) {
        return p -> half.test(p) && p.answer().kind().equals(kind);
    }

    /** The similarity threshold with the best F1 on the training half, from 0.20 to 0.90 in steps of 0.01. */
    double bestSimilarityThreshold(Predicate<PointFeatures> alsoRequired) {
        double best = 0.5;
        double bestF1 = -1;
        for (int step = 20; step <= 90; step++) {
            double t = step / 100.0;
            double f1 = score(trainingHalf(), f -> f.similarity() >= t && alsoRequired.test(f)).f1();
            if (f1 > bestF1) {
                bestF1 = f1;
                best = t;
            }
        }
        return best;
    }

    /**
     * A logistic regression fitted on the training half by gradient descent (a small L2 penalty keeps the weights of
     * rare features sane), over the measurements {@code use} selects, then the threshold that agrees with the judge
     * on the most training pairs (accuracy): a tick given wrongly misleads more than a tick left for the person to add.
     */
    CoverageDecision fit(boolean[] use) {
        List<Pair> train = training();
        double[] w = new double[7];
        double rate = 0.5;
        double l2 = 0.001;
        for (int iteration = 0; iteration < 20_000; iteration++) {
            double[] gradient = new double[7];
            for (Pair p : train) {
                double[] x = inputs(p.features(), use);
                double z = 0;
                for (int i = 0; i < 7; i++) {
                    z += w[i] * x[i];
                }
                double error = 1 / (1 + Math.exp(-z)) - (p.judged() ? 1 : 0);
                for (int i = 0; i < 7; i++) {
                    gradient[i] += error * x[i];
                }
            }
            for (int i = 0; i < 7; i++) {
                w[i] -= rate * (gradient[i] / train.size() + (i == 0 ? 0 : l2 * w[i]));
            }
        }
        CoverageDecision fitted = new CoverageDecision(w[0], w[1], w[2], w[3], w[4], w[5], w[6], 0.5);
        double bestThreshold = 0.5;
        double bestAgreement = -1;
        for (int step = 10; step <= 90; step++) {
            CoverageDecision candidate = withThreshold(fitted, step / 100.0);
            double agreement = score(trainingHalf(), candidate::covers).accuracy();
            if (agreement > bestAgreement) {
                bestAgreement = agreement;
                bestThreshold = step / 100.0;
            }
        }
        return withThreshold(fitted, bestThreshold);
    }

    private static CoverageDecision withThreshold(CoverageDecision d, double threshold) {
        return new CoverageDecision(d.bias(), d.cueMade(), d.cueDenied(), d.similarity(), d.contradicts(), d.overlap(),
                d.overlapDenied(), threshold);
    }

    /** bias, cue made, cue denied, similarity, best sentence denied, overlap, overlap denied; unused ones are 0. */
    private static double[] inputs(PointFeatures f, boolean[] use) {
        double[] all = {1, f.cueMade() ? 1 : 0, f.cueDenied() ? 1 : 0, f.similarity(), f.contradicts() ? 1 : 0,
                f.overlap(), f.overlapDenied() ? 1 : 0};
        for (int i = 1; i < 7; i++) {
            if (!use[i - 1]) {
                all[i] = 0;
            }
        }
        return all;
    }
}
