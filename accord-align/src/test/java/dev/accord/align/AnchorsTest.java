package dev.accord.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AnchorsTest {

    @Test
    void longestIncreasingChainSkipsOutOfOrderCandidates() {
        int[] values = {0, 5, 1, 2, 9, 3, 4};
        int[] chain = Anchors.longestIncreasing(values);
        assertArrayEquals(new int[] {0, 2, 3, 5, 6}, chain);
    }

    @Test
    void emptyAndSingleInputsGiveTrivialChains() {
        assertEquals(0, Anchors.longestIncreasing(new int[0]).length);
        assertArrayEquals(new int[] {0}, Anchors.longestIncreasing(new int[] {7}));
    }

    @Test
    void guideIsMonotoneAndEndsInTheCorner() {
        // a shared rare number in source sentence 2 and target sentence 6 pulls the guide there
        var nl = TestDocuments.sentences(dev.accord.core.text.Language.NL,
                "Een.", "Twee.", "In 1956 was het koud.", "Vier.", "Vijf.");
        var fr = TestDocuments.sentences(dev.accord.core.text.Language.FR,
                "Un.", "Deux.", "Trois.", "Quatre.", "Cinq.", "Six.", "En 1956 il faisait froid.", "Huit.");
        KeySpace keys = new KeySpace();
        SentenceTerms source = SentenceTerms.of(nl, dev.accord.normalize.Normalizer.lucene(), LexicalParameters.DEFAULTS);
        SentenceTerms target = SentenceTerms.of(fr, dev.accord.normalize.Normalizer.lucene(), LexicalParameters.DEFAULTS);
        source.relabel(keys);
        target.relabel(keys);
        int[][] guide = Anchors.guide(source, target, keys.size());
        assertEquals(6, guide[0].length);
        assertEquals(0, guide[1][0]);
        assertEquals(7, guide[1][3], "the point after the anchored pair (2, 6)");
        assertEquals(8, guide[1][5]);
        for (int i = 1; i < guide[1].length; i++) {
            assertTrue(guide[1][i] >= guide[1][i - 1], "monotone");
        }
    }
}
