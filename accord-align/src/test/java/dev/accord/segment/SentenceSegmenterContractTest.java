package dev.accord.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import dev.accord.core.text.Sentence;
import dev.accord.core.text.TextSpan;
import dev.accord.internal.TextChars;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The contract of {@link SentenceSegmenter}, run against every implementation: extend it and
 * return the implementation from {@link #segmenter()}.
 */
abstract class SentenceSegmenterContractTest {

    /** Pieces random paragraphs are made of: words, numbers, abbreviations, punctuation, odd spaces. */
    private static final String[] PIECES = {
        "akkoord", "Microsoft", "l'accord", "signé", "bedrijven", "Genève", "o.a.", "M.", "Mme", "p. ex.", "etc.",
        "dhr.", "J.-C.", "3,5", "1.000", "1 000", "2e", "1er", "www.example.org", "info@accord.nl", ".", ".", ".",
        "?", "!", "...", "…", "?!", "«", "»", "(", ")", "[", "]", "'", "\"", "“", "”", "„", "’s", ":", ";", ",",
        "\n", "\t", "\u00A0", "\u202F", "\u200B", "😀", "e\u0301", "\u05E9\u05DC\u05D5\u05DD", "\u0007", "A.", "Z"
    };

    abstract SentenceSegmenter segmenter();

    private List<Sentence> segment(Language language, String text, List<TextSpan> paragraphs) {
        Document document = Document.unsegmented(language, text, paragraphs);
        List<Sentence> sentences = segmenter().segment(document);
        document.withSentences(sentences); // the Document checks order, numbering, spans and text
        return sentences;
    }

    @Test
    void documentWithoutParagraphsYieldsNoSentences() {
        assertEquals(List.of(), segment(Language.NL, "", List.of()));
        assertEquals(List.of(), segment(Language.FR, "   ", List.of()));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void paragraphWithoutFinalPunctuationIsOneSentence(Language language) {
        String heading = "Google, Apple et Amazon brillent par leur absence";
        List<Sentence> sentences = segment(language, heading, List.of(new TextSpan(0, heading.length())));
        assertEquals(1, sentences.size());
        assertEquals(heading, sentences.get(0).text());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void randomParagraphsLoseNoCharacterAndSpansAreTrimmed(Language language) {
        Random random = new Random(20261123L + language.ordinal());
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            List<TextSpan> paragraphs = new ArrayList<>();
            int count = 1 + random.nextInt(4);
            for (int p = 0; p < count; p++) {
                text.append(p == 0 ? "" : "\n\n");
                int start = text.length();
                text.append("Begin");
                int pieces = random.nextInt(60);
                for (int k = 0; k < pieces; k++) {
                    text.append(random.nextInt(3) == 0 ? "" : " ").append(PIECES[random.nextInt(PIECES.length)]);
                }
                text.append(" eind");
                paragraphs.add(new TextSpan(start, text.length()));
            }
            String s = text.toString();
            List<Sentence> sentences = segment(language, s, paragraphs);
            for (int p = 0; p < paragraphs.size(); p++) {
                StringBuilder joined = new StringBuilder();
                for (Sentence sentence : sentences) {
                    if (sentence.paragraph() == p) {
                        joined.append(sentence.text());
                    }
                }
                assertEquals(withoutSpace(paragraphs.get(p).coveredText(s)), withoutSpace(joined), "round " + round);
            }
            for (Sentence sentence : sentences) {
                assertFalse(sentence.text().isEmpty(), sentence.toString());
                assertFalse(TextChars.isSpace(sentence.text().charAt(0)), sentence.toString());
                assertFalse(TextChars.isSpace(sentence.text().charAt(sentence.length() - 1)), sentence.toString());
            }
        }
    }

    @Test
    void randomCharactersNeverBreakTheContract() {
        String alphabet = "aZé .?!…\n\n\t\u00A0()[]«»\"'’“”„-•*0123456789,:;\uD83D\uDE00\uD800\u0301";
        Random random = new Random(7);
        for (int round = 0; round < 2000; round++) {
            StringBuilder sb = new StringBuilder();
            int length = 1 + random.nextInt(80);
            for (int k = 0; k < length; k++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            int start = TextChars.skipSpace(text, 0, text.length());
            int end = TextChars.trimEnd(text, start, text.length());
            List<TextSpan> paragraphs = start < end ? List.of(new TextSpan(start, end)) : List.of();
            List<Sentence> sentences = segment(Language.values()[round % Language.values().length], text, paragraphs);
            StringBuilder joined = new StringBuilder();
            sentences.forEach(x -> joined.append(x.text()));
            assertEquals(withoutSpace(text), withoutSpace(joined), "round " + round + ": " + text);
        }
    }

    @Test
    void existingSentencesDoNotChangeTheResult() {
        String text = "Een zin. Nog een zin.";
        Document plain = Document.unsegmented(Language.NL, text, List.of(new TextSpan(0, text.length())));
        Document presplit = plain.withSentences(List.of(new Sentence(0, 0, new TextSpan(0, text.length()), text)));
        assertEquals(segmenter().segment(plain), segmenter().segment(presplit));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // a guard against a hang, not a speed measurement
    void fiveMegabyteParagraphWithoutPunctuationIsOneSentence() {
        StringBuilder big = new StringBuilder(5_100_000);
        while (big.length() < 5_000_000) {
            big.append("woord (zonder 'punt « en ");
        }
        String text = big.toString().strip();
        List<Sentence> sentences = segment(Language.NL, text, List.of(new TextSpan(0, text.length())));
        assertEquals(1, sentences.size());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // a guard against a hang, not a speed measurement
    void megabyteTokenAndManyShortSentencesAreHandled() {
        StringBuilder big = new StringBuilder(3_000_000);
        big.append("x".repeat(1_000_000)).append(". ");
        for (int i = 0; big.length() < 2_500_000; i++) {
            big.append("Zin ").append(i).append(i % 2 == 0 ? ". " : "? ");
        }
        String text = big.toString().strip();
        List<Sentence> sentences = segment(Language.FR, text, List.of(new TextSpan(0, text.length())));
        assertTrue(sentences.size() > 100_000, "sentences: " + sentences.size());
        assertEquals(1_000_001, sentences.get(0).length());
    }

    private static String withoutSpace(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (!TextChars.isSpace(s.charAt(i))) {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }
}
