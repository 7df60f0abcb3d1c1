package dev.rehearse.progress;

import java.util.Collection;
import java.util.Map;

/**
 * How ready the person is on a set of questions, from 0 to 1: the average over the questions of how likely they are
 * to recall each one now (FSRS's retrievability, for a question they rated), or else the share of key points their
 * latest answer made (for one they answered but never rated), or 0 (for one never answered).
 */
public final class Readiness {

    /** The sentence the progress page shows to explain the number. */
    public static final String EXPLAINED = "Readiness is the average over a topic's questions of how likely you are "
            + "to recall each one today (from your ratings, by FSRS), or, for a question you answered but never "
            + "rated, the share of key points your latest answer made; a question you never answered counts 0.";

    private Readiness() {
    }

    public static double of(Collection<String> questionIds, Map<String, Double> recall, Map<String, Double> coverage) {
        if (questionIds.isEmpty()) {
            return 0;
        }
        double sum = 0;
        for (String id : questionIds) {
            Double r = recall.get(id);
            sum += r != null ? r : coverage.getOrDefault(id, 0.0);
        }
        return sum / questionIds.size();
    }
}
