package dev.accord.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accord.core.align.Bead;
import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import dev.accord.eval.AlignmentScorer;
import dev.accord.eval.AlignmentScores;
import dev.accord.eval.BeadFileReader;
import dev.accord.testing.SharedMaterial;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Scores the aligners on the Text+Berg German–French gold set (read from the shared material,
 * never copied into the project; skipped with a message when it is absent).
 */
class TextBergBenchmarkTest {

    private static final List<String> TEST = List.of("test0", "test1", "test2", "test3", "test4", "test5", "test6");

    static AlignmentScores score(Path dir, List<String> names, AlignerOptions options) throws Exception {
        List<List<Bead>> gold = new ArrayList<>();
        List<List<Bead>> predicted = new ArrayList<>();
        SentenceAligner aligner = SentenceAligner.create(options);
        for (String name : names) {
            Document de = TestDocuments.read(dir.resolve(name + ".de"), Language.DE);
            Document fr = TestDocuments.read(dir.resolve(name + ".fr"), Language.FR);
            gold.add(BeadFileReader.read(dir.resolve(name + ".defr"), de.size(), fr.size()));
            predicted.add(AlignmentAssertions.assertValidAlignment(de, fr, aligner.align(de, fr)).beads());
        }
        return AlignmentScorer.scoreAll(gold, predicted);
    }

    @Test
    void goldScoredAgainstItselfIsPerfect() throws Exception {
        Path dir = SharedMaterial.requireShared("benchmarks/textberg-de-fr");
        List<List<Bead>> gold = new ArrayList<>();
        for (String name : TEST) {
            gold.add(BeadFileReader.read(dir.resolve(name + ".defr")));
        }
        AlignmentScores s = AlignmentScorer.scoreAll(gold, gold);
        assertEquals(1.0, s.strict().f1());
        assertEquals(1.0, s.lax().f1());
    }

    @Test
    void lengthMethodReproducesThePublishedGaleChurchScores() throws Exception {
        Path dir = SharedMaterial.requireShared("benchmarks/textberg-de-fr");
        AlignmentScores s = score(dir, TEST, AlignerOptions.builder().method(AlignmentMethod.LENGTH).build());
        // the set's README: strict P/R/F1 0.669/0.681/0.675, lax 0.784/0.798/0.791
        assertEquals(0.675, s.strict().f1(), 0.01, s.toText());
        assertEquals(0.669, s.strict().precision(), 0.01, s.toText());
        assertEquals(0.681, s.strict().recall(), 0.01, s.toText());
        assertEquals(0.791, s.lax().f1(), 0.01, s.toText());
    }

    @Test
    void fullMethodBeatsEveryPublishedNonNeuralAlignerOnTheTestSet() throws Exception {
        Path dir = SharedMaterial.requireShared("benchmarks/textberg-de-fr");
        AlignmentScores test = score(dir, TEST, AlignerOptions.defaults());
        System.out.println("Text+Berg test, full method:\n" + test.toText());
        // published: Gale-Church 0.68, hunalign 0.75, Bleualign with machine translation 0.77
        assertTrue(test.strict().f1() >= 0.80, test.toText());
    }
}
