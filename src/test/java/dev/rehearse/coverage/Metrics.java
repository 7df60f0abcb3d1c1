package dev.rehearse.coverage;

/** Agreement of a checker with the judge over a number of (answer, key point) pairs. */
record Metrics(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {

    static final Metrics NONE = new Metrics(0, 0, 0, 0);

    Metrics add(boolean predicted, boolean judged) {
        return new Metrics(truePositives + (predicted && judged ? 1 : 0),
                falsePositives + (predicted && !judged ? 1 : 0),
                falseNegatives + (!predicted && judged ? 1 : 0),
                trueNegatives + (!predicted && !judged ? 1 : 0));
    }

    int pairs() {
        return truePositives + falsePositives + falseNegatives + trueNegatives;
    }

    double precision() {
        return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
    }

    double recall() {
        return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double accuracy() {
        return pairs() == 0 ? 1 : (double) (truePositives + trueNegatives) / pairs();
    }

    /** Such as {@code P 0.91 · R 0.88 · F1 0.89 · acc 0.93 (n 240)}. */
    String row() {
        return "%.2f | %.2f | %.2f | %.2f | %d".formatted(precision(), recall(), f1(), accuracy(), pairs());
    }
}
