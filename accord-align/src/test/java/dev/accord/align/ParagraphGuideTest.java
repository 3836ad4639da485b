package dev.accord.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphGuideTest {

    /** Returns a layout whose paragraphs hold sentences of the given lengths in characters. */
    private static SentenceLayout layout(Language language, int[]... paragraphs) {
        List<List<String>> text = new ArrayList<>();
        for (int[] lengths : paragraphs) {
            List<String> sentences = new ArrayList<>();
            for (int length : lengths) {
                sentences.add("w".repeat(length - 1) + ".");
            }
            text.add(sentences);
        }
        Document document = TestDocuments.of(language, text);
        return SentenceLayout.of(document);
    }

    @Test
    void guideRunsThroughTheStartsOfAlignedParagraphs() {
        // the same paragraphs, cut into sentences differently: 3+2+1 sentences against 1+2+3
        SentenceLayout nl = layout(Language.NL, new int[] {30, 30, 30}, new int[] {100, 100}, new int[] {60});
        SentenceLayout fr = layout(Language.FR, new int[] {90}, new int[] {150, 50}, new int[] {20, 20, 20});
        int[][] guide = ParagraphGuide.guide(nl, fr, 1.0);
        assertEquals(7, guide[0].length, "a point per source position 0..6");
        assertEquals(0, guide[1][0]);
        assertEquals(1, guide[1][3], "second paragraphs start at source 3 and target 1");
        assertEquals(3, guide[1][5], "third paragraphs start at source 5 and target 3");
        assertEquals(6, guide[1][6]);
    }

    @Test
    void twoParagraphsJoinedByTheTranslatorMeetTheirJoinedTranslation() {
        SentenceLayout nl = layout(Language.NL, new int[] {100}, new int[] {300}, new int[] {80}, new int[] {220},
                new int[] {150});
        SentenceLayout fr = layout(Language.FR, new int[] {100}, new int[] {300, 80}, new int[] {220}, new int[] {150});
        int[][] guide = ParagraphGuide.guide(nl, fr, 1.0);
        assertEquals(1, guide[1][1]);
        assertEquals(3, guide[1][3], "after the joined paragraphs both sides are at their fourth sentence");
        assertEquals(4, guide[1][4]);
    }

    @Test
    void noGuideWhenASideHasOneParagraph() {
        SentenceLayout nl = layout(Language.NL, new int[] {40, 50}, new int[] {60});
        SentenceLayout fr = layout(Language.FR, new int[] {40, 50, 60});
        assertNull(ParagraphGuide.guide(nl, fr, 1.0));
    }

    @Test
    void noGuideWhenParagraphCountsDifferByMoreThanAFifth() {
        int[][] ten = new int[10][];
        int[][] seven = new int[7][];
        for (int p = 0; p < 10; p++) {
            ten[p] = new int[] {50};
        }
        for (int p = 0; p < 7; p++) {
            seven[p] = new int[] {70};
        }
        assertNull(ParagraphGuide.guide(layout(Language.NL, ten), layout(Language.FR, seven), 1.0));
    }

    @Test
    void noGuideWhenParagraphsAreLongerThanFiftySentencesOnAverage() {
        int[] long1 = new int[120];
        java.util.Arrays.fill(long1, 40);
        assertNull(ParagraphGuide.guide(layout(Language.NL, long1, long1), layout(Language.FR, long1, long1), 1.0));
    }
}
