package dev.accord.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.accord.core.align.Alignment;
import dev.accord.core.align.Bead;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlignmentStatsTest {

    private final Alignment alignment = new Alignment(5, 5, List.of(
            new Bead(List.of(0), List.of(0), 1.0),
            new Bead(List.of(1, 2), List.of(1), 0.9),
            new Bead(List.of(3), List.of(2), 0.05),
            new Bead(List.of(), List.of(3), 0.0),
            new Bead(List.of(4), List.of(4), 0.45)));

    @Test
    void countsBeadsByTypeInSizeOrder() {
        AlignmentStats s = AlignmentStats.of(alignment);
        assertEquals(List.of("0-1", "1-1", "2-1"), List.copyOf(s.beadTypes().keySet()));
        assertEquals(Map.of("0-1", 1, "1-1", 3, "2-1", 1), s.beadTypes());
        assertEquals(3, s.count("1-1"));
        assertEquals(0, s.count("1-2"));
        assertEquals(5, s.beads());
    }

    @Test
    void theHistogramHasTenBinsAndPutsAScoreOfOneInTheLast() {
        AlignmentStats s = AlignmentStats.of(alignment);
        assertEquals(List.of(2, 0, 0, 0, 1, 0, 0, 0, 0, 2), s.histogram());
        assertEquals(0.48, s.meanScore(), 1e-9);
    }

    @Test
    void theStatisticsOfTwoAlignmentsAddUp() {
        AlignmentStats one = AlignmentStats.of(alignment.beads().subList(0, 2));
        AlignmentStats two = AlignmentStats.of(alignment.beads().subList(2, 5));
        AlignmentStats both = one.plus(two);
        AlignmentStats whole = AlignmentStats.of(alignment);
        assertEquals(whole.beadTypes(), both.beadTypes());
        assertEquals(whole.histogram(), both.histogram());
        assertEquals(whole.meanScore(), both.meanScore(), 1e-12);
    }

    @Test
    void noBeadsMeanAScoreOfZero() {
        AlignmentStats s = AlignmentStats.of(List.of());
        assertEquals(0, s.beads());
        assertEquals(0.0, s.meanScore());
    }

    @Test
    void countsThatDoNotAddUpAreRefused() {
        assertEquals("bead types {1-1=2} and histogram [0, 0, 0, 0, 0, 0, 0, 0, 0, 1] must each add up to 1 beads",
                assertThrows(IllegalArgumentException.class, () -> new AlignmentStats(Map.of("1-1", 2), 1, 0.5,
                        List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 1))).getMessage());
    }
}
