package dev.accord.eval;

/**
 * Precision, recall and their harmonic mean F1, each in {@code [0, 1]}.
 *
 * @param precision the share of the system's beads that are correct
 * @param recall the share of the gold beads that the system found
 * @param f1 {@code 2PR / (P + R)}, or 0 when both are 0
 */
public record PrecisionRecall(double precision, double recall, double f1) {

    /**
     * Validates the three values.
     *
     * @throws IllegalArgumentException if a value is outside {@code [0, 1]} or NaN
     */
    public PrecisionRecall {
        check("precision", precision);
        check("recall", recall);
        check("f1", f1);
    }

    /** Returns the scores of {@code correct} out of {@code predicted} and {@code recalled} out of {@code gold}. */
    static PrecisionRecall of(long correct, long predicted, long recalled, long gold) {
        double p = predicted == 0 ? 0.0 : (double) correct / predicted;
        double r = gold == 0 ? 0.0 : (double) recalled / gold;
        double f = p + r == 0.0 ? 0.0 : 2 * p * r / (p + r);
        return new PrecisionRecall(p, r, f);
    }

    private static void check(String name, double value) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], got " + value);
        }
    }
}
