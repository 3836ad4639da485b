package dev.accord.spark;

import java.util.Locale;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/** The file formats a run reads pairs from and writes tables to: Parquet and JSON Lines. */
public enum DataFormat {
    /** Apache Parquet: a directory of {@code .parquet} files, or one file. */
    PARQUET,
    /** JSON Lines: one JSON object a line, in a directory of files or one file. */
    JSONL;

    /** Returns the name used on the command line: {@code parquet} or {@code jsonl}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a command-line name, ignoring case.
     *
     * @throws IllegalArgumentException if the name is neither {@code parquet} nor {@code jsonl}
     */
    public static DataFormat fromCliName(String name) {
        Objects.requireNonNull(name, "name");
        for (DataFormat f : values()) {
            if (f.cliName().equalsIgnoreCase(name.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "': expected parquet or jsonl");
    }

    /**
     * Returns the format a path's name suggests: {@code .jsonl}, {@code .json} or {@code .ndjson}
     * for JSON Lines, anything else Parquet (Spark's own default, whose directories often have no
     * extension).
     */
    public static DataFormat ofPath(String path) {
        String name = Objects.requireNonNull(path, "path").toLowerCase(Locale.ROOT).replaceAll("/+$", "");
        return name.endsWith(".jsonl") || name.endsWith(".json") || name.endsWith(".ndjson") ? JSONL : PARQUET;
    }

    /**
     * Reads pairs from {@code path}; the result has at least the columns of {@link PairColumns}.
     * JSON Lines are read with {@link PairColumns#SCHEMA}, so a missing field is a null and a
     * number id becomes its string; Parquet with the schema its files hold.
     */
    public Dataset<Row> readPairs(SparkSession spark, String path) {
        return switch (this) {
            case PARQUET -> spark.read().parquet(path);
            case JSONL -> spark.read().schema(PairColumns.SCHEMA).json(path);
        };
    }

    /** Writes {@code table} to the directory {@code path}, as Spark does: one file per partition. */
    public void write(Dataset<Row> table, String path, SaveMode mode) {
        switch (this) {
            case PARQUET -> table.write().mode(mode).parquet(path);
            case JSONL -> table.write().mode(mode).json(path);
        }
    }
}
