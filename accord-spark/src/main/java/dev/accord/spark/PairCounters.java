package dev.accord.spark;

/**
 * How many pairs a run processed and how many of them failed, as counted by the run's Spark
 * accumulators (named {@value AccordSpark#PAIRS_COUNTER} and {@value AccordSpark#FAILED_COUNTER}
 * in the Spark UI).
 *
 * <p>Accumulators count work done, so a task that Spark runs again (a lost executor, speculation)
 * counts its pairs again; the {@code status} column of {@link PairResults#summaries()} is exact.
 *
 * @param pairs the pairs processed, {@code >= 0}
 * @param failed the pairs that became a failed row, {@code 0 <= failed <= pairs}
 */
public record PairCounters(long pairs, long failed) {

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if a count is negative or {@code failed > pairs}
     */
    public PairCounters {
        if (pairs < 0 || failed < 0 || failed > pairs) {
            throw new IllegalArgumentException("expected 0 <= failed <= pairs, got " + failed + " failed of " + pairs);
        }
    }

    /** Returns the number of pairs that went through. */
    public long succeeded() {
        return pairs - failed;
    }
}
