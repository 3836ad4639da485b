package dev.accord.align;

import java.util.Arrays;

/**
 * A guide path for the first alignment pass, through anchor points: pairs of sentences that share
 * a rare term (a number, name or word found in equally few sentences of each document, the k-th
 * occurrence on one side paired with the k-th on the other), kept only where they form the longest
 * chain that is increasing on both sides. Between anchors the guide is
 * a straight line. Linear in the number of terms, plus {@code k log k} for {@code k} candidates.
 */
final class Anchors {

    /** The most sentences a term may occur in to serve as an anchor; its occurrences pair up in order. */
    static final int MAX_OCCURRENCES = 8;

    private Anchors() {
    }

    /**
     * Returns the guide as lattice points {@code {is, js}}, one per source position {@code 0..n},
     * or {@code null} if the documents share no anchor.
     */
    static int[][] guide(SentenceTerms source, SentenceTerms target, int keySpace) {
        int n = source.size();
        int m = target.size();
        int[][] sourceRows = occurrences(source, keySpace);
        int[][] targetRows = occurrences(target, keySpace);
        int count = 0;
        long[] candidates = new long[Math.min(n, m) + 16];
        for (int key = 0; key < keySpace; key++) {
            int[] sr = sourceRows[key];
            int[] tr = targetRows[key];
            if (sr == null || tr == null || sr.length != tr.length) {
                continue;
            }
            for (int x = 0; x < sr.length; x++) {
                if (count == candidates.length) {
                    candidates = Arrays.copyOf(candidates, count * 2);
                }
                // sort by source row ascending, then target row descending (strict chains only)
                candidates[count++] = ((long) sr[x] << 32) | (0xFFFFFFFFL & (Integer.MAX_VALUE - tr[x]));
            }
        }
        if (count == 0) {
            return null;
        }
        Arrays.sort(candidates, 0, count);
        int[] is = new int[count];
        int[] js = new int[count];
        for (int c = 0; c < count; c++) {
            is[c] = (int) (candidates[c] >>> 32);
            js[c] = Integer.MAX_VALUE - (int) candidates[c];
        }
        int[] chain = longestIncreasing(js);
        // lattice points: the start, the point after each anchored pair, the end
        int[] ai = new int[chain.length + 2];
        int[] aj = new int[chain.length + 2];
        for (int c = 0; c < chain.length; c++) {
            ai[c + 1] = is[chain[c]] + 1;
            aj[c + 1] = js[chain[c]] + 1;
        }
        ai[chain.length + 1] = n;
        aj[chain.length + 1] = m;
        return through(ai, aj, n, m);
    }

    /**
     * Returns the guide through the lattice points {@code (ai[p], aj[p])}, which must run from
     * {@code (0, 0)} to {@code (n, m)} and never decrease on either side, straight between them:
     * one point per source position {@code 0..n}, as {@code {is, js}}.
     */
    static int[][] through(int[] ai, int[] aj, int n, int m) {
        int[] pointsI = new int[n + 1];
        int[] pointsJ = new int[n + 1];
        int p = 0;
        for (int i = 0; i <= n; i++) {
            while (p + 1 < ai.length - 1 && ai[p + 1] <= i) {
                p++;
            }
            int i0 = ai[p];
            int i1 = ai[p + 1];
            int j0 = aj[p];
            int j1 = aj[p + 1];
            pointsI[i] = i;
            pointsJ[i] = i1 == i0 ? j1 : j0 + (int) ((long) (j1 - j0) * (i - i0) / (i1 - i0));
        }
        return new int[][] {pointsI, pointsJ};
    }

    /**
     * Returns, per key, the sentences holding it in order, or null if none holds it or more than
     * {@link #MAX_OCCURRENCES} do (a frequent term says nothing about position).
     */
    private static int[][] occurrences(SentenceTerms terms, int keySpace) {
        int[] counts = new int[keySpace];
        int[] last = new int[keySpace];
        Arrays.fill(last, -1);
        for (int s = 0; s < terms.size(); s++) {
            for (int k = 0; k < terms.id[s].length; k++) {
                int key = terms.id[s][k];
                if (terms.anchorable(key) && last[key] != s) {
                    last[key] = s;
                    counts[key]++;
                }
            }
        }
        int[][] rows = new int[keySpace][];
        Arrays.fill(last, -1);
        for (int s = 0; s < terms.size(); s++) {
            for (int k = 0; k < terms.id[s].length; k++) {
                int key = terms.id[s][k];
                if (terms.anchorable(key) && last[key] != s && counts[key] <= MAX_OCCURRENCES) {
                    if (rows[key] == null) {
                        rows[key] = new int[counts[key]];
                        counts[key] = 0;
                    }
                    last[key] = s;
                    rows[key][counts[key]++] = s;
                }
            }
        }
        return rows;
    }

    /** Returns the indices of a longest strictly increasing subsequence of {@code values}. */
    static int[] longestIncreasing(int[] values) {
        int n = values.length;
        int[] tails = new int[n];
        int[] previous = new int[n];
        int length = 0;
        for (int x = 0; x < n; x++) {
            int lo = 0;
            int hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (values[tails[mid]] < values[x]) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            previous[x] = lo > 0 ? tails[lo - 1] : -1;
            tails[lo] = x;
            length = Math.max(length, lo + 1);
        }
        int[] out = new int[length];
        for (int x = length - 1, at = length > 0 ? tails[length - 1] : -1; x >= 0; x--, at = previous[at]) {
            out[x] = at;
        }
        return out;
    }
}
