package dev.accord.spark;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The input of a Spark run: one row per document pair, with the columns {@value #ID},
 * {@value #SOURCE_TEXT}, {@value #TARGET_TEXT}, {@value #SOURCE_LANG} and {@value #TARGET_LANG}.
 *
 * <p>The texts are running text as a file would hold it (paragraphs separated by blank lines);
 * the languages are codes {@link dev.accord.core.text.Language#fromCode} accepts ({@code nl},
 * {@code fra}, ...). The id is any value that can be cast to a string (a string, a number); it
 * identifies the pair in every output row. Other columns are ignored.
 */
public final class PairColumns {

    /** The pair's id. */
    public static final String ID = "id";
    /** The source text. */
    public static final String SOURCE_TEXT = "source_text";
    /** The target text, a translation of the source. */
    public static final String TARGET_TEXT = "target_text";
    /** The source language code. */
    public static final String SOURCE_LANG = "source_lang";
    /** The target language code. */
    public static final String TARGET_LANG = "target_lang";

    private static final List<String> NAMES = List.of(ID, SOURCE_TEXT, TARGET_TEXT, SOURCE_LANG, TARGET_LANG);

    /** The input schema, all strings, all nullable (a null becomes a failed pair, not a failed job). */
    public static final StructType SCHEMA = DataTypes.createStructType(NAMES.stream()
            .map(name -> DataTypes.createStructField(name, DataTypes.StringType, true))
            .toArray(StructField[]::new));

    private PairColumns() {
    }

    /**
     * Returns the five columns of {@code pairs}, in {@link #SCHEMA}'s order and types.
     *
     * @throws IllegalArgumentException if a column is missing; the message names the missing
     *     columns and the ones there are
     */
    static Dataset<Row> select(Dataset<Row> pairs) {
        List<String> present = Arrays.asList(pairs.columns());
        List<String> missing = NAMES.stream().filter(name -> !present.contains(name)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the pairs have no column %s: expected %s, got %s", String.join(", ", missing), NAMES, present));
        }
        return pairs.select(NAMES.stream()
                .map(name -> functions.col(name).cast(DataTypes.StringType))
                .toArray(Column[]::new));
    }
}
