package dev.accord.spark;

import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.util.LongAccumulator;

/**
 * The results of a run over a dataset of pairs: three tables projected from one computation, and
 * the run's counters.
 *
 * <p>The pipeline runs once per pair, when the first table is computed; the results are kept
 * ({@code MEMORY_AND_DISK}) for the other tables until {@link #close()}. Every table has the
 * pair's {@code id} as its first column; a failed pair has a summary row and no other row.
 *
 * <ul>
 *   <li>{@link #beads()}: {@code id, bead, source_ids, target_ids, source_text, target_text, score,
 *       type}, every bead of every pair in order (bead numbers from 0), one-sided beads included;
 *       the score is the aligner's, unrounded.</li>
 *   <li>{@link #findings()}: {@code id, side, language, kind, subject, value, parent, sentences,
 *       mentions}; only with {@link SparkOptions#findings()}, and only for Dutch–French pairs.</li>
 *   <li>{@link #summaries()}: {@code id, status, error, source_lang, target_lang,
 *       source_sentences, target_sentences, beads, agreements, disagreements}, one row per pair.</li>
 * </ul>
 *
 * <p>Not thread-safe to close while another thread uses the tables.
 */
public final class PairResults implements AutoCloseable {

    private final Dataset<Row> results;
    private final LongAccumulator pairs;
    private final LongAccumulator failed;

    PairResults(Dataset<Row> results, LongAccumulator pairs, LongAccumulator failed) {
        this.results = Objects.requireNonNull(results, "results");
        this.pairs = Objects.requireNonNull(pairs, "pairs");
        this.failed = Objects.requireNonNull(failed, "failed");
    }

    /** Returns the beads table, one row per bead. */
    public Dataset<Row> beads() {
        return explode(ResultRows.BEAD_ROWS);
    }

    /** Returns the findings table, one row per company, pillar statement or fact on one side. */
    public Dataset<Row> findings() {
        return explode(ResultRows.FINDING_ROWS);
    }

    /** Returns the summary table, one row per pair. */
    public Dataset<Row> summaries() {
        return results.drop(ResultRows.BEAD_ROWS, ResultRows.FINDING_ROWS);
    }

    /**
     * Returns the counters of the pairs processed so far: zero before the first table has been
     * computed, final once each partition has been computed.
     */
    public PairCounters counters() {
        return new PairCounters(pairs.value(), failed.value());
    }

    private Dataset<Row> explode(String nested) {
        return results.select(functions.col(PairColumns.ID), functions.explode(functions.col(nested)).as("row"))
                .select(functions.col(PairColumns.ID), functions.col("row.*"));
    }

    /** Releases the kept results. The tables can still be used; they are then computed again. */
    @Override
    public void close() {
        results.unpersist();
    }
}
