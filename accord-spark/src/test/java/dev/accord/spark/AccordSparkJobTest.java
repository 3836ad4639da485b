package dev.accord.spark;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spark-submit entry point's run, on one local[2] session shared by the class. */
class AccordSparkJobTest extends SharedSparkTest {

    @Test
    void jsonLinesInGiveTheSameTablesInParquetAndInJsonLines(@TempDir Path dir) throws Exception {
        List<InputPair> pairs = new ArrayList<>(new TestPairs().pairs(20));
        pairs.add(new InputPair("empty", "", "x", "nl", "fr"));
        Path input = dir.resolve("pairs.jsonl");
        DataFormat.JSONL.write(TestPairs.dataset(spark, pairs, 2), input.toString(), SaveMode.ErrorIfExists);

        PairCounters parquet = AccordSparkJob.run(spark, JobArguments.parse(input.toString(), dir.resolve("pq").toString(),
                "--findings", "--partitions", "3"));
        PairCounters jsonl = AccordSparkJob.run(spark, JobArguments.parse(input.toString(), dir.resolve("js").toString(),
                "--findings", "--output-format", "jsonl"));

        assertAll(
                () -> assertEquals(new PairCounters(21, 1), parquet),
                () -> assertEquals(parquet, jsonl),
                () -> assertSameRows(dir.resolve("pq/beads"), dir.resolve("js/beads")),
                () -> assertSameRows(dir.resolve("pq/findings"), dir.resolve("js/findings")),
                () -> assertSameRows(dir.resolve("pq/summaries"), dir.resolve("js/summaries")),
                () -> assertEquals(21, spark.read().parquet(dir.resolve("pq/summaries").toString()).count()),
                () -> assertEquals("source text: the text is empty", spark.read().parquet(dir.resolve("pq/summaries")
                        .toString()).where("id = 'empty'").first().getAs("error")));
    }

    @Test
    void numberIdsInJsonLinesBecomeStrings(@TempDir Path dir) throws Exception {
        InputPair seed = TestPairs.seed("7");
        Path input = dir.resolve("pairs.jsonl");
        Files.writeString(input, "{\"id\":7,\"source_text\":" + TestPairs.jsonString(seed.sourceText()) + ",\"target_text\":"
                + TestPairs.jsonString(seed.targetText()) + ",\"source_lang\":\"nl\",\"target_lang\":\"fr\",\"extra\":true}\n",
                StandardCharsets.UTF_8);

        AccordSparkJob.run(spark, JobArguments.parse(input.toString(), dir.resolve("out").toString()));

        Dataset<Row> beads = spark.read().parquet(dir.resolve("out/beads").toString());
        assertEquals(List.of("7"), beads.select("id").distinct().as(org.apache.spark.sql.Encoders.STRING()).collectAsList());
        assertEquals(18, beads.count());
    }

    @Test
    void anExistingOutputIsKeptUnlessOverwriteIsGiven(@TempDir Path dir) {
        Path input = dir.resolve("pairs.parquet");
        DataFormat.PARQUET.write(TestPairs.dataset(spark, List.of(TestPairs.seed("s")), 1), input.toString(),
                SaveMode.ErrorIfExists);
        String out = dir.resolve("out").toString();
        AccordSparkJob.run(spark, JobArguments.parse(input.toString(), out));

        Exception e = assertThrows(Exception.class, () -> AccordSparkJob.run(spark, JobArguments.parse(input.toString(), out)));
        assertEquals("PATH_ALREADY_EXISTS", ((org.apache.spark.SparkThrowable) e).getCondition());
        assertEquals(new PairCounters(1, 0), AccordSparkJob.run(spark, JobArguments.parse(input.toString(), out,
                "--overwrite")));
    }

    /** Asserts that a Parquet table and a JSON Lines table, read with the Parquet one's schema, hold the same rows. */
    private static void assertSameRows(Path parquet, Path jsonl) {
        Dataset<Row> expected = spark.read().parquet(parquet.toString());
        Dataset<Row> actual = spark.read().schema(expected.schema()).json(jsonl.toString());
        assertEquals(sorted(expected), sorted(actual));
    }

    private static List<String> sorted(Dataset<Row> rows) {
        return rows.toJSON().collectAsList().stream().sorted().toList();
    }
}
