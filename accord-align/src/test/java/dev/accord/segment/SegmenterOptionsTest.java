package dev.accord.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import dev.accord.core.text.Sentence;
import dev.accord.core.text.TextSpan;
import dev.accord.internal.TextChars;
import dev.accord.io.InputFormat;
import dev.accord.io.TextReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Measures the segmentation options on the seed gold, the news texts and the hand-written edge cases, and
 * checks that the standard segmenter is the most accurate of them in both languages.
 *
 * <p>Boundary accuracy: a paragraph's boundaries are the sentence ends inside it, counted in
 * non-space characters (so white space around them does not matter); precision, recall and F1
 * over all boundaries of a set, and the share of paragraphs cut exactly right. The table is
 * printed to the test output.
 */
class SegmenterOptionsTest {

    /** One paragraph and its gold sentences. */
    private record Gold(Language language, String paragraph, List<String> sentences) {
    }

    /** Counts for one option on one set. */
    private record Score(int truePositives, int predicted, int gold, int exact, int paragraphs) {
        double precision() {
            return predicted == 0 ? 1.0 : (double) truePositives / predicted;
        }

        double recall() {
            return gold == 0 ? 1.0 : (double) truePositives / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f exact %d/%d", precision(), recall(), f1(), exact,
                    paragraphs);
        }
    }

    @Test
    void rulesAreAtLeastAsAccurateAsEveryOpenNlpOptionInBothLanguages() throws Exception {
        List<SentenceSegmenter> options = List.of(SentenceSegmenter.standard(), new OpenNlpModelSegmenter(false),
                new OpenNlpModelSegmenter(true));
        Map<String, List<Gold>> sets = new LinkedHashMap<>();
        for (Language language : List.of(Language.NL, Language.FR)) {
            String code = language.iso639_1();
            sets.put(code + " seed", fileGold(language, "/dev/accord/corpus/seed-" + code + ".txt",
                    "/seed/" + code + ".sentences.txt"));
            sets.put(code + " news", fileGold(language, "/segment/" + code + "-news.txt",
                    "/segment/" + code + "-news.sentences.txt"));
            sets.put(code + " edge", (language == Language.NL ? SegmentationCases.dutch() : SegmentationCases.french())
                    .stream().map(c -> new Gold(c.language(), c.paragraph(), c.sentences())).toList());
        }
        StringBuilder table = new StringBuilder("Segmentation options, boundary accuracy:\n");
        for (Map.Entry<String, List<Gold>> set : sets.entrySet()) {
            Score rules = score(options.get(0), set.getValue());
            for (SentenceSegmenter option : options) {
                Score score = score(option, set.getValue());
                table.append(String.format(Locale.ROOT, "  %-8s %-30s %s%n", set.getKey(), option, score));
                assertTrue(rules.f1() >= score.f1(), set.getKey() + ": " + option + " beats the rules: " + score);
            }
            if (!set.getKey().endsWith("edge")) {
                assertEquals(rules.paragraphs(), rules.exact(), set.getKey() + ": " + rules);
            }
        }
        System.out.print(table);
    }

    @Test
    void heldOutTextBergFrenchAndGermanAreMeasuredToo() throws Exception {
        java.nio.file.Path dir = dev.accord.testing.SharedMaterial.requireShared("benchmarks/textberg-de-fr");
        List<SentenceSegmenter> options = List.of(SentenceSegmenter.standard(), new OpenNlpModelSegmenter(false),
                new OpenNlpModelSegmenter(true));
        StringBuilder table = new StringBuilder("Held-out Text+Berg (OCR, tokenised; one article = one paragraph):\n");
        for (Language language : List.of(Language.FR, Language.DE)) {
            List<Gold> golds = new ArrayList<>();
            for (String name : List.of("dev", "test0", "test1", "test2", "test3", "test4", "test5", "test6")) {
                List<String> lines = java.nio.file.Files.readAllLines(dir.resolve(name + "." + language.iso639_1()))
                        .stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
                golds.add(new Gold(language, String.join(" ", lines), lines));
            }
            for (SentenceSegmenter option : options) {
                table.append(String.format(Locale.ROOT, "  %-8s %-30s %s%n", language.iso639_1(), option,
                        score(option, golds)));
            }
        }
        System.out.print(table);
    }

    private static List<Gold> fileGold(Language language, String text, String sentences) throws Exception {
        Document raw = TextReader.of(InputFormat.TEXT).read(SeedSegmentationTest.resource(text), language);
        Document gold = TextReader.of(InputFormat.SENTENCES).read(SeedSegmentationTest.resource(sentences), language);
        List<Gold> result = new ArrayList<>();
        for (int p = 0; p < raw.paragraphs().size(); p++) {
            int paragraph = p;
            result.add(new Gold(language, raw.paragraphText(p), gold.sentences().stream()
                    .filter(s -> s.paragraph() == paragraph).map(Sentence::text).toList()));
        }
        return result;
    }

    private static Score score(SentenceSegmenter segmenter, List<Gold> golds) {
        int tp = 0;
        int predicted = 0;
        int gold = 0;
        int exact = 0;
        for (Gold g : golds) {
            Document d = Document.unsegmented(g.language(), g.paragraph(), List.of(new TextSpan(0, g.paragraph().length())));
            Set<Integer> expected = boundaries(g.sentences());
            Set<Integer> actual = boundaries(segmenter.segment(d).stream().map(Sentence::text).toList());
            gold += expected.size();
            predicted += actual.size();
            Set<Integer> common = new HashSet<>(actual);
            common.retainAll(expected);
            tp += common.size();
            exact += expected.equals(actual) ? 1 : 0;
        }
        return new Score(tp, predicted, gold, exact, golds.size());
    }

    /** Returns the sentence ends inside the paragraph, as counts of non-space characters. */
    private static Set<Integer> boundaries(List<String> sentences) {
        Set<Integer> ends = new HashSet<>();
        int count = 0;
        for (int k = 0; k < sentences.size(); k++) {
            String s = sentences.get(k);
            for (int i = 0; i < s.length(); i++) {
                count += TextChars.isSpace(s.charAt(i)) ? 0 : 1;
            }
            if (k < sentences.size() - 1) {
                ends.add(count);
            }
        }
        return ends;
    }
}
