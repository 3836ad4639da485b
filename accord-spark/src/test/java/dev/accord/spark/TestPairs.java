package dev.accord.spark;

import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import dev.accord.io.BundledCorpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/**
 * Dutch–French pairs for the tests and the measurement, made deterministically from the bundled
 * seed articles and accord-align's news test texts: 13 paragraph pairs, of which each pair takes
 * a seeded random selection, in a random order, sometimes with a paragraph left out of the French
 * side.
 */
final class TestPairs {

    /** accord-align's news texts, three paragraphs a side, written after the segmentation rules. */
    private static final Path NEWS = Path.of("..", "accord-align", "src", "test", "resources", "segment");

    /** One in this many pairs loses a French paragraph, so that it has one-sided beads. */
    private static final int DROP_EVERY = 5;

    private final List<String> dutch = new ArrayList<>();
    private final List<String> french = new ArrayList<>();

    TestPairs() {
        dutch.addAll(paragraphs(BundledCorpus.seed(Language.NL)));
        french.addAll(paragraphs(BundledCorpus.seed(Language.FR)));
        dutch.addAll(paragraphs(read("nl-news.txt")));
        french.addAll(paragraphs(read("fr-news.txt")));
        if (dutch.size() != french.size()) {
            throw new IllegalStateException("the test texts are not paragraph-parallel: " + dutch.size() + " Dutch, "
                    + french.size() + " French paragraphs");
        }
    }

    /** Returns {@code count} pairs with ids {@code pair-0, pair-1, ...}: id, source, target, nl, fr. */
    List<InputPair> pairs(int count) {
        return IntStream.range(0, count).mapToObj(this::pair).toList();
    }

    /** Returns the whole seed article pair, Dutch source, French target. */
    static InputPair seed(String id) {
        return new InputPair(id, BundledCorpus.seed(Language.NL).text(), BundledCorpus.seed(Language.FR).text(), "nl",
                "fr");
    }

    private InputPair pair(int k) {
        Random random = new Random(k);
        List<Integer> order = new ArrayList<>(IntStream.range(0, dutch.size()).boxed().toList());
        Collections.shuffle(order, random);
        List<Integer> chosen = order.subList(0, 1 + random.nextInt(order.size()));
        List<Integer> frenchChosen = new ArrayList<>(chosen);
        if (chosen.size() > 2 && k % DROP_EVERY == 0) {
            frenchChosen.remove(random.nextInt(frenchChosen.size()));
        }
        return new InputPair("pair-" + k, join(dutch, chosen), join(french, frenchChosen), "nl", "fr");
    }

    /** Returns {@code pairs} as a dataset with the columns of {@link PairColumns}, in {@code partitions} partitions. */
    static Dataset<Row> dataset(SparkSession spark, List<InputPair> pairs, int partitions) {
        List<Row> rows = pairs.stream()
                .map(p -> RowFactory.create(p.id(), p.sourceText(), p.targetText(), p.sourceLang(), p.targetLang()))
                .toList();
        return spark.createDataFrame(rows, PairColumns.SCHEMA).repartition(partitions);
    }

    /** Returns {@code text} as a JSON string; the test texts hold no control characters but line feeds. */
    static String jsonString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private static String join(List<String> paragraphs, List<Integer> chosen) {
        return String.join("\n\n", chosen.stream().map(paragraphs::get).toList()) + "\n";
    }

    private static List<String> paragraphs(Document document) {
        return IntStream.range(0, document.paragraphs().size()).mapToObj(document::paragraphText).toList();
    }

    private static List<String> paragraphs(String text) {
        return Arrays.stream(text.strip().split("\n\\s*\n")).map(String::strip).toList();
    }

    private static String read(String name) {
        try {
            return Files.readString(NEWS.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("accord-align's test text " + NEWS.resolve(name) + " is missing", e);
        }
    }
}
