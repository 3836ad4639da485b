package dev.accord.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.accord.align.AlignmentMethod;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class JobArgumentsTest {

    @Test
    void defaultsAreTheCommandLinesWithParquetOut() {
        JobArguments args = JobArguments.parse("in/pairs.jsonl", "out");
        assertEquals(new JobArguments("in/pairs.jsonl", "out", DataFormat.JSONL, DataFormat.PARQUET,
                SparkOptions.defaults(), 0, false), args);
    }

    @Test
    void everyOptionIsRead() {
        JobArguments args = JobArguments.parse("--input-format", "parquet", "in.jsonl", "--output-format", "JSONL",
                "--findings", "--force", "--method", "length", "--max-bead", "4", "--hard-paragraphs",
                "--partitions", "16", "--overwrite", "out");
        assertEquals(new JobArguments("in.jsonl", "out", DataFormat.PARQUET, DataFormat.JSONL,
                SparkOptions.builder().findings(true).force(true).method(AlignmentMethod.LENGTH).maxBeadSize(4)
                        .hardParagraphs(true).build(), 16, true), args);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "in                              | expected INPUT and OUTPUT, got 1 path(s): [in]",
        "in out more                     | expected INPUT and OUTPUT, got 3 path(s): [in, out, more]",
        "in out --bogus                  | unknown option '--bogus'",
        "in out --max-bead 9             | maxBeadSize must be in 1..6, got 9",
        "in out --partitions many        | --partitions needs a whole number, got 'many'",
        "in out --partitions -1          | --partitions must be positive, got -1",
        "in out --output-format csv      | unknown format 'csv': expected parquet or jsonl",
        "in out --method                 | --method needs a value",
    })
    void badCommandLinesAreRefusedInOneLine(String line, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JobArguments.parse(line.strip().split(" +")));
        assertEquals(message, e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"pairs.jsonl, JSONL", "PAIRS.JSON, JSONL", "dir.ndjson/, JSONL", "pairs.parquet, PARQUET",
        "hdfs://corpus/pairs, PARQUET"})
    void theInputFormatFollowsThePathsExtension(String path, DataFormat format) {
        assertEquals(format, DataFormat.ofPath(path));
    }
}
