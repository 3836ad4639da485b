package dev.accord.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BandSearchTest {

    @Test
    void aGuideThatIsOffByThreeBandWidthsSomewhereWidensUntilTheBandHoldsTheBestPath() {
        // 300 source sentences, translated one to one, and 40 extra target sentences after source
        // sentence 100; the guide knows the insertion but is 24 sentences off for source sentences
        // 150 to 170 (a misaligned paragraph), three times the band's first half-width
        int n = 300;
        int inserted = 40;
        int m = n + inserted;
        int[] sourceId = new int[n];
        int[] targetId = new int[m];
        for (int i = 0, j = 0; i < n; i++, j++) {
            sourceId[i] = i;
            if (i == 100) {
                for (int x = 0; x < inserted; x++) {
                    targetId[j++] = -1 - x;
                }
            }
            targetId[j] = i;
        }
        BeadShapes shapes = BeadShapes.galeChurch(2);
        BandedDp.BeadCost cost = (k, i, j, budget) -> {
            int a = shapes.source(k);
            int b = shapes.target(k);
            if (a == 1 && b == 1) {
                return sourceId[i - 1] == targetId[j - 1] ? 0 : 10;
            }
            return a + b == 1 ? 4 : 20;
        };
        int[] guideI = new int[n + 1];
        int[] guideJ = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            guideI[i] = i;
            guideJ[i] = (i <= 100 ? i : i + inserted) - (i >= 150 && i <= 170 ? 24 : 0);
        }
        BandedDp.Path guided = BandSearch.aroundPoints(new int[][] {guideI, guideJ}, n, m, 8, shapes,
                band -> cost, ProgressListener.NONE, "test");
        BandedDp.Path full = BandSearch.aroundDiagonal(n, m, m, shapes, band -> cost, ProgressListener.NONE, "test");
        assertEquals(n + inserted, full.size(), "300 one-to-one beads and 40 insertions");
        assertArrayEquals(full.endI(), guided.endI());
        assertArrayEquals(full.endJ(), guided.endJ());
    }
}
