package dev.accord.spark;

import dev.accord.AccordPipeline;
import dev.accord.Bitext;
import dev.accord.core.align.Alignment;
import dev.accord.core.align.Bead;
import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import dev.accord.io.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import scala.jdk.javaapi.CollectionConverters;

/**
 * What {@link AccordPipeline} gives for a pair when it is run directly, as the command line runs
 * it: the two texts written to files, {@code loadPair}, {@code align}, {@code extract}. The
 * yardstick of the Spark results.
 */
final class PipelineReference {

    /**
     * The expected rows of a pair, as plain lists (see {@link #plain}); {@code error} null when it
     * went through, else the message for the files (Spark's names the texts instead).
     */
    record Expected(List<Object> beads, List<Object> findings, String error) {
    }

    private final AccordPipeline pipeline = AccordPipeline.standard();
    private final Path directory;

    PipelineReference(Path directory) {
        this.directory = directory;
    }

    Expected run(InputPair pair, boolean findings) {
        Path source = directory.resolve(pair.id() + "." + PairColumns.SOURCE_TEXT);
        Path target = directory.resolve(pair.id() + "." + PairColumns.TARGET_TEXT);
        try {
            Files.writeString(source, pair.sourceText(), StandardCharsets.UTF_8);
            Files.writeString(target, pair.targetText(), StandardCharsets.UTF_8);
            Bitext bitext = pipeline.loadPair(source, Language.fromCode(pair.sourceLang()), target,
                    Language.fromCode(pair.targetLang()));
            Alignment alignment = pipeline.align(bitext);
            List<Object> beads = new ArrayList<>();
            for (int i = 0; i < alignment.size(); i++) {
                Bead bead = alignment.beads().get(i);
                beads.add(List.of(i, bead.source(), bead.target(), text(bitext.source(), bead.source()),
                        text(bitext.target(), bead.target()), bead.score(), bead.type()));
            }
            List<Object> found = findings ? plain(FindingRows.of(pipeline.extract(bitext))) : List.of();
            return new Expected(beads, found, null);
        } catch (InvalidInputException e) {
            String error = e.getMessage().replace(source.toString(), PairColumns.SOURCE_TEXT)
                    .replace(target.toString(), PairColumns.TARGET_TEXT);
            return new Expected(List.of(), List.of(), error);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Document document, List<Integer> ids) {
        return String.join(" ", ids.stream().map(id -> document.sentence(id).text()).toList());
    }

    /** Returns rows as nested plain lists, whether they came from Spark (Scala sequences) or from Java lists. */
    static List<Object> plain(List<Row> rows) {
        return rows.stream().map(PipelineReference::plain).toList();
    }

    /** Returns {@code row} from its column {@code from} on, as a plain list. */
    static List<Object> plain(Row row, int from) {
        List<Object> values = new ArrayList<>();
        for (int i = from; i < row.length(); i++) {
            values.add(plainValue(row.get(i)));
        }
        return values;
    }

    private static Object plain(Row row) {
        return plain(row, 0);
    }

    private static Object plainValue(Object value) {
        if (value instanceof Row row) {
            return plain(row);
        }
        if (value instanceof scala.collection.Seq<?> seq) {
            return plainValue(CollectionConverters.asJava(seq));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(PipelineReference::plainValue).toList();
        }
        return value;
    }
}
