package dev.accord.eval;

/**
 * The counts behind the Text+Berg scores, added up over documents before any ratio is taken
 * (micro-averaging).
 *
 * @param predicted the distinct system beads, one-sided ones included
 * @param strictCorrect the system beads that are also gold beads, ids compared as written
 * @param laxCorrect the system beads that are strictly correct, or non-empty on both sides and
 *     linking a source id to a target id that some gold bead links
 * @param gold the distinct gold beads non-empty on both sides
 * @param strictRecalled the gold beads the system produced exactly among its non-empty beads
 * @param laxRecalled the gold beads that are strictly recalled or overlap some non-empty system
 *     bead on both sides
 */
public record BeadCounts(long predicted, long strictCorrect, long laxCorrect, long gold, long strictRecalled,
        long laxRecalled) {

    /** No beads at all. */
    public static final BeadCounts ZERO = new BeadCounts(0, 0, 0, 0, 0, 0);

    /**
     * Validates the counts.
     *
     * @throws IllegalArgumentException if a count is negative or a part exceeds its whole
     */
    public BeadCounts {
        if (predicted < 0 || gold < 0 || strictCorrect < 0 || strictRecalled < 0) {
            throw new IllegalArgumentException("counts must be >= 0");
        }
        if (strictCorrect > laxCorrect || laxCorrect > predicted) {
            throw new IllegalArgumentException("need strictCorrect <= laxCorrect <= predicted, got " + strictCorrect
                    + ", " + laxCorrect + ", " + predicted);
        }
        if (strictRecalled > laxRecalled || laxRecalled > gold) {
            throw new IllegalArgumentException("need strictRecalled <= laxRecalled <= gold, got " + strictRecalled
                    + ", " + laxRecalled + ", " + gold);
        }
    }

    /** Returns the sum of these counts and {@code other}'s. */
    public BeadCounts plus(BeadCounts other) {
        return new BeadCounts(predicted + other.predicted, strictCorrect + other.strictCorrect,
                laxCorrect + other.laxCorrect, gold + other.gold, strictRecalled + other.strictRecalled,
                laxRecalled + other.laxRecalled);
    }

    /** Returns the strict and lax precision, recall and F1 of these counts. */
    public AlignmentScores scores() {
        return new AlignmentScores(
                PrecisionRecall.of(strictCorrect, predicted, strictRecalled, gold),
                PrecisionRecall.of(laxCorrect, predicted, laxRecalled, gold),
                this);
    }
}
