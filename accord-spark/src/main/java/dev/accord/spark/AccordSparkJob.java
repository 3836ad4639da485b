package dev.accord.spark;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The {@code spark-submit} entry point: reads pairs, aligns them (and extracts findings), and
 * writes the beads, summaries and findings tables under the output directory.
 *
 * <pre>{@code
 * spark-submit --class dev.accord.spark.AccordSparkJob accord-spark-<version>-job.jar \
 *     pairs.jsonl out --findings --output-format jsonl
 * }</pre>
 *
 * <p>Prints one line at the end ({@code accord-spark: 3000 pairs, 2 failed; tables in out}) and
 * exits with 0, also when some pairs failed (their summary rows say why), or with 2 after one
 * line on standard error when the command line is not valid. Spark's own errors (a missing input,
 * an existing output without {@code --overwrite}) fail the job as Spark reports them.
 */
public final class AccordSparkJob {

    /** The table directories under the output directory. */
    static final String BEADS = "beads";
    static final String SUMMARIES = "summaries";
    static final String FINDINGS = "findings";

    private AccordSparkJob() {
    }

    /**
     * Runs the job in a Spark session named {@code accord}, with the master and settings
     * {@code spark-submit} gives.
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        JobArguments arguments;
        try {
            arguments = JobArguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("accord-spark: " + e.getMessage());
            System.err.println(JobArguments.USAGE);
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("accord").getOrCreate();
        try {
            PairCounters counters = run(spark, arguments);
            out.println(String.format(Locale.ROOT, "accord-spark: %d pairs, %d failed; tables in %s",
                    counters.pairs(), counters.failed(), arguments.output()));
        } finally {
            spark.stop();
        }
    }

    /**
     * Runs the job in {@code spark}, which it leaves open.
     *
     * @return the counters of the run
     */
    static PairCounters run(SparkSession spark, JobArguments arguments) {
        Dataset<Row> pairs = arguments.inputFormat().readPairs(spark, arguments.input());
        if (arguments.partitions() > 0) {
            pairs = pairs.repartition(arguments.partitions());
        }
        SaveMode mode = arguments.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
        DataFormat format = arguments.outputFormat();
        try (PairResults results = AccordSpark.process(pairs, arguments.options())) {
            format.write(results.summaries(), table(arguments, SUMMARIES), mode);
            format.write(results.beads(), table(arguments, BEADS), mode);
            if (arguments.options().findings()) {
                format.write(results.findings(), table(arguments, FINDINGS), mode);
            }
            return results.counters();
        }
    }

    private static String table(JobArguments arguments, String name) {
        return arguments.output().replaceAll("/+$", "") + "/" + name;
    }
}
