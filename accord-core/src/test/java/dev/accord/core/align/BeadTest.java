package dev.accord.core.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BeadTest {

    @Test
    void holdsIdsOnBothSidesAndAScore() {
        Bead bead = new Bead(List.of(3), List.of(4, 5), 0.875);
        assertEquals(List.of(3), bead.source());
        assertEquals(List.of(4, 5), bead.target());
        assertEquals("1-2", bead.type());
        assertFalse(bead.isOneSided());
        assertEquals("[3]:[4, 5]:0.88", bead.toString());
    }

    @Test
    void oneSidedBeadsAreInsertionsOrDeletions() {
        Bead deletion = Bead.of(List.of(7), List.of());
        Bead insertion = Bead.of(List.of(), List.of(2));
        assertEquals("1-0", deletion.type());
        assertEquals("0-1", insertion.type());
        assertTrue(deletion.isOneSided());
        assertTrue(insertion.isOneSided());
        assertEquals(1.0, insertion.score());
    }

    @Test
    void ofRangesBuildsConsecutiveIds() {
        Bead bead = Bead.ofRanges(4, 2, 9, 3, 0.5);
        assertEquals(List.of(4, 5), bead.source());
        assertEquals(List.of(9, 10, 11), bead.target());
        assertEquals(List.of(), Bead.ofRanges(4, 0, 9, 1, 0.5).source());
    }

    @Test
    void ofRangesRejectsNegativeCounts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Bead.ofRanges(0, -1, 0, 1, 1));
        assertEquals("counts must be >= 0, got -1 source and 1 target", e.getMessage());
    }

    @Test
    void rejectsBeadWithNoSentenceOnEitherSide() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Bead.of(List.of(), List.of()));
        assertEquals("a bead needs at least one sentence on one side", e.getMessage());
    }

    @Test
    void rejectsNegativeId() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Bead.of(List.of(0), List.of(-3)));
        assertEquals("target id must be >= 0, got -3", e.getMessage());
    }

    @Test
    void rejectsIdRepeatedWithinOneSide() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Bead.of(List.of(2, 2), List.of(1)));
        assertEquals("source id 2 repeated in one bead", e.getMessage());
    }

    @Test
    void rejectsNullListOrIdNamingTheSide() {
        assertEquals("source", assertThrows(NullPointerException.class, () -> Bead.of(null, List.of(1))).getMessage());
        List<Integer> withNull = Arrays.asList(1, null);
        assertEquals("target id at position 1 is null",
                assertThrows(NullPointerException.class, () -> Bead.of(List.of(0), withNull)).getMessage());
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.01, 1.0001, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void rejectsScoreOutsideUnitInterval(double score) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Bead(List.of(0), List.of(0), score));
        assertEquals("score must be in [0, 1], got " + score, e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.5, 1.0})
    void acceptsScoresInTheClosedUnitInterval(double score) {
        assertEquals(score, new Bead(List.of(0), List.of(0), score).score());
    }

    @Test
    void withScoreKeepsTheIdsAndValidatesTheScore() {
        Bead bead = Bead.of(List.of(1), List.of(1, 2));
        assertEquals(new Bead(List.of(1), List.of(1, 2), 0.25), bead.withScore(0.25));
        assertThrows(IllegalArgumentException.class, () -> bead.withScore(2));
    }

    @Test
    void copiesTheIdListsSoLaterChangesDoNotLeakIn() {
        List<Integer> source = new ArrayList<>(List.of(1));
        Bead bead = Bead.of(source, List.of(1));
        source.add(2);
        assertEquals(List.of(1), bead.source());
        assertThrows(UnsupportedOperationException.class, () -> bead.target().add(3));
    }
}
