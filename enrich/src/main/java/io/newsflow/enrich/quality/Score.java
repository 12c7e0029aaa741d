package io.newsflow.enrich.quality;

/**
 * Counts of one comparison with the gold set and the figures derived from them.
 *
 * @param truePositives found and expected
 * @param falsePositives found, not expected
 * @param falseNegatives expected, not found
 */
public record Score(int truePositives, int falsePositives, int falseNegatives) {
    public static final Score ZERO = new Score(0, 0, 0);

    public Score plus(Score other) {
        return new Score(truePositives + other.truePositives, falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives);
    }

    public double precision() {
        int found = truePositives + falsePositives;
        return found == 0 ? 1.0 : (double) truePositives / found;
    }

    public double recall() {
        int expected = truePositives + falseNegatives;
        return expected == 0 ? 1.0 : (double) truePositives / expected;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format("P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)", precision(), recall(), f1(),
                truePositives, falsePositives, falseNegatives);
    }
}
