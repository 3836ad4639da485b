package dev.accord.align;

import static dev.accord.align.AlignmentAssertions.assertValidAlignment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accord.core.align.Alignment;
import dev.accord.core.align.Bead;
import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@link SentenceAligner} contract; every implementation's test extends this class and says
 * how to build the aligner.
 */
abstract class SentenceAlignerContractTest {

    /** Returns the aligner under test for {@code options} (whose method the subclass may override). */
    abstract SentenceAligner aligner(AlignerOptions options);

    final SentenceAligner aligner() {
        return aligner(AlignerOptions.defaults());
    }

    static final Document DUTCH = TestDocuments.of(Language.NL, List.of(
            List.of("Dinsdag ondertekenden 34 technologiebedrijven het Cybersecurity Tech Accord.",
                    "Het initiatief komt van Microsoft en Facebook."),
            List.of("Vier pijlers"),
            List.of("Google, Apple en Amazon doen niet mee.",
                    "Ook Twitter weigerde te ondertekenen, wat opvalt.")));

    static final Document FRENCH = TestDocuments.of(Language.FR, List.of(
            List.of("Mardi, 34 firmes technologiques ont signé le Cybersecurity Tech Accord.",
                    "L'initiative vient de Microsoft et de Facebook."),
            List.of("Quatre piliers"),
            List.of("Google, Apple et Amazon brillent par leur absence.",
                    "Twitter a également refusé de signer, ce qui est remarquable.")));

    @Test
    void emptySourceYieldsOnlyZeroToOneBeads() {
        Document empty = TestDocuments.sentences(Language.NL);
        Alignment a = assertValidAlignment(empty, FRENCH, aligner().align(empty, FRENCH));
        assertEquals(FRENCH.size(), a.size());
        assertTrue(a.beads().stream().allMatch(b -> b.type().equals("0-1")), a.beads().toString());
    }

    @Test
    void emptyTargetYieldsOnlyOneToZeroBeads() {
        Document empty = TestDocuments.sentences(Language.FR);
        Alignment a = assertValidAlignment(DUTCH, empty, aligner().align(DUTCH, empty));
        assertEquals(DUTCH.size(), a.size());
        assertTrue(a.beads().stream().allMatch(b -> b.type().equals("1-0")), a.beads().toString());
    }

    @Test
    void twoEmptyDocumentsYieldNoBeads() {
        Document nl = TestDocuments.sentences(Language.NL);
        Document fr = TestDocuments.sentences(Language.FR);
        assertEquals(0, assertValidAlignment(nl, fr, aligner().align(nl, fr)).size());
    }

    @Test
    void parallelSentencesAlignOneToOne() {
        Alignment a = assertValidAlignment(DUTCH, FRENCH, aligner().align(DUTCH, FRENCH));
        List<String> types = a.beads().stream().map(Bead::type).toList();
        assertEquals(List.of("1-1", "1-1", "1-1", "1-1", "1-1"), types);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 60, 333})
    void randomDocumentsOfAnySizeAreCoveredExactlyOnce(int seed) {
        Random random = new Random(seed);
        Document source = TestDocuments.random(Language.NL, random, random.nextInt(seed + 5));
        Document target = TestDocuments.random(Language.FR, random, random.nextInt(seed + 5));
        assertValidAlignment(source, target, aligner().align(source, target));
    }

    @Test
    void veryUnequalDocumentsAreCoveredExactlyOnce() {
        Random random = new Random(42);
        Document source = TestDocuments.random(Language.NL, random, 900);
        Document target = TestDocuments.random(Language.FR, random, 40);
        assertValidAlignment(source, target, aligner().align(source, target));
        assertValidAlignment(target, source, aligner().align(target, source));
    }

    @Test
    void sameInputGivesTheSameAlignment() {
        Random random = new Random(7);
        Document source = TestDocuments.random(Language.NL, random, 150);
        Document target = TestDocuments.random(Language.FR, random, 170);
        assertEquals(aligner().align(source, target), aligner().align(source, target));
    }

    @Test
    void oneAlignerServesSeveralThreadsAtOnce() throws Exception {
        SentenceAligner shared = aligner();
        Random random = new Random(11);
        List<Document[]> pairs = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            pairs.add(new Document[] {TestDocuments.random(Language.NL, random, 80 + k),
                TestDocuments.random(Language.FR, random, 90 - k)});
        }
        List<Alignment> expected = pairs.stream().map(p -> shared.align(p[0], p[1])).toList();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Alignment>> futures = new ArrayList<>();
            for (Document[] p : pairs) {
                futures.add(pool.submit(() -> shared.align(p[0], p[1])));
            }
            for (int k = 0; k < pairs.size(); k++) {
                assertEquals(expected.get(k), futures.get(k).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void hardParagraphsAreNeverCrossed() {
        Random random = new Random(3);
        Document source = TestDocuments.random(Language.NL, random, 120);
        Document target = TestDocuments.random(Language.FR, random, 130);
        SentenceAligner hard = aligner(AlignerOptions.builder().hardParagraphs(true).build());
        Alignment a = assertValidAlignment(source, target, hard.align(source, target));
        for (Bead b : a.beads()) {
            assertFalse(crosses(source, b.source()) || crosses(target, b.target()), "bead crosses a paragraph: " + b);
        }
    }

    @Test
    void maxBeadSizeOneAllowsOnlySingleSentenceBeads() {
        Random random = new Random(5);
        Document source = TestDocuments.random(Language.NL, random, 50);
        Document target = TestDocuments.random(Language.FR, random, 70);
        SentenceAligner small = aligner(AlignerOptions.builder().maxBeadSize(1).build());
        Alignment a = assertValidAlignment(source, target, small.align(source, target));
        assertTrue(a.beads().stream().allMatch(b -> b.source().size() <= 1 && b.target().size() <= 1));
    }

    @Test
    void aFailingProgressListenerDoesNotAbortTheRun() {
        Random random = new Random(9);
        Document source = TestDocuments.random(Language.NL, random, 200);
        Document target = TestDocuments.random(Language.FR, random, 210);
        int[] calls = new int[1];
        SentenceAligner noisy = aligner(AlignerOptions.builder().progress((stage, done, total) -> {
            calls[0]++;
            throw new IllegalStateException("listener broke");
        }).build());
        assertEquals(aligner().align(source, target), noisy.align(source, target));
        assertTrue(calls[0] >= 1, "the listener was called");
    }

    private static boolean crosses(Document d, List<Integer> ids) {
        return ids.size() > 1
                && d.sentence(ids.get(0)).paragraph() != d.sentence(ids.get(ids.size() - 1)).paragraph();
    }
}
