package dev.accord.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextSpanTest {

    @Test
    void coversHalfOpenRangeOfCharacters() {
        TextSpan span = new TextSpan(4, 9);
        assertEquals(5, span.length());
        assertFalse(span.isEmpty());
        assertEquals("Accord", new TextSpan(4, 10).coveredText("Het Accord werd"));
    }

    @Test
    void emptySpanIsAllowedAndCoversNothing() {
        TextSpan empty = new TextSpan(3, 3);
        assertTrue(empty.isEmpty());
        assertEquals(0, empty.length());
        assertEquals("", empty.coveredText("abc"));
    }

    @Test
    void printsAsHalfOpenInterval() {
        assertEquals("[2..7)", new TextSpan(2, 7).toString());
    }

    @Test
    void rejectsNegativeStartNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TextSpan(-1, 3));
        assertEquals("start must be >= 0, got -1", e.getMessage());
    }

    @Test
    void rejectsEndBeforeStartShowingTheSpan() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TextSpan(5, 4));
        assertEquals("end must be >= start, got [5..4)", e.getMessage());
    }

    @Test
    void coveredTextRejectsSpanBeyondTheText() {
        IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class,
                () -> new TextSpan(2, 6).coveredText("abcd"));
        assertEquals("span [2..6) reaches beyond text of length 4", e.getMessage());
    }

    @Test
    void coveredTextCountsUtf16UnitsSoASurrogatePairIsTwoCharacters() {
        String text = "a😀b";
        assertEquals("😀", new TextSpan(1, 3).coveredText(text));
    }

    @Test
    void containsAndOverlapsAreHalfOpen() {
        TextSpan span = new TextSpan(2, 6);
        assertTrue(span.contains(new TextSpan(2, 6)));
        assertTrue(span.contains(new TextSpan(3, 4)));
        assertFalse(span.contains(new TextSpan(1, 4)));
        assertFalse(span.contains(new TextSpan(5, 7)));
        assertTrue(span.overlaps(new TextSpan(5, 9)));
        assertFalse(span.overlaps(new TextSpan(6, 9)), "touching spans do not overlap");
        assertFalse(span.overlaps(new TextSpan(0, 2)), "touching spans do not overlap");
    }

    @Test
    void shiftMovesBothEnds() {
        assertEquals(new TextSpan(12, 15), new TextSpan(2, 5).shift(10));
        assertEquals(new TextSpan(0, 3), new TextSpan(2, 5).shift(-2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TextSpan(2, 5).shift(-3));
        assertEquals("start must be >= 0, got -1", e.getMessage());
    }

    @Test
    void ordersByStartThenEnd() {
        List<TextSpan> spans = new ArrayList<>(List.of(new TextSpan(3, 9), new TextSpan(1, 4), new TextSpan(3, 5)));
        spans.sort(null);
        assertEquals(List.of(new TextSpan(1, 4), new TextSpan(3, 5), new TextSpan(3, 9)), spans);
    }
}
