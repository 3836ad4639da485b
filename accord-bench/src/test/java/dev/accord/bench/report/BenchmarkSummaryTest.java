package dev.accord.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BenchmarkSummaryTest {

    /** Sentences per size in the fake corpora of the sample file: 1000 a side is 2000, and so on. */
    private static final Map<String, Integer> SENTENCES = Map.of("seed", 40, "1000", 2000, "10000", 20000,
            "100000", 200000);

    private static String sample() throws IOException {
        try (InputStream in = BenchmarkSummaryTest.class.getResourceAsStream("sample-jmh.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static BenchmarkSummary summary() throws IOException {
        return summary(true);
    }

    private static BenchmarkSummary summary(boolean conclusive) throws IOException {
        return new BenchmarkSummary(BenchmarkResult.parseAll(sample()), SENTENCES::get, conclusive);
    }

    @Test
    void readsStageMethodSizeTimeAndAllocationOfEachResult() throws IOException {
        List<BenchmarkResult> results = BenchmarkResult.parseAll(sample());
        assertEquals(12, results.size());
        BenchmarkResult first = results.get(0);
        assertEquals("segmentation", first.stage());
        assertEquals("segment", first.method());
        assertEquals("1000", first.size());
        assertEquals(2_000_000, first.nanosPerOp(), 1e-6);
        assertEquals(100_000, first.bytesPerOp(), 1e-9);
        assertTrue(Double.isNaN(first.nanosErrorPerOp()));
        assertTrue(Double.isNaN(results.get(2).bytesPerOp()), "no -prof gc: allocation unknown");
    }

    @Test
    void pairsEachMethodWithTheBaselineOfItsClassAndSize() throws IOException {
        BenchmarkSummary summary = summary();
        assertEquals(Optional.of(2.0), summary.ratio("segmentation", "segment", "1000"));
        assertEquals(Optional.of(6.0), summary.ratio("alignment", "align", "10000"));
        assertEquals(Optional.of(5.0), summary.ratio("extraction", "extract", "seed"));
        assertEquals(Optional.empty(), summary.ratio("normalization", "normalize", "1000"));
        assertEquals(List.of("segment", "align", "align", "align", "extract", "extract"),
                summary.measured().stream().map(BenchmarkResult::method).toList());
    }

    @Test
    void targetsCompareRatiosPerSentenceAcrossSizes() throws IOException {
        String text = print(false);
        // 60 ms / 10 ms at 10000 = 6: over the limit of 5.
        assertLine(text, "alignment, full method / Gale–Church per sentence at 10000 +6\\.00× +\\(limit 5\\.00×\\) +MISSED");
        // 0.5 s / 200000 sentences against 4 ms / 2000 sentences: 1.25 per sentence.
        assertLine(text, "alignment scaling, ns/sentence at 100000 / at 1000 +1\\.25× +\\(limit 1\\.50×\\) +met");
        // The largest extraction size measured, 1000: 2.5.
        assertLine(text, "extraction / bare tokenisation per sentence at 1000 +2\\.50× +\\(limit 3\\.00×\\) +met");
    }

    @Test
    void tablePrintsTimeAndAllocationPerSentenceAndTheRatio() throws IOException {
        String text = print(false);
        // segment at 1000: 2 ms / 2000 sentences = 1000 ns, 100000 B / 2000 = 50 B; baseline 500 ns, 0.5 B.
        assertLine(text, "segmentation +1000 +2000 segment +1000 +50\\.0 +500 +0\\.50 +2\\.00×");
    }

    @Test
    void markdownTableHasOneRowPerMeasuredResult() throws IOException {
        String text = print(true);
        assertTrue(text.contains("| alignment | 100000 | 200000 | align | 2500 | - | 500 | - | 5.00× |"), text);
        assertTrue(text.contains("| alignment, full method / Gale–Church per sentence at 10000 | 6.00× | ≤ 5.00× | MISSED |"), text);
    }

    @Test
    void shortRunGivesRatiosWithoutVerdicts() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            summary(false).print(out, false);
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertLine(text, "alignment, full method / Gale–Church per sentence at 10000 +6\\.00× +\\(limit 5\\.00×\\) +no verdict: run too short");
        assertTrue(!text.contains("MISSED") && !text.contains(")  met"), text);
    }

    @ParameterizedTest
    @CsvSource({"2.5, us/op, 2500", "3, ms/op, 3000000", "1, s/op, 1000000000", "7, ns/op, 7", "4, ops/us, 250"})
    void convertsJmhScoreUnitsToNanosecondsPerOperation(double score, String unit, double nanos) {
        assertEquals(nanos, BenchmarkResult.nanosPerOp(score, unit), 1e-9);
    }

    @Test
    void malformedJsonIsRejectedWithItsOffset() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BenchmarkResult.parseAll("[{\"benchmark\": }]"));
        assertEquals("malformed JSON at offset 15: expected a value", e.getMessage());
    }

    @Test
    void aFileThatIsNoResultArrayIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BenchmarkResult.parseAll("{}"));
        assertEquals("not a JMH result file: expected a JSON array of results", e.getMessage());
    }

    @Test
    void runInfoNamesJdkVmAndSettings() throws IOException {
        assertEquals("JDK 25.0.3 (OpenJDK 64-Bit Server VM 25.0.3+9-LTS), JMH 1.37; 1 fork(s), 1 warmup x 200 ms, "
                + "1 measurement x 200 ms, JVM args [-Xmx2g]", BenchmarkSummary.RunInfo.of(sample()).toString());
        assertEquals(1, BenchmarkSummary.RunInfo.of(sample()).measurementIterations());
    }

    private static void assertLine(String text, String regex) {
        assertTrue(text.lines().anyMatch(l -> l.strip().matches(regex)), () -> "no line matches " + regex + " in\n" + text);
    }

    private static String print(boolean markdown) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            summary().print(out, markdown);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
