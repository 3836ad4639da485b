package dev.accord.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
