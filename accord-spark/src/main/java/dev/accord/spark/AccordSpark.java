package dev.accord.spark;

import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;

/**
 * The Accord pipeline over Apache Spark: aligns (and optionally extracts from) every document pair
 * of a dataset, with the same results as {@link dev.accord.AccordPipeline} gives for each pair.
 *
 * {@snippet :
 * Dataset<Row> pairs = DataFormat.JSONL.readPairs(spark, "pairs.jsonl");   // id, source_text, ...
 * try (PairResults results = AccordSpark.process(pairs, SparkOptions.builder().findings(true).build())) {
 *     DataFormat.PARQUET.write(results.beads(), "out/beads", SaveMode.ErrorIfExists);
 *     DataFormat.PARQUET.write(results.summaries(), "out/summaries", SaveMode.ErrorIfExists);
 *     long failed = results.counters().failed();
 * }
 * }
 *
 * <p>Each partition runs through {@code mapPartitions} with the pipeline its JVM shares among its
 * tasks (built on first use; the pipeline is thread-safe and loads its models once). A pair that
 * cannot be used becomes a summary row with status {@code failed} and its error; the job goes on.
 *
 * <p>Thread-safe; holds no state.
 */
public final class AccordSpark {

    /** The name of the accumulator that counts pairs processed. */
    public static final String PAIRS_COUNTER = "accord pairs";
    /** The name of the accumulator that counts failed pairs. */
    public static final String FAILED_COUNTER = "accord failed pairs";

    private AccordSpark() {
    }

    /**
     * Processes {@code pairs} with the {@linkplain SparkOptions#defaults() default settings}.
     *
     * @see #process(Dataset, SparkOptions)
     */
    public static PairResults process(Dataset<Row> pairs) {
        return process(pairs, SparkOptions.defaults());
    }

    /**
     * Processes {@code pairs}: lazily, as Spark does, when a table of the results is computed.
     *
     * @param pairs the document pairs, with the columns of {@link PairColumns} (others are ignored)
     * @param options the settings
     * @return the results, kept once computed until {@link PairResults#close()}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code pairs} lacks a column; the message names it
     */
    public static PairResults process(Dataset<Row> pairs, SparkOptions options) {
        Objects.requireNonNull(pairs, "pairs");
        Objects.requireNonNull(options, "options");
        Dataset<Row> input = PairColumns.select(pairs);
        LongAccumulator processed = pairs.sparkSession().sparkContext().longAccumulator(PAIRS_COUNTER);
        LongAccumulator failed = pairs.sparkSession().sparkContext().longAccumulator(FAILED_COUNTER);
        Dataset<Row> results = input
                .mapPartitions(new PairProcessor(options, processed, failed), Encoders.row(ResultRows.SCHEMA))
                .persist(StorageLevel.MEMORY_AND_DISK());
        return new PairResults(results, processed, failed);
    }
}
