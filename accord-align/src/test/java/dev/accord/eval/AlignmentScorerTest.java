package dev.accord.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.accord.core.align.Bead;
import dev.accord.testing.Scaling;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AlignmentScorerTest {

    private static Bead bead(List<Integer> source, List<Integer> target) {
        return Bead.of(source, target);
    }

    private static final List<Bead> GOLD = List.of(
            bead(List.of(0), List.of(0)),
            bead(List.of(1, 2), List.of(1)),
            bead(List.of(), List.of(2)),
            bead(List.of(3), List.of(3, 4)));

    @Test
    void goldAgainstItselfScoresOne() {
        AlignmentScores s = AlignmentScorer.score(GOLD, GOLD);
        assertEquals(new PrecisionRecall(1, 1, 1), s.strict());
        assertEquals(new PrecisionRecall(1, 1, 1), s.lax());
    }

    @Test
    void splitBeadsAreLaxButNotStrictMatches() {
        List<Bead> predicted = List.of(
                bead(List.of(0), List.of(0)),
                bead(List.of(1), List.of(1)),      // overlaps gold [1,2]:[1]: lax only
                bead(List.of(2), List.of()),       // one-sided, not in gold: wrong both ways
                bead(List.of(), List.of(2)),       // exact gold insertion: correct
                bead(List.of(3), List.of(3, 4)));
        BeadCounts c = AlignmentScorer.count(GOLD, predicted);
        assertEquals(new BeadCounts(5, 3, 4, 3, 2, 3), c);
        AlignmentScores s = c.scores();
        assertEquals(0.6, s.strict().precision(), 1e-12);
        assertEquals(2.0 / 3, s.strict().recall(), 1e-12);
        assertEquals(2 * 0.6 * (2.0 / 3) / (0.6 + 2.0 / 3), s.strict().f1(), 1e-12);
        assertEquals(0.8, s.lax().precision(), 1e-12);
        assertEquals(1.0, s.lax().recall(), 1e-12);
    }

    @Test
    void goldInsertionsAndDeletionsDoNotCountForRecall() {
        List<Bead> predicted = List.of(
                bead(List.of(0), List.of(0)), bead(List.of(1, 2), List.of(1, 2)), bead(List.of(3), List.of(3, 4)));
        AlignmentScores s = AlignmentScorer.score(GOLD, predicted);
        assertEquals(2.0 / 3, s.strict().recall(), 1e-12);
        assertEquals(1.0, s.lax().recall(), 1e-12);
        assertEquals(2.0 / 3, s.strict().precision(), 1e-12);
    }

    @Test
    void idsAreComparedAsWrittenSoUnsortedGoldCannotMatchStrictly() {
        List<Bead> gold = List.of(bead(List.of(1, 0), List.of(0)));
        List<Bead> predicted = List.of(bead(List.of(0, 1), List.of(0)));
        AlignmentScores s = AlignmentScorer.score(gold, predicted);
        assertEquals(0.0, s.strict().f1());
        assertEquals(1.0, s.lax().f1());
    }

    @Test
    void oneSidedSystemBeadsAreLaxCorrectOnlyWhenExact() {
        List<Bead> gold = List.of(bead(List.of(0), List.of(0, 1)));
        List<Bead> predicted = List.of(bead(List.of(0), List.of(0)), bead(List.of(), List.of(1)));
        BeadCounts c = AlignmentScorer.count(gold, predicted);
        assertEquals(2, c.predicted());
        assertEquals(1, c.laxCorrect());
    }

    @Test
    void documentsAreMicroAveraged() {
        List<Bead> small = List.of(bead(List.of(0), List.of(0)));
        List<Bead> wrongSmall = List.of(bead(List.of(0), List.of()), bead(List.of(), List.of(0)));
        AlignmentScores s = AlignmentScorer.scoreAll(List.of(GOLD, small), List.of(GOLD, wrongSmall));
        // 4 of 6 system beads right; 3 of 4 gold two-sided beads recalled
        assertEquals(4.0 / 6, s.strict().precision(), 1e-12);
        assertEquals(3.0 / 4, s.strict().recall(), 1e-12);
    }

    @Test
    void mismatchedDocumentCountsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AlignmentScorer.scoreAll(List.of(GOLD), List.of()));
        assertEquals("need one predicted alignment per gold alignment, got 1 gold and 0 predicted", e.getMessage());
    }

    @Test
    void nothingPredictedScoresZeroWithoutDividingByZero() {
        AlignmentScores s = AlignmentScorer.score(GOLD, List.of());
        assertEquals(new PrecisionRecall(0, 0, 0), s.strict());
    }

    /** The ids {@code 0 .. n-1}. */
    private static List<Integer> ids(int n) {
        return IntStream.range(0, n).boxed().toList();
    }

    @Test
    void costIsLinearInIdsPerBead() {
        // one gold bead of n ids a side against n one-to-one beads, and the other way round
        Scaling.assertLinear("ids per bead", n -> {
            List<Bead> one = List.of(bead(ids(n), ids(n)));
            List<Bead> many = IntStream.range(0, n).mapToObj(i -> bead(List.of(i), List.of(i))).toList();
            return List.of(one, many);
        }, both -> {
            assertEquals(1.0, AlignmentScorer.score(both.get(0), both.get(1)).lax().recall());
            assertEquals(1.0, AlignmentScorer.score(both.get(1), both.get(0)).lax().precision());
        }, 20_000);
    }
}
