package dev.accord.align;

import static dev.accord.align.AlignmentAssertions.assertValidAlignment;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import dev.accord.testing.Scaling;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The full aligner's cost grows linearly in every dimension of its input: sentences, words per
 * sentence (the word-translation model and the dictionary's links once built a cell or copied an
 * array for every pair of words of a sentence), dictionary entries and sentences per paragraph.
 * Each test compares two sizes in the same run ({@link Scaling}); none has a time limit.
 */
class ScalingAlignmentTest {

    /** A distinct pseudo-word for each number: letters only, so that no two numbers share a form. */
    static String word(int number, String prefix) {
        StringBuilder w = new StringBuilder(prefix);
        int x = number;
        do {
            w.append((char) ('a' + x % 26));
            x /= 26;
        } while (x > 0);
        return w.append('q').toString();
    }

    /** The source and target sentences of {@code words} distinct words, cut every {@code perSentence} words. */
    private static Document text(Language language, int words, int perSentence, int perParagraph) {
        List<List<String>> paragraphs = new ArrayList<>();
        List<String> paragraph = new ArrayList<>();
        StringBuilder sentence = new StringBuilder();
        for (int w = 0; w < words; w++) {
            sentence.append(sentence.isEmpty() ? "" : " ").append(word(w, "zo"));
            if ((w + 1) % perSentence == 0 || w + 1 == words) {
                paragraph.add(sentence.append('.').toString());
                sentence.setLength(0);
                if (paragraph.size() == perParagraph) {
                    paragraphs.add(paragraph);
                    paragraph = new ArrayList<>();
                }
            }
        }
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph);
        }
        return TestDocuments.of(language, paragraphs);
    }

    /** A dictionary that links each of the first {@code entries} words to itself and to a second form. */
    private static BilingualDictionary dictionary(int entries) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        for (int w = 0; w < entries; w++) {
            pairs.add(Map.entry(word(w, "zo"), word(w, "zo")));
            pairs.add(Map.entry(word(w, "zo"), word(w, "la")));
        }
        return BilingualDictionary.of(pairs);
    }

    private record Pair(Document source, Document target, SentenceAligner aligner) {
        void align() {
            assertValidAlignment(source, target, aligner.align(source, target));
        }
    }

    @Test
    void costIsLinearInSentences() {
        SentenceAligner aligner = SentenceAligner.standard();
        // below the aligner's threshold for normalising the target on a second thread
        Scaling.assertLinear("sentences", n -> {
            Random random = new Random(n);
            return new Pair(TestDocuments.random(Language.NL, random, n), TestDocuments.random(Language.FR, random, n),
                    aligner);
        }, Pair::align, 400);
    }

    @Test
    void costIsLinearInWordsOfOneSentenceWithADictionaryForEveryWord() {
        Scaling.assertLinear("words in one sentence", n -> new Pair(text(Language.NL, n, n, 1),
                text(Language.FR, n, n, 1),
                SentenceAligner.create(AlignerOptions.builder().dictionary(dictionary(n)).build())), Pair::align, 20_000);
    }

    @Test
    void costIsLinearInDictionaryEntries() {
        Document source = text(Language.NL, 2_000, 20, 5);
        Document target = text(Language.FR, 2_000, 20, 5);
        Scaling.assertLinear("dictionary entries", n -> new Pair(source, target,
                SentenceAligner.create(AlignerOptions.builder().dictionary(dictionary(n)).build())), Pair::align, 20_000);
    }

    @Test
    void costIsLinearInSentencesPerParagraph() {
        SentenceAligner aligner = SentenceAligner.standard();
        Scaling.assertLinear("sentences per paragraph", n -> new Pair(text(Language.NL, 12 * n, 12, n),
                text(Language.FR, 12 * n, 12, n), aligner), Pair::align, 300);
    }

    @Test
    void longSentenceOfDistinctWordsIsNotLeftUnaligned() {
        int words = 20_000;
        Pair pair = new Pair(text(Language.NL, words, words, 1), text(Language.FR, words, words, 1), SentenceAligner.standard());
        String shape = pair.aligner.align(pair.source, pair.target).beads().get(0).type();
        assertEquals("1-1", shape, String.format(Locale.ROOT, "%,d words", words));
    }
}
