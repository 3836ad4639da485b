package dev.accord.bench.report;

import dev.accord.bench.corpus.CorpusBuilder;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * Prints a readable summary of a JMH result file of the Accord benchmarks: for every stage and
 * corpus size the time and allocation per sentence of the stage and of its baseline, their ratio,
 * and the targets with the measured ratio of each.
 *
 * <p>Usage: {@code java -cp accord-bench/target/benchmarks.jar dev.accord.bench.report.BenchmarkSummary
 * [--markdown] RESULT.json...}: the results of several files are summarised together (a full run
 * may be split in parts with different iteration counts). With {@code --markdown} the tables are
 * Markdown, as in the README.
 *
 * <p>"Per sentence" means per sentence of both sides of the corpus (Dutch plus French, see
 * {@code ParallelCorpus.sentenceCount()}): every benchmark operation processes both sides. The
 * summary rebuilds each corpus to count its sentences, which is deterministic. Pairs are formed
 * within one benchmark class: a method whose name starts with {@code baseline} is the class's
 * baseline, every other method is measured against it.
 *
 * <p>Exit status 0 when the file holds results, 1 (with one line on standard error) when it is
 * missing, unreadable or empty. Missed targets are reported, never turned into a failure: the
 * numbers of a short or shared-machine run are too noisy for that.
 */
public final class BenchmarkSummary {

    /** A target of issue 6: a ratio that should not exceed {@code limit}. */
    private record Target(String description, double limit, Optional<Double> measured, String where) {
    }

    private final List<BenchmarkResult> results;
    private final ToIntFunction<String> sentencesOfSize;
    private final boolean conclusive;
    private final Map<String, Integer> sentenceCounts = new HashMap<>();

    /**
     * @param conclusive whether the run was long enough to judge targets; when false (a smoke run of
     *     one short iteration, where the JIT has barely started) the ratios are printed without a verdict
     */
    BenchmarkSummary(List<BenchmarkResult> results, ToIntFunction<String> sentencesOfSize, boolean conclusive) {
        this.results = List.copyOf(results);
        this.sentencesOfSize = Objects.requireNonNull(sentencesOfSize, "sentencesOfSize");
        this.conclusive = conclusive;
    }

    /**
     * Prints the summary of a JMH JSON result file.
     *
     * @param args the result file, optionally followed by {@code --markdown}
     */
    public static void main(String[] args) {
        boolean markdown = args.length > 0 && args[0].equals("--markdown");
        List<String> files = List.of(args).subList(markdown ? 1 : 0, args.length);
        if (files.isEmpty()) {
            System.err.println("usage: BenchmarkSummary [--markdown] RESULT.json...");
            System.exit(2);
        }
        List<BenchmarkResult> results = new ArrayList<>();
        String firstJson = null;
        for (String name : files) {
            Path file = Path.of(name);
            try {
                String json = Files.readString(file, StandardCharsets.UTF_8);
                results.addAll(BenchmarkResult.parseAll(json));
                firstJson = firstJson == null ? json : firstJson;
            } catch (IOException e) {
                System.err.println("benchmark summary: cannot read " + file + ": " + e.getMessage());
                System.exit(1);
            } catch (IllegalArgumentException e) {
                System.err.println("benchmark summary: " + file + ": " + e.getMessage());
                System.exit(1);
            }
        }
        if (results.isEmpty()) {
            System.err.println("benchmark summary: " + String.join(", ", files) + " hold no results: did every benchmark fail?");
            System.exit(1);
        }
        PrintStream out = System.out;
        out.println("Accord benchmarks: " + String.join(", ", files));
        out.println(RunInfo.of(firstJson));
        out.println("Machine: " + Machine.current());
        RunInfo run = RunInfo.of(firstJson);
        new BenchmarkSummary(results, size -> CorpusBuilder.build(size).sentenceCount(), run.measurementIterations() >= 2)
                .print(out, markdown);
    }

    /** Prints the per-stage table and the targets. */
    void print(PrintStream out, boolean markdown) {
        out.println("Per sentence = per Dutch + French sentence of the corpus; ratio = stage / baseline, both "
                + "per sentence, in this run.");
        out.println("The machine may be shared and the run short: absolute times are noisy, ratios from one run "
                + "are what count.");
        out.println();
        printTable(out, markdown);
        out.println();
        out.println(markdown ? "| target | measured | limit | verdict |" : "Targets (issue 6):");
        if (markdown) {
            out.println("| --- | --- | --- | --- |");
        }
        for (Target t : targets()) {
            String measured = t.measured().map(r -> format(r) + "×").orElse("not measured");
            String verdict = t.measured().map(r -> !conclusive ? "no verdict: run too short"
                    : r <= t.limit() ? "met" : "MISSED").orElse("-");
            if (markdown) {
                out.printf(Locale.ROOT, "| %s | %s | ≤ %s× | %s |%n", (t.description() + " " + t.where()).strip(),
                        measured, format(t.limit()), verdict);
            } else {
                out.printf(Locale.ROOT, "  %-58s %10s  (limit %s×)  %s%n", (t.description() + " " + t.where()).strip(),
                        measured, format(t.limit()), verdict);
            }
        }
    }

    private void printTable(PrintStream out, boolean markdown) {
        String[] header = {"stage", "size", "sentences", "method", "ns/sentence", "B/sentence", "baseline ns/sentence",
            "baseline B/sentence", "ratio"};
        if (markdown) {
            out.println("| " + String.join(" | ", header) + " |");
            out.println("|" + " --- |".repeat(header.length));
        } else {
            out.printf(Locale.ROOT, "%-14s %7s %9s %-14s %12s %11s %21s %20s %7s%n", (Object[]) header);
        }
        for (BenchmarkResult r : measured()) {
            Optional<BenchmarkResult> base = baselineOf(r);
            int sentences = sentences(r.size());
            String[] row = {
                r.stage(), r.size(), Integer.toString(sentences), r.method(),
                format(r.nanosPerOp() / sentences), format(r.bytesPerOp() / sentences),
                base.map(b -> format(b.nanosPerOp() / sentences)).orElse("-"),
                base.map(b -> format(b.bytesPerOp() / sentences)).orElse("-"),
                base.map(b -> format(r.nanosPerOp() / b.nanosPerOp()) + "×").orElse("-"),
            };
            if (markdown) {
                out.println("| " + String.join(" | ", row) + " |");
            } else {
                out.printf(Locale.ROOT, "%-14s %7s %9s %-14s %12s %11s %21s %20s %7s%n", (Object[]) row);
            }
        }
    }

    /** Returns the measured (non-baseline) results, by stage in pipeline order, then size, then method. */
    List<BenchmarkResult> measured() {
        List<String> stageOrder = List.of("segmentation", "normalization", "alignment", "extraction");
        Comparator<BenchmarkResult> order = Comparator
                .comparingInt((BenchmarkResult r) -> stageOrder.indexOf(r.stage()) < 0 ? stageOrder.size()
                        : stageOrder.indexOf(r.stage()))
                .thenComparing(BenchmarkResult::stage)
                .thenComparingInt(r -> sizeRank(r.size()))
                .thenComparing(BenchmarkResult::method);
        return results.stream().filter(r -> !r.isBaseline()).sorted(order).toList();
    }

    /** Returns the baseline run beside {@code r}: same stage and size. */
    Optional<BenchmarkResult> baselineOf(BenchmarkResult r) {
        return results.stream()
                .filter(b -> b.isBaseline() && b.stage().equals(r.stage()) && b.size().equals(r.size()))
                .findFirst();
    }

    /** Returns the ratio of {@code method} of {@code stage} to its baseline at {@code size}, if both ran. */
    Optional<Double> ratio(String stage, String method, String size) {
        return find(stage, method, size).flatMap(r -> baselineOf(r).map(b -> r.nanosPerOp() / b.nanosPerOp()));
    }

    /** Returns the targets of issue 6, each with its measured ratio where this run measured it. */
    List<Target> targets() {
        List<Target> targets = new ArrayList<>();
        targets.add(new Target("alignment, full method / Gale–Church per sentence", 5, ratio("alignment", "align", "10000"),
                "at 10000"));
        Optional<Double> scaling = find("alignment", "align", "100000").flatMap(large -> find("alignment", "align", "1000")
                .map(small -> (large.nanosPerOp() / sentences("100000")) / (small.nanosPerOp() / sentences("1000"))));
        targets.add(new Target("alignment scaling, ns/sentence at 100000 / at 1000", 1.5, scaling, ""));
        String largest = largestSize("extraction", "extract");
        targets.add(new Target("extraction / bare tokenisation per sentence", 3, ratio("extraction", "extract", largest),
                "at " + largest));
        return targets;
    }

    private String largestSize(String stage, String method) {
        return results.stream()
                .filter(r -> r.stage().equals(stage) && r.method().equals(method))
                .map(BenchmarkResult::size)
                .max(Comparator.comparingInt(BenchmarkSummary::sizeRank))
                .orElse("10000");
    }

    private Optional<BenchmarkResult> find(String stage, String method, String size) {
        return results.stream()
                .filter(r -> r.stage().equals(stage) && r.method().equals(method) && r.size().equals(size))
                .findFirst();
    }

    private int sentences(String size) {
        return sentenceCounts.computeIfAbsent(size, sentencesOfSize::applyAsInt);
    }

    /** Orders sizes: {@code seed} first, then by number. */
    private static int sizeRank(String size) {
        try {
            return Integer.parseInt(size);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Formats a figure with three significant digits or so, "-" for NaN. */
    static String format(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        double abs = Math.abs(value);
        if (abs >= 100) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        if (abs >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** How the benchmarks ran: JDK, JMH and iteration settings, from the first result of the file. */
    record RunInfo(String jdk, String vm, String jmh, String settings, int measurementIterations) {

        static RunInfo of(String json) {
            if (!(Json.parse(json) instanceof List<?> list) || list.isEmpty() || !(list.get(0) instanceof Map<?, ?> first)) {
                return new RunInfo("unknown", "unknown", "unknown", "", 0);
            }
            Map<String, String> m = new LinkedHashMap<>();
            for (String key : List.of("jdkVersion", "vmName", "vmVersion", "jmhVersion", "forks", "warmupIterations",
                    "warmupTime", "measurementIterations", "measurementTime", "jvmArgs")) {
                Object v = first.get(key);
                m.put(key, v instanceof Double d && d == Math.rint(d) ? Long.toString(d.longValue()) : String.valueOf(v));
            }
            String settings = m.get("forks") + " fork(s), " + m.get("warmupIterations") + " warmup x " + m.get("warmupTime")
                    + ", " + m.get("measurementIterations") + " measurement x " + m.get("measurementTime") + ", JVM args "
                    + m.get("jvmArgs");
            int iterations = first.get("measurementIterations") instanceof Double d ? d.intValue() : 0;
            return new RunInfo(m.get("jdkVersion"), m.get("vmName") + " " + m.get("vmVersion"), m.get("jmhVersion"), settings,
                    iterations);
        }

        @Override
        public String toString() {
            return "JDK " + jdk + " (" + vm + "), JMH " + jmh + "; " + settings;
        }
    }
}
