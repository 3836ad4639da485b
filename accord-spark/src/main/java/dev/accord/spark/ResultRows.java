package dev.accord.spark;

import dev.accord.core.align.Alignment;
import dev.accord.core.align.Bead;
import dev.accord.core.extract.BilingualReport;
import dev.accord.core.text.Document;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The one row a pair becomes inside a run, from which {@link PairResults} projects the beads,
 * findings and summary tables: the summary's columns, then the pair's beads and findings as
 * arrays. Computing everything in one row lets the pipeline run once per pair however many tables
 * are written.
 */
final class ResultRows {

    /** The {@code status} of a pair that went through. */
    static final String OK = "ok";
    /** The {@code status} of a pair that could not be used; {@code error} says why. */
    static final String FAILED = "failed";

    /** The nested columns, dropped from the summary and exploded into the other tables. */
    static final String BEAD_ROWS = "bead_rows";
    static final String FINDING_ROWS = "finding_rows";

    /** One bead, without the pair's id; {@code source_text} joins a side's sentences with a space. */
    static final StructType BEAD = new StructType()
            .add("bead", DataTypes.IntegerType, false)
            .add("source_ids", DataTypes.createArrayType(DataTypes.IntegerType, false), false)
            .add("target_ids", DataTypes.createArrayType(DataTypes.IntegerType, false), false)
            .add("source_text", DataTypes.StringType, false)
            .add("target_text", DataTypes.StringType, false)
            .add("score", DataTypes.DoubleType, false)
            .add("type", DataTypes.StringType, false);

    /**
     * The summary's columns: the pair's id, {@value #OK} or {@value #FAILED}, the error (null
     * when ok), the languages as given, the number of sentences on each side and of beads (null
     * when failed), and the reconciliation's agreements and disagreements (null unless findings
     * were extracted).
     */
    static final StructType SUMMARY = new StructType()
            .add(PairColumns.ID, DataTypes.StringType, true)
            .add("status", DataTypes.StringType, false)
            .add("error", DataTypes.StringType, true)
            .add(PairColumns.SOURCE_LANG, DataTypes.StringType, true)
            .add(PairColumns.TARGET_LANG, DataTypes.StringType, true)
            .add("source_sentences", DataTypes.IntegerType, true)
            .add("target_sentences", DataTypes.IntegerType, true)
            .add("beads", DataTypes.IntegerType, true)
            .add("agreements", DataTypes.IntegerType, true)
            .add("disagreements", DataTypes.IntegerType, true);

    /** The whole row: the summary, then the beads and findings. */
    static final StructType SCHEMA = SUMMARY
            .add(BEAD_ROWS, DataTypes.createArrayType(BEAD, false), false)
            .add(FINDING_ROWS, DataTypes.createArrayType(FindingRows.SCHEMA, false), false);

    private ResultRows() {
    }

    /**
     * Returns the row of a pair that went through.
     *
     * @param report the findings and reconciliation, or null if none were extracted
     */
    static Row aligned(InputPair pair, Document source, Document target, Alignment alignment, BilingualReport report) {
        List<Row> beads = new ArrayList<>(alignment.size());
        for (int i = 0; i < alignment.size(); i++) {
            Bead bead = alignment.beads().get(i);
            beads.add(RowFactory.create(i, array(bead.source()), array(bead.target()), source.sentencesText(bead.source()),
                    target.sentencesText(bead.target()), bead.score(), bead.type()));
        }
        Integer agreements = report == null ? null : report.reconciliation().agreements().size();
        Integer disagreements = report == null ? null : report.reconciliation().disagreements().size();
        return RowFactory.create(pair.id(), OK, null, pair.sourceLang(), pair.targetLang(), source.size(), target.size(),
                alignment.size(), agreements, disagreements, array(beads),
                array(report == null ? List.of() : FindingRows.of(report)));
    }

    /** Returns the row of a pair that could not be used. */
    static Row failed(InputPair pair, String error) {
        return RowFactory.create(pair.id(), FAILED, error, pair.sourceLang(), pair.targetLang(), null, null, null, null, null,
                array(List.of()), array(List.of()));
    }

    /**
     * Returns {@code list} as the value of an array column: Spark's row encoder takes Scala
     * sequences, not Java lists.
     */
    static <T> Seq<T> array(List<T> list) {
        return CollectionConverters.asScala(list).toSeq();
    }

    /** Returns true if {@code row}, made by this class, is the row of a failed pair. */
    static boolean isFailed(Row row) {
        return FAILED.equals(row.getString(SUMMARY.fieldIndex("status")));
    }

}
