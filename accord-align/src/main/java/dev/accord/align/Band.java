package dev.accord.align;

import java.util.Arrays;

/**
 * The cells {@code (i, j)} of the alignment lattice a dynamic program may visit: for each source
 * position {@code i in 0..n}, the target positions {@code lo[i]..hi[i]} (inclusive). Both bounds
 * never decrease with {@code i}, consecutive rows overlap, {@code (0, 0)} and {@code (n, m)} are
 * inside, so a path of one-sided beads always exists. Immutable after construction.
 */
final class Band {

    final int n;
    final int m;
    final int[] lo;
    final int[] hi;
    final long cells;

    private Band(int n, int m, int[] lo, int[] hi) {
        this.n = n;
        this.m = m;
        this.lo = lo;
        this.hi = hi;
        lo[0] = 0;
        hi[n] = m;
        for (int i = n - 1; i >= 0; i--) {
            lo[i] = Math.min(lo[i], lo[i + 1]);
        }
        for (int i = 1; i <= n; i++) {
            hi[i] = Math.max(hi[i], hi[i - 1]);
        }
        for (int i = 1; i <= n; i++) {
            // rows must overlap so that a 1-0 step can join them
            lo[i] = Math.min(lo[i], hi[i - 1]);
        }
        long c = 0;
        for (int i = 0; i <= n; i++) {
            c += hi[i] - lo[i] + 1;
        }
        cells = c;
    }

    /** Returns the band of half-width {@code w} around the straight diagonal from (0,0) to (n,m). */
    static Band diagonal(int n, int m, int w) {
        int[] lo = new int[n + 1];
        int[] hi = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            int c = n == 0 ? 0 : (int) Math.round((double) i * m / n);
            lo[i] = Math.max(0, c - w);
            hi[i] = Math.min(m, c + w);
        }
        if (n == 0) {
            hi[0] = m;
        }
        return new Band(n, m, lo, hi);
    }

    /**
     * Returns the band of half-width {@code w} around a monotone path given by the lattice points
     * it visits ({@code pathI[k], pathJ[k]}), from (0,0) to (n,m).
     */
    static Band around(int n, int m, int[] pathI, int[] pathJ, int w) {
        int[] min = new int[n + 1];
        int[] max = new int[n + 1];
        Arrays.fill(min, Integer.MAX_VALUE);
        Arrays.fill(max, Integer.MIN_VALUE);
        for (int k = 0; k < pathI.length; k++) {
            int i = pathI[k];
            min[i] = Math.min(min[i], pathJ[k]);
            max[i] = Math.max(max[i], pathJ[k]);
        }
        // rows skipped by beads with several source sentences take the span of their neighbours
        int last = 0;
        for (int i = 0; i <= n; i++) {
            if (min[i] == Integer.MAX_VALUE) {
                min[i] = last;
            } else {
                last = max[i];
            }
        }
        int next = m;
        for (int i = n; i >= 0; i--) {
            if (max[i] == Integer.MIN_VALUE) {
                max[i] = next;
            } else {
                next = min[i];
            }
        }
        int[] lo = new int[n + 1];
        int[] hi = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            lo[i] = Math.max(0, min[i] - w);
            hi[i] = Math.min(m, max[i] + w);
        }
        return new Band(n, m, lo, hi);
    }

    /** Returns true if {@code j} lies in row {@code i}. */
    boolean contains(int i, int j) {
        return j >= lo[i] && j <= hi[i];
    }

    /** Returns true if {@code (i, j)} lies on an inner edge of the band (an edge that is not the lattice border). */
    boolean onInnerEdge(int i, int j) {
        return (j == lo[i] && lo[i] > 0) || (j == hi[i] && hi[i] < m);
    }

    /** Returns the widest row. */
    int maxWidth() {
        int w = 0;
        for (int i = 0; i <= n; i++) {
            w = Math.max(w, hi[i] - lo[i] + 1);
        }
        return w;
    }
}
