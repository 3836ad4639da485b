package dev.accord.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One line of a JMH result file, reduced to what the summary needs: which stage, method and corpus
 * size, and the time and allocation of one operation.
 *
 * @param stage the stage, from the benchmark class name: {@code SegmentationBenchmark} is
 *     {@code segmentation}
 * @param method the benchmark method; baselines start with {@code baseline}
 * @param size the corpus size parameter, such as {@code seed} or {@code 1000}
 * @param nanosPerOp the mean time of one operation, in nanoseconds
 * @param nanosErrorPerOp JMH's 99.9% error margin of that mean, in nanoseconds; NaN when JMH gives
 *     none (a single iteration)
 * @param bytesPerOp the bytes allocated by one operation ({@code gc.alloc.rate.norm} of
 *     {@code -prof gc}); NaN when the run had no GC profiler
 */
record BenchmarkResult(String stage, String method, String size, double nanosPerOp, double nanosErrorPerOp,
        double bytesPerOp) {

    BenchmarkResult {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(size, "size");
    }

    /** Returns true for a baseline method: its name starts with {@code baseline}. */
    boolean isBaseline() {
        return method.startsWith("baseline");
    }

    /**
     * Reads the results of a JMH JSON result file.
     *
     * @throws IllegalArgumentException if the text is not a JMH result array; the message says what
     *     is missing
     */
    static List<BenchmarkResult> parseAll(String json) {
        if (!(Json.parse(json) instanceof List<?> entries)) {
            throw new IllegalArgumentException("not a JMH result file: expected a JSON array of results");
        }
        List<BenchmarkResult> results = new ArrayList<>();
        for (Object entry : entries) {
            results.add(parse(asMap(entry, "result")));
        }
        return results;
    }

    private static BenchmarkResult parse(Map<?, ?> entry) {
        String benchmark = asString(entry.get("benchmark"), "benchmark");
        int dot = benchmark.lastIndexOf('.');
        String className = benchmark.substring(benchmark.lastIndexOf('.', dot - 1) + 1, dot);
        String stage = className.replaceFirst("Benchmark$", "").toLowerCase(Locale.ROOT);
        String method = benchmark.substring(dot + 1);
        Object params = entry.get("params");
        String size = params instanceof Map<?, ?> p && p.get("size") != null ? asString(p.get("size"), "size") : "-";
        Map<?, ?> primary = asMap(entry.get("primaryMetric"), "primaryMetric of " + benchmark);
        String unit = asString(primary.get("scoreUnit"), "scoreUnit");
        double score = asNumber(primary.get("score"));
        double error = asNumber(primary.get("scoreError"));
        double nanos = nanosPerOp(score, unit);
        double nanosError = Double.isNaN(error) ? Double.NaN : error * nanos / score;
        double bytes = Double.NaN;
        if (entry.get("secondaryMetrics") instanceof Map<?, ?> secondary) {
            for (Map.Entry<?, ?> metric : secondary.entrySet()) {
                if (String.valueOf(metric.getKey()).endsWith("gc.alloc.rate.norm")) {
                    bytes = asNumber(asMap(metric.getValue(), "gc.alloc.rate.norm").get("score"));
                }
            }
        }
        return new BenchmarkResult(stage, method, size, nanos, nanosError, bytes);
    }

    /** Converts a JMH score in {@code unit} (such as {@code us/op} or {@code ops/ms}) to nanoseconds per operation. */
    static double nanosPerOp(double score, String unit) {
        String[] parts = unit.split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException("unknown JMH score unit '" + unit + "'");
        }
        if (parts[0].equals("ops")) {
            return nanos(parts[1], unit) / score;
        }
        return score * nanos(parts[0], unit);
    }

    private static double nanos(String timeUnit, String unit) {
        return switch (timeUnit) {
            case "ns" -> 1;
            case "us" -> 1e3;
            case "ms" -> 1e6;
            case "s" -> 1e9;
            case "min" -> 60e9;
            default -> throw new IllegalArgumentException("unknown time unit in JMH score unit '" + unit + "'");
        };
    }

    private static Map<?, ?> asMap(Object value, String what) {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw new IllegalArgumentException("not a JMH result file: " + what + " is not an object");
    }

    private static String asString(Object value, String what) {
        if (value instanceof String s) {
            return s;
        }
        throw new IllegalArgumentException("not a JMH result file: " + what + " is not a string");
    }

    private static double asNumber(Object value) {
        if (value instanceof Double d) {
            return d;
        }
        if (value instanceof String s) {
            try {
                return Double.parseDouble(s);
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }
}
