package dev.accord.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IndexRangeTest {

    @Test
    void holdsHalfOpenRangeOfIndices() {
        IndexRange range = new IndexRange(2, 5);
        assertEquals(3, range.size());
        assertTrue(range.contains(2));
        assertTrue(range.contains(4));
        assertFalse(range.contains(5));
        assertFalse(range.contains(1));
        assertEquals(0, new IndexRange(7, 7).size());
    }

    @Test
    void printsDifferentlyFromATextSpanSoUnitsAreNeverConfused() {
        assertEquals("#2..#5", new IndexRange(2, 5).toString());
        assertNotEquals(new TextSpan(2, 5).toString(), new IndexRange(2, 5).toString());
    }

    @Test
    void rejectsNegativeStart() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new IndexRange(-2, 1));
        assertEquals("start must be >= 0, got -2", e.getMessage());
    }

    @Test
    void rejectsEndBeforeStart() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new IndexRange(4, 3));
        assertEquals("end must be >= start, got #4..#3", e.getMessage());
    }
}
