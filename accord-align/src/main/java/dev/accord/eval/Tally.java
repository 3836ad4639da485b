package dev.accord.eval;

/**
 * How many items the gold holds, how many a system predicted, and how many of these agree.
 *
 * @param right the predicted items that match a gold item; at most {@code gold} and {@code predicted}
 * @param gold the items in the gold
 * @param predicted the items predicted
 */
public record Tally(int right, int gold, int predicted) {

    /** Nothing counted. */
    public static final Tally ZERO = new Tally(0, 0, 0);

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if a count is negative or {@code right} exceeds the others
     */
    public Tally {
        if (right < 0 || gold < 0 || predicted < 0) {
            throw new IllegalArgumentException("counts must be >= 0, got " + right + "/" + gold + "/" + predicted);
        }
        if (right > gold || right > predicted) {
            throw new IllegalArgumentException(right + " right out of " + gold + " gold and " + predicted
                    + " predicted is impossible");
        }
    }

    /** Returns the item-wise sum of this tally and {@code other}. */
    public Tally plus(Tally other) {
        return new Tally(right + other.right, gold + other.gold, predicted + other.predicted);
    }

    /** Returns precision ({@code right / predicted}), recall ({@code right / gold}) and F1; 0 where undefined. */
    public PrecisionRecall scores() {
        return PrecisionRecall.of(right, predicted, right, gold);
    }

    /** Returns true if every gold item was predicted and nothing else. */
    public boolean perfect() {
        return right == gold && right == predicted;
    }

    /** Returns {@code right/gold} with the predicted count, e.g. {@code 3/4 (5)}. */
    @Override
    public String toString() {
        return right + "/" + gold + " (" + predicted + ")";
    }
}
