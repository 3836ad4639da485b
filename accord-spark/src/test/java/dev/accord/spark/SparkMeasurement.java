package dev.accord.spark;

import dev.accord.AccordPipeline;
import dev.accord.Bitext;
import dev.accord.core.text.Language;
import dev.accord.io.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The measurement behind the README's Spark figures, not a test: pairs per second of the same
 * {@link TestPairs} aligned (and optionally extracted) by {@link AccordPipeline} directly in this
 * JVM, on one and two threads, and by {@link AccordSpark} on {@code local[1]} and {@code local[2]}.
 * Each timed run follows an untimed warm-up run of {@value #WARM_UP} pairs in the same mode.
 *
 * <p>Usage: {@code SparkMeasurement PAIRS [--findings] [--write-pairs FILE.jsonl]}; with
 * {@code --write-pairs} it only writes the pairs as JSON Lines (the input of the README's
 * spark-submit example) and exits.
 */
final class SparkMeasurement {

    private static final int WARM_UP = 300;

    private SparkMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        boolean findings = List.of(args).contains("--findings");
        List<InputPair> pairs = new TestPairs().pairs(count);
        int write = List.of(args).indexOf("--write-pairs");
        if (write >= 0) {
            writePairs(pairs, Path.of(args[write + 1]));
            return;
        }
        Path files = Files.createTempDirectory("accord-measure-");
        for (InputPair p : pairs) {
            Files.writeString(files.resolve(p.id() + ".nl"), p.sourceText(), StandardCharsets.UTF_8);
            Files.writeString(files.resolve(p.id() + ".fr"), p.targetText(), StandardCharsets.UTF_8);
        }
        System.out.printf(Locale.ROOT, "%d pairs, %d Dutch and %d French characters, findings %s, %s, %d processors%n",
                count, pairs.stream().mapToLong(p -> p.sourceText().length()).sum(),
                pairs.stream().mapToLong(p -> p.targetText().length()).sum(), findings ? "on" : "off",
                Runtime.version(), Runtime.getRuntime().availableProcessors());
        for (int threads = 1; threads <= 2; threads++) {
            direct(pairs.subList(0, Math.min(WARM_UP, count)), files, threads, findings);
            report("direct, " + threads + " thread(s)", count, direct(pairs, files, threads, findings));
        }
        for (int threads = 1; threads <= 2; threads++) {
            SparkSession spark = LocalSpark.start(threads);
            try {
                spark(spark, pairs.subList(0, Math.min(WARM_UP, count)), threads, findings, null);
                report("spark local[" + threads + "]", count, spark(spark, pairs, threads, findings, null));
                Path out = Files.createTempDirectory("accord-measure-out-");
                report("spark local[" + threads + "], parquet tables written", count,
                        spark(spark, pairs, threads, findings, out));
            } finally {
                spark.stop();
            }
        }
    }

    /** Aligns every pair from its files, as the command line does, on {@code threads} threads; returns nanoseconds. */
    private static long direct(List<InputPair> pairs, Path files, int threads, boolean findings) throws Exception {
        AccordPipeline pipeline = AccordPipeline.standard();
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<Integer>> done = java.util.stream.IntStream.range(0, threads).mapToObj(t -> pool.submit(() -> {
                int beads = 0;
                for (int i = next.getAndIncrement(); i < pairs.size(); i = next.getAndIncrement()) {
                    String id = pairs.get(i).id();
                    try {
                        Bitext bitext = pipeline.loadPair(files.resolve(id + ".nl"), Language.NL,
                                files.resolve(id + ".fr"), Language.FR);
                        beads += findings ? pipeline.extract(bitext).alignment().size() : pipeline.align(bitext).size();
                    } catch (InvalidInputException e) {
                        beads--;
                    }
                }
                return beads;
            })).toList();
            for (Future<Integer> f : done) {
                f.get();
            }
        }
        return System.nanoTime() - start;
    }

    /** Runs the pairs through Spark in 4 partitions per thread and computes every table; returns nanoseconds. */
    private static long spark(SparkSession spark, List<InputPair> pairs, int threads, boolean findings, Path out) {
        long start = System.nanoTime();
        try (PairResults results = AccordSpark.process(TestPairs.dataset(spark, pairs, 4 * threads),
                SparkOptions.builder().findings(findings).build())) {
            if (out == null) {
                results.summaries().count();
                results.beads().count();
            } else {
                DataFormat.PARQUET.write(results.summaries(), out.resolve("summaries").toString(), SaveMode.Overwrite);
                DataFormat.PARQUET.write(results.beads(), out.resolve("beads").toString(), SaveMode.Overwrite);
                if (findings) {
                    DataFormat.PARQUET.write(results.findings(), out.resolve("findings").toString(), SaveMode.Overwrite);
                }
            }
        }
        return System.nanoTime() - start;
    }

    private static void report(String what, int pairs, long nanos) {
        System.out.printf(Locale.ROOT, "%-45s %7.2f s  %7.1f pairs/s%n", what, nanos / 1e9, pairs / (nanos / 1e9));
    }

    private static void writePairs(List<InputPair> pairs, Path file) throws IOException {
        StringBuilder b = new StringBuilder();
        for (InputPair p : pairs) {
            b.append("{\"id\":\"").append(p.id()).append("\",\"source_text\":").append(TestPairs.jsonString(p.sourceText()))
                    .append(",\"target_text\":").append(TestPairs.jsonString(p.targetText()))
                    .append(",\"source_lang\":\"nl\",\"target_lang\":\"fr\"}\n");
        }
        Files.writeString(file, b, StandardCharsets.UTF_8);
    }
}
