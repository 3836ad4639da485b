package dev.accord.segment;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import dev.accord.core.text.TextSpan;
import dev.accord.testing.Scaling;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RuleBasedSegmenterTest extends SentenceSegmenterContractTest {

    @Override
    SentenceSegmenter segmenter() {
        return SentenceSegmenter.standard();
    }

    /**
     * One paragraph of about {@code words} words: sentences with abbreviations, numbers, quotes and
     * brackets, some of them never closed ({@code pieces}), or ({@code bare}) words without any
     * punctuation at all.
     */
    private static Document paragraph(String kind, int words) {
        String piece = kind.equals("bare") ? "woord en nog een woord "
                : "Dr. Jansen zei (in 2019: «het werkt» ( dat art. 5 geldt [. Daarna 3.5 % ... ";
        int perPiece = piece.split(" ").length;
        String text = piece.repeat(Math.max(1, words / perPiece)).strip();
        return Document.unsegmented(Language.NL, text, List.of(new TextSpan(0, text.length())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pieces", "bare"})
    void costIsLinearInWordsPerParagraph(String kind) {
        SentenceSegmenter segmenter = segmenter();
        Scaling.assertLinear("words per paragraph (" + kind + ")", n -> paragraph(kind, n),
                document -> assertFalse(segmenter.segment(document).isEmpty()), 50_000);
    }
}
