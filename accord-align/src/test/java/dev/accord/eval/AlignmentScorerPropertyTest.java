package dev.accord.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.accord.core.align.Bead;
import dev.accord.testing.ParallelText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Randomised checks of the scorer: any alignment scored against itself is perfect. */
class AlignmentScorerPropertyTest {

    @Test
    void anyAlignmentAgainstItselfHasStrictAndLaxF1OfOne() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            List<Bead> beads = new ArrayList<>(ParallelText.generate(random, 1 + random.nextInt(80),
                    random.nextDouble() * 0.6).truth());
            int extra = random.nextInt(3); // one-sided beads, and gold-style disorder
            for (int k = 0; k < extra; k++) {
                beads.add(random.nextBoolean() ? Bead.of(List.of(1000 + k), List.of()) : Bead.of(List.of(), List.of(1000 + k)));
            }
            if (random.nextInt(4) == 0) {
                Collections.shuffle(beads, random);
            }
            AlignmentScores scores = AlignmentScorer.score(beads, List.copyOf(beads));
            assertEquals(1.0, scores.strict().f1(), 1e-12, "round " + round + ": " + beads);
            assertEquals(1.0, scores.lax().f1(), 1e-12, "round " + round + ": " + beads);
            assertEquals(1.0, scores.strict().precision(), 1e-12, "round " + round);
            assertEquals(1.0, scores.strict().recall(), 1e-12, "round " + round);
        }
    }

    @Test
    void severalRandomDocumentsAgainstThemselvesScoreOneMicroAveraged() {
        Random random = new Random(11);
        List<List<Bead>> documents = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            documents.add(ParallelText.generate(random, 5 + random.nextInt(200), 0.3).truth());
        }
        AlignmentScores scores = AlignmentScorer.scoreAll(documents, List.copyOf(documents));
        assertEquals(1.0, scores.strict().f1(), 1e-12);
        assertEquals(1.0, scores.lax().f1(), 1e-12);
    }
}
