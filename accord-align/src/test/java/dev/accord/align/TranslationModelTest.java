package dev.accord.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class TranslationModelTest {

    // source words: 0 de, 1 hond, 2 kat, 3 slaapt; target words: 0 le, 1 chien, 2 chat, 3 dort
    private static final int[][] SOURCE = {{0, 1}, {0, 2}, {0, 1, 3}, {0, 2, 3}, {0, 1}, {0, 2}};
    private static final int[][] TARGET = {{0, 1}, {0, 2}, {0, 1, 3}, {0, 2, 3}, {0, 1}, {0, 2}};

    @Test
    void learnsWordTranslationsFromCooccurrenceAlone() {
        TranslationModel model = TranslationModel.train(4, 4, SOURCE, TARGET);
        int[][] translations = model.translations(0.5, 2);
        assertArrayEquals(new int[] {0}, translations[0], "de -> le");
        assertArrayEquals(new int[] {1}, translations[1], "hond -> chien");
        assertArrayEquals(new int[] {2}, translations[2], "kat -> chat");
        assertArrayEquals(new int[] {3}, translations[3], "slaapt -> dort");
    }

    @Test
    void pairsSeenOnceAreNotTrustedWhenTwoSightingsAreRequired() {
        TranslationModel model = TranslationModel.train(2, 2, new int[][] {{0, 1}}, new int[][] {{0, 1}});
        int[][] translations = model.translations(0.0, 2);
        assertEquals(0, translations[0].length);
        assertEquals(0, translations[1].length);
    }

    @Test
    void trainingIsDeterministic() {
        assertArrayEquals(TranslationModel.train(4, 4, SOURCE, TARGET).translations(0.1, 1),
                TranslationModel.train(4, 4, SOURCE, TARGET).translations(0.1, 1));
    }

    /** One bead of {@code words} distinct words a side, numbered from {@code first}. */
    private static int[] distinct(int first, int words) {
        int[] ids = new int[words];
        for (int w = 0; w < words; w++) {
            ids[w] = first + w;
        }
        return ids;
    }

    @Test
    void aBeadOfTooManyDistinctWordsIsLeftOutAndTheOthersStillTeach() {
        int[][] source = Arrays.copyOf(SOURCE, SOURCE.length + 1);
        int[][] target = Arrays.copyOf(TARGET, TARGET.length + 1);
        source[SOURCE.length] = distinct(4, 100_000);
        target[TARGET.length] = distinct(4, 100_000);
        TranslationModel model = TranslationModel.train(100_004, 100_004, source, target);
        assertEquals(TranslationModel.train(4, 4, SOURCE, TARGET).cells(), model.cells(),
                "the long bead brings none of its ten billion word pairs");
        assertArrayEquals(new int[] {1}, model.translations(0.5, 2)[1], "hond -> chien");
    }

    @Test
    void manyLargeBeadsAreThinnedToTheCellBudget() {
        int beads = 2_000;
        int words = 120; // (120 + 1) x 120 cells: just under the per-bead limit
        int[][] source = new int[beads][];
        int[][] target = new int[beads][];
        for (int b = 0; b < beads; b++) {
            source[b] = distinct(b * words, words);
            target[b] = distinct(b * words, words);
        }
        TranslationModel model = TranslationModel.train(beads * words, beads * words, source, target);
        assertTrue(model.cells() <= TranslationModel.MAX_CELLS, "cells: " + model.cells());
        assertTrue(model.cells() >= TranslationModel.MAX_CELLS / 2, "an even sample, not a handful: " + model.cells());
    }

    @Test
    void cellsGrowWithTheBeadsNotWithTheSquareOfTheirWords() {
        // the same 40,000 words as one bead and as 2,000 beads of 20: the one bead costs no more
        int words = 40_000;
        int[][] spreadSource = new int[words / 20][];
        for (int b = 0; b < spreadSource.length; b++) {
            spreadSource[b] = distinct(b * 20, 20);
        }
        long spread = TranslationModel.train(words, words, spreadSource, spreadSource).cells();
        long one = TranslationModel.train(words, words, new int[][] {distinct(0, words)}, new int[][] {distinct(0, words)})
                .cells();
        assertEquals((long) (words / 20) * 21 * 20, spread);
        assertTrue(one <= spread, "one bead: " + one + " cells; spread: " + spread);
    }
}
