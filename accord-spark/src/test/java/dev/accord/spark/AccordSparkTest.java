package dev.accord.spark;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs on one local[2] Spark session shared by the class; pairs are compared with {@link PipelineReference}. */
class AccordSparkTest extends SharedSparkTest {

    /** A few hundred pairs, enough for several partitions on each of the two task threads. */
    private static final int PAIRS = 300;

    @Test
    void everyPairGivesTheBeadsAndFindingsOfThePipelineRunDirectly(@TempDir Path files) {
        List<InputPair> pairs = new ArrayList<>(new TestPairs().pairs(PAIRS));
        pairs.add(TestPairs.seed("seed"));
        try (PairResults results = AccordSpark.process(TestPairs.dataset(spark, pairs, 8),
                SparkOptions.builder().findings(true).build())) {
            Map<String, Row> summaries = byId(results.summaries().collectAsList());
            Map<String, List<Object>> beads = grouped(results.beads().collectAsList());
            Map<String, List<Object>> findings = grouped(results.findings().collectAsList());

            PipelineReference reference = new PipelineReference(files);
            assertEquals(pairs.size(), summaries.size());
            for (InputPair pair : pairs) {
                PipelineReference.Expected expected = reference.run(pair, true);
                Row summary = summaries.get(pair.id());
                assertAll(pair.id(),
                        () -> assertEquals(expected.error() == null, summary.getAs("error") == null,
                                () -> expected.error() + " / " + summary.getAs("error")),
                        () -> assertEquals(expected.beads(), beads.getOrDefault(pair.id(), List.of())),
                        () -> assertEquals(expected.findings(), findings.getOrDefault(pair.id(), List.of())),
                        () -> assertEquals(expected.error() == null ? expected.beads().size() : null,
                                summary.<Integer>getAs("beads")));
            }
            assertEquals(new PairCounters(pairs.size(), results.summaries().where("status = 'failed'").count()),
                    results.counters());
            assertTrue(results.counters().succeeded() > PAIRS * 9 / 10, "most test pairs align: " + results.counters());
        }
    }

    @Test
    void theSeedPairHasItsKnownBeadsAndFindings() {
        try (PairResults results = AccordSpark.process(TestPairs.dataset(spark, List.of(TestPairs.seed("seed")), 1),
                SparkOptions.builder().findings(true).build())) {
            Row summary = results.summaries().first();
            List<Row> microsoft = results.findings().where("subject = 'Microsoft'").orderBy("side").collectAsList();
            Row lastBead = results.beads().orderBy(functions.desc("bead")).first();
            assertAll(
                    () -> assertEquals(List.of("ok", 18, 20, 18, 26, 0), PipelineReference.plain(summary, 1).stream()
                            .filter(v -> v != null && !"nl".equals(v) && !"fr".equals(v)).toList()),
                    () -> assertEquals(List.of(17, List.of(17), List.of(17, 18, 19), "1-3"), List.of(lastBead.<Integer>getAs("bead"),
                            lastBead.getList(lastBead.fieldIndex("source_ids")),
                            lastBead.getList(lastBead.fieldIndex("target_ids")), lastBead.<String>getAs("type"))),
                    () -> assertEquals(List.of("source", "target"), microsoft.stream().map(r -> r.getAs("side")).toList()),
                    () -> assertEquals(List.of("INITIATOR, SIGNATORY", "INITIATOR, SIGNATORY"),
                            microsoft.stream().map(r -> r.getAs("value")).toList()),
                    () -> assertEquals(List.of(0, 13), microsoft.get(0).getList(microsoft.get(0).fieldIndex("sentences"))));
        }
    }

    @Test
    void badPairsBecomeFailedRowsWithTheirReasonAndTheJobGoesOn() {
        String nl = TestPairs.seed("x").sourceText();
        String fr = TestPairs.seed("x").targetText();
        List<InputPair> pairs = List.of(
                new InputPair("empty", "", fr, "nl", "fr"),
                new InputPair("blank", nl, " \n\t\n", "nl", "fr"),
                new InputPair("binary", "x\0y\0z", fr, "nl", "fr"),
                new InputPair("swapped", fr, nl, "nl", "fr"),
                new InputPair("unknown-language", nl, fr, "nl", "xx"),
                new InputPair("null-text", nl, null, "nl", "fr"),
                new InputPair("null-language", nl, fr, null, "fr"),
                TestPairs.seed("good-1"),
                TestPairs.seed("good-2"));
        try (PairResults results = AccordSpark.process(TestPairs.dataset(spark, pairs, 3))) {
            Map<String, String> errors = results.summaries().collectAsList().stream().collect(Collectors.toMap(
                    r -> r.getAs("id"), r -> r.getAs("status") + ": " + r.getAs("error")));
            assertEquals(Map.of(
                    "empty", "failed: source text: the text is empty",
                    "blank", "failed: target text: the text holds only white space, no text",
                    "binary", "failed: source text: looks like a binary file, not text (NUL character at character offset 1)",
                    "swapped", "failed: source text: looks French (fra, confidence 1.00) and target text looks Dutch "
                            + "(nld, confidence 1.00): the two texts seem swapped (given as Dutch and French); to "
                            + "align it anyway, turn the language check off: --force (SparkOptions.builder().force(true))",
                    "unknown-language", "failed: target_lang: unknown language code 'xx': expected one of nl/nld, "
                            + "fr/fra, de/deu, en/eng",
                    "null-text", "failed: target_text is null",
                    "null-language", "failed: source_lang is null",
                    "good-1", "ok: null",
                    "good-2", "ok: null"), errors);
            assertEquals(new PairCounters(9, 7), results.counters());
            assertEquals(List.of("good-1", "good-2"),
                    results.beads().select("id").distinct().orderBy("id").as(Encoders.STRING())
                            .collectAsList());
        }
    }

    @Test
    void emptyInputGivesEmptyTablesAndZeroCounters() {
        try (PairResults results = AccordSpark.process(TestPairs.dataset(spark, List.of(), 2),
                SparkOptions.builder().findings(true).build())) {
            assertAll(
                    () -> assertEquals(0, results.summaries().count()),
                    () -> assertEquals(0, results.beads().count()),
                    () -> assertEquals(0, results.findings().count()),
                    () -> assertEquals(new PairCounters(0, 0), results.counters()),
                    () -> assertEquals(List.of("id", "bead", "source_ids", "target_ids", "source_text", "target_text",
                            "score", "type"), List.of(results.beads().columns())));
        }
    }

    @Test
    void pairsWithoutAColumnAreRefusedWithItsName() {
        Dataset<Row> pairs = TestPairs.dataset(spark, List.of(TestPairs.seed("s")), 1).drop("target_lang");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AccordSpark.process(pairs));
        assertEquals("the pairs have no column target_lang: expected [id, source_text, target_text, source_lang, "
                + "target_lang], got [id, source_text, target_text, source_lang]", e.getMessage());
    }

    private static Map<String, Row> byId(List<Row> rows) {
        return rows.stream().collect(Collectors.toMap(r -> r.getAs("id"), Function.identity()));
    }

    /** Returns the rows of each id, without the id, as plain lists, in the order Spark returned them. */
    private static Map<String, List<Object>> grouped(List<Row> rows) {
        Map<String, List<Object>> grouped = new LinkedHashMap<>();
        for (Row row : rows) {
            grouped.computeIfAbsent(row.getAs("id"), id -> new ArrayList<>()).add(PipelineReference.plain(row, 1));
        }
        return grouped;
    }
}
