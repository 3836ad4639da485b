package dev.accord.align;

import java.util.Arrays;

/**
 * The dynamic program that finds the cheapest monotone sequence of beads through a {@link Band} of
 * the alignment lattice. Memory is one byte per band cell for the back-pointers plus a few rows of
 * costs; time is the number of cells times the number of shapes. Stateless; each call is independent.
 */
final class BandedDp {

    /** The cost of one bead; must be a pure function of its arguments. */
    interface BeadCost {
        /**
         * Returns the cost of the bead of shape {@code shape} that ends just before source
         * sentence {@code i} and target sentence {@code j}, or {@code +Infinity} to forbid it.
         */
        default double cost(int shape, int i, int j) {
            return cost(shape, i, j, Double.POSITIVE_INFINITY);
        }

        /**
         * Returns the cost as {@link #cost(int, int, int)} does when it is below {@code budget};
         * otherwise any value {@code >= budget}, which lets a cost skip work for beads that cannot
         * win.
         */
        double cost(int shape, int i, int j, double budget);
    }

    /**
     * The best path: bead {@code k} has shape {@code shapes[k]} and ends before source sentence
     * {@code endI[k]} and target sentence {@code endJ[k]}.
     *
     * @param touchesEdge true if the path runs along an inner edge of the band, a hint that a wider
     *     band might find a better path
     */
    record Path(int[] shapes, int[] endI, int[] endJ, double[] costs, boolean touchesEdge) {

        int size() {
            return shapes.length;
        }

        /** Returns the lattice points the path visits, (0,0) first, as {@code {is, js}}. */
        int[][] points() {
            int[] is = new int[shapes.length + 1];
            int[] js = new int[shapes.length + 1];
            for (int k = 0; k < shapes.length; k++) {
                is[k + 1] = endI[k];
                js[k + 1] = endJ[k];
            }
            return new int[][] {is, js};
        }
    }

    private BandedDp() {
    }

    static Path run(Band band, BeadShapes shapes, BeadCost cost, ProgressReporter progress) {
        int n = band.n;
        int rows = shapes.maxSource() + 1;
        int width = band.maxWidth();
        double[][] ring = new double[rows][width];
        if (band.cells > Integer.MAX_VALUE - 16) {
            throw new IllegalStateException("band too large: " + band.cells + " cells");
        }
        byte[] back = new byte[(int) band.cells];
        int[] offset = new int[n + 1];
        int shapeCount = shapes.size();
        int[] sa = new int[shapeCount];
        int[] sb = new int[shapeCount];
        for (int k = 0; k < shapeCount; k++) {
            sa[k] = shapes.source(k);
            sb[k] = shapes.target(k);
        }
        int[] lo = band.lo;
        int[] hi = band.hi;
        int off = 0;
        for (int i = 0; i <= n; i++) {
            offset[i] = off;
            double[] row = ring[i % rows];
            int loI = lo[i];
            int hiI = hi[i];
            for (int j = loI; j <= hiI; j++) {
                double best = Double.POSITIVE_INFINITY;
                int bestShape = -1;
                if (i == 0 && j == 0) {
                    best = 0.0;
                }
                for (int k = 0; k < shapeCount; k++) {
                    int pi = i - sa[k];
                    int pj = j - sb[k];
                    if (pi < 0 || pj < 0 || pj < lo[pi] || pj > hi[pi]) {
                        continue;
                    }
                    double prev = ring[pi % rows][pj - lo[pi]];
                    if (prev == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double c = prev + cost.cost(k, i, j, best - prev);
                    if (c < best) {
                        best = c;
                        bestShape = k;
                    }
                }
                row[j - loI] = best;
                back[off + j - loI] = (byte) bestShape;
            }
            off += hiI - loI + 1;
            progress.rowDone(i, n);
        }
        return backtrace(band, shapes, cost, back, offset);
    }

    private static Path backtrace(Band band, BeadShapes shapes, BeadCost cost, byte[] back, int[] offset) {
        int i = band.n;
        int j = band.m;
        int capacity = 16;
        int[] ks = new int[capacity];
        int[] is = new int[capacity];
        int[] js = new int[capacity];
        double[] cs = new double[capacity];
        int count = 0;
        boolean edge = false;
        while (i > 0 || j > 0) {
            int k = back[offset[i] + j - band.lo[i]];
            if (k < 0) {
                throw new IllegalStateException("no path reaches (" + i + ", " + j + ")");
            }
            edge |= band.onInnerEdge(i, j);
            if (count == capacity) {
                capacity *= 2;
                ks = Arrays.copyOf(ks, capacity);
                is = Arrays.copyOf(is, capacity);
                js = Arrays.copyOf(js, capacity);
                cs = Arrays.copyOf(cs, capacity);
            }
            ks[count] = k;
            is[count] = i;
            js[count] = j;
            cs[count] = cost.cost(k, i, j);
            count++;
            i -= shapes.source(k);
            j -= shapes.target(k);
        }
        int[] rk = new int[count];
        int[] ri = new int[count];
        int[] rj = new int[count];
        double[] rc = new double[count];
        for (int x = 0; x < count; x++) {
            rk[x] = ks[count - 1 - x];
            ri[x] = is[count - 1 - x];
            rj[x] = js[count - 1 - x];
            rc[x] = cs[count - 1 - x];
        }
        return new Path(rk, ri, rj, rc, edge);
    }
}
