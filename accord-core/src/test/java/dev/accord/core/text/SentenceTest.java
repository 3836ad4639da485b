package dev.accord.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SentenceTest {

    @Test
    void holdsIndexParagraphSpanAndText() {
        Sentence s = new Sentence(3, 1, new TextSpan(10, 16), "Apple.");
        assertEquals(3, s.index());
        assertEquals(1, s.paragraph());
        assertEquals(6, s.length());
        assertEquals("#3 [10..16) Apple.", s.toString());
    }

    @Test
    void rejectsNegativeIndex() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Sentence(-1, 0, new TextSpan(0, 2), "Ja"));
        assertEquals("sentence index must be >= 0, got -1", e.getMessage());
    }

    @Test
    void rejectsNegativeParagraph() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Sentence(0, -4, new TextSpan(0, 2), "Ja"));
        assertEquals("paragraph index must be >= 0, got -4", e.getMessage());
    }

    @Test
    void rejectsTextWhoseLengthDiffersFromTheSpan() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Sentence(2, 0, new TextSpan(0, 5), "Oui."));
        assertEquals("sentence 2: text length 4 differs from span [0..5)", e.getMessage());
    }

    @Test
    void rejectsEmptySentence() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Sentence(7, 0, new TextSpan(4, 4), ""));
        assertEquals("sentence 7 is empty [4..4)", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {" Oui.", "Oui. ", "\nOui.", "Oui.\t", " ", "Oui.\r"})
    void rejectsLeadingOrTrailingWhitespace(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Sentence(1, 0, new TextSpan(0, text.length()), text));
        assertEquals("sentence 1 [0.." + text.length() + ") starts or ends with whitespace: the span must exclude it",
                e.getMessage());
    }

    @Test
    void acceptsInnerWhitespaceAndNonBreakingSpaceAtTheEdges() {
        // U+00A0 is not whitespace for Character.isWhitespace, so String.strip() keeps it too.
        Sentence s = new Sentence(0, 0, new TextSpan(0, 9), "\u00A0Oui  non");
        assertEquals(9, s.length());
    }

    @Test
    void rejectsNullSpanAndTextNamingTheSentence() {
        NullPointerException span = assertThrows(NullPointerException.class, () -> new Sentence(4, 0, null, "Ja"));
        assertEquals("span of sentence 4", span.getMessage());
        NullPointerException text = assertThrows(NullPointerException.class,
                () -> new Sentence(4, 0, new TextSpan(0, 2), null));
        assertEquals("text of sentence 4", text.getMessage());
    }
}
