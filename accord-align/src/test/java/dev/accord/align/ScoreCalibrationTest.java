package dev.accord.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accord.core.align.Alignment;
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
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The bead score means what it says on Text+Berg (read from the shared material, skipped with a
 * message when it is absent): its constants are the logistic fit on the dev article, and on the
 * test articles the precision of the beads a threshold keeps rises with the threshold.
 */
class ScoreCalibrationTest {

    private static final List<String> TEST = List.of("test0", "test1", "test2", "test3", "test4", "test5", "test6");

    /** A two-sided bead's evidence and whether the gold has exactly that bead. */
    private record Sample(double delta, double margin, boolean right) {
    }

    private static Document read(Path dir, String name, Language language) throws Exception {
        return TestDocuments.read(dir.resolve(name + "." + language.iso639_1()), language);
    }

    private static List<Sample> samples(Path dir, List<String> names) throws Exception {
        List<Sample> out = new ArrayList<>();
        LexicalAligner aligner = new LexicalAligner(AlignerOptions.defaults());
        for (String name : names) {
            Document de = read(dir, name, Language.DE);
            Document fr = read(dir, name, Language.FR);
            List<Bead> gold = BeadFileReader.read(dir.resolve(name + ".defr"), de.size(), fr.size());
            Alignment a = aligner.align(de, fr);
            double[][] evidence = aligner.evidence(de, fr);
            for (int k = 0; k < a.size(); k++) {
                Bead b = a.beads().get(k);
                if (evidence[k] != null) {
                    boolean right = gold.stream().anyMatch(g -> g.source().equals(b.source()) && g.target().equals(b.target()));
                    out.add(new Sample(evidence[k][0], evidence[k][1], right));
                }
            }
        }
        return out;
    }

    /** Fits {@code P(right) = 1 / (1 + exp(-(w0 + w1 delta + w2 margin)))} by gradient descent from zero. */
    private static double[] fit(List<Sample> samples, boolean withDelta) {
        double[] w = new double[3];
        for (int iteration = 0; iteration < 20_000; iteration++) {
            double[] gradient = new double[3];
            for (Sample s : samples) {
                double[] x = {1, withDelta ? s.delta() / 10 : 0, s.margin() / 10};
                double p = 1 / (1 + Math.exp(-(w[0] * x[0] + w[1] * x[1] + w[2] * x[2])));
                for (int d = 0; d < 3; d++) {
                    gradient[d] += ((s.right() ? 1 : 0) - p) * x[d];
                }
            }
            for (int d = 0; d < 3; d++) {
                w[d] += 0.5 * gradient[d] / samples.size();
            }
        }
        return new double[] {w[0], w[1] / 10, w[2] / 10};
    }

    @Test
    void theScoreIsTheLogisticFitOfTheGroupingMarginOnTheDevArticle() throws Exception {
        Path dir = SharedMaterial.requireShared("benchmarks/textberg-de-fr");
        List<Sample> dev = samples(dir, List.of("dev"));
        double[] w = fit(dev, false);
        assertEquals(LexicalAligner.SCORE_INTERCEPT, w[0], 0.01, () -> "intercept " + w[0]);
        assertEquals(LexicalAligner.SCORE_SLOPE, w[2], 0.002, () -> "slope " + w[2]);
        double[] withDelta = fit(dev, true);
        assertTrue(Math.abs(withDelta[1]) < 0.01, () -> "weight of the margin over leaving unaligned " + withDelta[1]);
    }

    @Test
    void precisionOfTheKeptBeadsRisesWithTheThresholdOnTheTestArticles() throws Exception {
        Path dir = SharedMaterial.requireShared("benchmarks/textberg-de-fr");
        List<List<Bead>> gold = new ArrayList<>();
        List<Alignment> predicted = new ArrayList<>();
        List<Document[]> documents = new ArrayList<>();
        SentenceAligner aligner = SentenceAligner.standard();
        for (String name : TEST) {
            Document de = read(dir, name, Language.DE);
            Document fr = read(dir, name, Language.FR);
            gold.add(BeadFileReader.read(dir.resolve(name + ".defr"), de.size(), fr.size()));
            predicted.add(aligner.align(de, fr));
            documents.add(new Document[] {de, fr});
        }
        StringBuilder table = new StringBuilder("| --min-score | beads kept | strict precision | strict recall | lax precision | lax recall |\n"
                + "| --- | --- | --- | --- | --- | --- |\n");
        double[] thresholds = {0, 0.5, 0.7, 0.8, 0.9, 0.95};
        double[] precision = new double[thresholds.length];
        for (int t = 0; t < thresholds.length; t++) {
            BeadFilter filter = BeadFilter.builder().minScore(thresholds[t]).build();
            List<List<Bead>> kept = new ArrayList<>();
            for (int k = 0; k < TEST.size(); k++) {
                kept.add(filter.apply(predicted.get(k), documents.get(k)[0], documents.get(k)[1]));
            }
            AlignmentScores s = AlignmentScorer.scoreAll(gold, kept);
            precision[t] = s.strict().precision();
            table.append(String.format(Locale.ROOT, "| %.2f | %d | %.3f | %.3f | %.3f | %.3f |%n", thresholds[t],
                    kept.stream().mapToInt(List::size).sum(), s.strict().precision(), s.strict().recall(),
                    s.lax().precision(), s.lax().recall()));
        }
        System.out.println("Text+Berg test, beads kept by --min-score:\n" + table);
        for (int t = 1; t < thresholds.length - 1; t++) {
            assertTrue(precision[t] > precision[t - 1], table::toString);
        }
        assertTrue(precision[4] >= 0.95, table::toString);
    }
}
