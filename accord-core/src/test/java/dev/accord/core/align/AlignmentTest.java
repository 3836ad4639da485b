package dev.accord.core.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import dev.accord.core.text.Sentence;
import dev.accord.core.text.TextSpan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AlignmentTest {

    private static Bead bead(int[] source, int[] target) {
        return Bead.of(Arrays.stream(source).boxed().toList(), Arrays.stream(target).boxed().toList());
    }

    private static int[] ids(int... ids) {
        return ids;
    }

    private static IllegalArgumentException rejected(int sourceSize, int targetSize, Bead... beads) {
        return assertThrows(IllegalArgumentException.class, () -> new Alignment(sourceSize, targetSize, List.of(beads)));
    }

    @Test
    void acceptsOneToOneTwoToOneAndOneToTwoBeadsInOrder() {
        Alignment a = new Alignment(4, 4, List.of(
                bead(ids(0), ids(0)),
                bead(ids(1, 2), ids(1)),
                bead(ids(3), ids(2, 3))));
        assertEquals(3, a.size());
        assertEquals("Alignment[4 x 4 sentences, 3 beads]", a.toString());
    }

    @Test
    void acceptsOneToZeroAndZeroToOneBeads() {
        Alignment a = new Alignment(2, 2, List.of(
                bead(ids(0), ids()),
                bead(ids(), ids(0)),
                bead(ids(1), ids(1))));
        assertEquals(List.of("1-0", "0-1", "1-1"), a.beads().stream().map(Bead::type).toList());
    }

    @Test
    void acceptsTwoEmptyDocumentsWithNoBeads() {
        assertEquals(0, new Alignment(0, 0, List.of()).size());
    }

    @Test
    void acceptsOneEmptySideWhenEveryOtherSentenceIsInAOneSidedBead() {
        Alignment a = new Alignment(2, 0, List.of(bead(ids(0), ids()), bead(ids(1), ids())));
        assertEquals(2, a.size());
    }

    @Test
    void rejectsAlignmentThatSkipsASentenceNamingIt() {
        IllegalArgumentException e = rejected(3, 3, bead(ids(0), ids(0)), bead(ids(2), ids(1, 2)));
        assertEquals("source sentence 1 is in no bead: bead 1 goes on with source sentence 2", e.getMessage());
    }

    @Test
    void rejectsAlignmentThatLeavesOutTheLastSentences() {
        IllegalArgumentException e = rejected(2, 3, bead(ids(0), ids(0)), bead(ids(1), ids(1)));
        assertEquals("target sentence 2 is in no bead: the target has 3 sentences but the beads cover only 0..1",
                e.getMessage());
    }

    @Test
    void rejectsNoBeadsForNonEmptyDocuments() {
        IllegalArgumentException e = rejected(2, 1);
        assertEquals("source sentence 0 is in no bead: the source has 2 sentences but the beads cover none",
                e.getMessage());
    }

    @Test
    void rejectsAlignmentThatRepeatsASentenceNamingItAndBothBeads() {
        IllegalArgumentException e = rejected(3, 3,
                bead(ids(0), ids(0)), bead(ids(1), ids(1)), bead(ids(2), ids(1, 2)));
        assertEquals("target sentence 1 is in two beads: bead 1 and bead 2", e.getMessage());
    }

    @Test
    void rejectsBeadsOutOfDocumentOrder() {
        IllegalArgumentException e = rejected(3, 3,
                bead(ids(0), ids(0)), bead(ids(2), ids(1)), bead(ids(1), ids(2)));
        assertEquals("source sentence 2 in bead 1 comes before source sentence 1 in bead 2: "
                + "beads must follow document order", e.getMessage());
    }

    @Test
    void rejectsIdsOutOfOrderWithinOneBead() {
        IllegalArgumentException e = rejected(2, 1, bead(ids(1, 0), ids(0)));
        assertEquals("source sentence 1 in bead 0 comes before source sentence 0 in bead 0: "
                + "beads must follow document order", e.getMessage());
    }

    @Test
    void rejectsSentenceOutOfRange() {
        IllegalArgumentException e = rejected(2, 2, bead(ids(0), ids(0)), bead(ids(1), ids(1, 2)));
        assertEquals("target sentence 2 in bead 1 is out of range: the target has 2 sentences", e.getMessage());
    }

    @Test
    void rejectsNegativeSizes() {
        assertEquals("sourceSize must be >= 0, got -1", rejected(-1, 0).getMessage());
        assertEquals("targetSize must be >= 0, got -5", rejected(0, -5).getMessage());
    }

    @Test
    void rejectsNullBeadNamingItsPosition() {
        List<Bead> beads = Arrays.asList(bead(ids(0), ids(0)), null);
        NullPointerException e = assertThrows(NullPointerException.class, () -> new Alignment(1, 1, beads));
        assertEquals("bead 1 is null", e.getMessage());
        assertEquals("beads", assertThrows(NullPointerException.class, () -> new Alignment(0, 0, null)).getMessage());
    }

    @Test
    void ofChecksTheBeadsAgainstTheDocumentsSentenceCounts() {
        Document nl = document(Language.NL, "Ja.", "Nee.");
        Document fr = document(Language.FR, "Oui, non.");
        Alignment a = Alignment.of(nl, fr, List.of(bead(ids(0, 1), ids(0))));
        assertEquals(2, a.sourceSize());
        assertEquals(1, a.targetSize());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Alignment.of(nl, fr, List.of(bead(ids(0), ids(0)))));
        assertEquals("source sentence 1 is in no bead: the source has 2 sentences but the beads cover only 0..0",
                e.getMessage());
    }

    private static Document document(Language language, String... sentences) {
        String text = String.join(" ", sentences);
        List<Sentence> list = new ArrayList<>();
        int start = 0;
        for (String s : sentences) {
            list.add(new Sentence(list.size(), 0, new TextSpan(start, start + s.length()), s));
            start += s.length() + 1;
        }
        return new Document(language, text, List.of(new TextSpan(0, text.length())), list);
    }

    // --- seeded random: valid alignments are accepted, each kind of corruption is rejected ---

    private static final long SEED = 20260417L;

    /** Cuts both sides into random consecutive groups of 0..3 sentences, never 0-0. */
    private static List<Bead> randomBeads(Random random, int sourceSize, int targetSize) {
        List<Bead> beads = new ArrayList<>();
        int s = 0;
        int t = 0;
        while (s < sourceSize || t < targetSize) {
            int ns = Math.min(random.nextInt(4), sourceSize - s);
            int nt = Math.min(random.nextInt(4), targetSize - t);
            if (ns + nt == 0) {
                continue;
            }
            beads.add(Bead.ofRanges(s, ns, t, nt, random.nextDouble()));
            s += ns;
            t += nt;
        }
        return beads;
    }

    @Test
    void acceptsRandomValidAlignmentsCoveringEverySentenceOnceInOrder() {
        Random random = new Random(SEED);
        for (int trial = 0; trial < 500; trial++) {
            int sourceSize = random.nextInt(40);
            int targetSize = random.nextInt(40);
            Alignment a = new Alignment(sourceSize, targetSize, randomBeads(random, sourceSize, targetSize));
            assertEquals(IntStream.range(0, sourceSize).boxed().toList(),
                    a.beads().stream().flatMap(b -> b.source().stream()).toList());
            assertEquals(IntStream.range(0, targetSize).boxed().toList(),
                    a.beads().stream().flatMap(b -> b.target().stream()).toList());
        }
    }

    @Test
    void rejectsRandomAlignmentsWithADroppedBead() {
        Random random = new Random(SEED + 1);
        for (int trial = 0; trial < 300; trial++) {
            int sourceSize = 1 + random.nextInt(30);
            int targetSize = 1 + random.nextInt(30);
            List<Bead> beads = new ArrayList<>(randomBeads(random, sourceSize, targetSize));
            Bead dropped = beads.remove(random.nextInt(beads.size()));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new Alignment(sourceSize, targetSize, beads));
            String missingSource = dropped.source().isEmpty() ? null : "source sentence " + dropped.source().get(0) + " is in no bead";
            String missingTarget = dropped.target().isEmpty() ? null : "target sentence " + dropped.target().get(0) + " is in no bead";
            assertTrue(startsWith(e.getMessage(), missingSource) || startsWith(e.getMessage(), missingTarget),
                    "dropped " + dropped + " but got: " + e.getMessage());
        }
    }

    @Test
    void rejectsRandomAlignmentsWithARepeatedBead() {
        Random random = new Random(SEED + 2);
        for (int trial = 0; trial < 300; trial++) {
            int sourceSize = 1 + random.nextInt(30);
            int targetSize = 1 + random.nextInt(30);
            List<Bead> beads = new ArrayList<>(randomBeads(random, sourceSize, targetSize));
            int b = random.nextInt(beads.size());
            Bead repeated = beads.get(b);
            beads.add(b + 1, repeated);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new Alignment(sourceSize, targetSize, beads));
            String expected = repeated.source().isEmpty()
                    ? "target sentence " + repeated.target().get(0)
                    : "source sentence " + repeated.source().get(0);
            assertEquals(expected + " is in two beads: bead " + b + " and bead " + (b + 1), e.getMessage());
        }
    }

    @Test
    void rejectsRandomAlignmentsWithTwoBeadsSwapped() {
        Random random = new Random(SEED + 3);
        int tried = 0;
        for (int trial = 0; trial < 300; trial++) {
            int sourceSize = 2 + random.nextInt(30);
            int targetSize = 1 + random.nextInt(30);
            List<Bead> beads = new ArrayList<>(randomBeads(random, sourceSize, targetSize));
            List<Integer> swappable = IntStream.range(0, beads.size() - 1)
                    .filter(i -> !beads.get(i).source().isEmpty() && !beads.get(i + 1).source().isEmpty())
                    .boxed().toList();
            if (swappable.isEmpty()) {
                continue;
            }
            int b = swappable.get(random.nextInt(swappable.size()));
            Bead first = beads.get(b);
            Bead second = beads.get(b + 1);
            beads.set(b, second);
            beads.set(b + 1, first);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new Alignment(sourceSize, targetSize, beads));
            assertEquals("source sentence " + second.source().get(0) + " in bead " + b + " comes before source sentence "
                    + first.source().get(0) + " in bead " + (b + 1) + ": beads must follow document order", e.getMessage());
            tried++;
        }
        assertTrue(tried > 100, "too few swappable cases: " + tried);
    }

    @Test
    void rejectsRandomAlignmentsAgainstWrongSentenceCounts() {
        Random random = new Random(SEED + 4);
        for (int trial = 0; trial < 300; trial++) {
            int sourceSize = 1 + random.nextInt(30);
            int targetSize = random.nextInt(30);
            List<Bead> beads = randomBeads(random, sourceSize, targetSize);
            IllegalArgumentException longer = assertThrows(IllegalArgumentException.class,
                    () -> new Alignment(sourceSize + 1, targetSize, beads));
            assertTrue(longer.getMessage().startsWith("source sentence " + sourceSize + " is in no bead"), longer.getMessage());
            IllegalArgumentException shorter = assertThrows(IllegalArgumentException.class,
                    () -> new Alignment(sourceSize - 1, targetSize, beads));
            assertTrue(shorter.getMessage().startsWith("source sentence " + (sourceSize - 1) + " in bead "), shorter.getMessage());
            assertTrue(shorter.getMessage().endsWith(" is out of range: the source has " + (sourceSize - 1) + " sentences"),
                    shorter.getMessage());
        }
    }

    private static boolean startsWith(String message, String prefix) {
        return prefix != null && message.startsWith(prefix);
    }
}
