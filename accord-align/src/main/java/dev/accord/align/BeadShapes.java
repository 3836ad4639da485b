package dev.accord.align;

import java.util.ArrayList;
import java.util.List;

/**
 * The bead shapes {@code a-b} a dynamic program may use, indexed {@code 0..size()-1}: {@code 1-1}
 * first (the likeliest, so that costs can skip work for shapes that cannot beat it), then the
 * one-sided shapes {@code 1-0} and {@code 0-1}, then larger two-sided shapes by growing size.
 */
final class BeadShapes {

    private final int[] sourceCounts;
    private final int[] targetCounts;
    private final int maxSource;

    private BeadShapes(List<int[]> shapes) {
        sourceCounts = new int[shapes.size()];
        targetCounts = new int[shapes.size()];
        int max = 0;
        for (int k = 0; k < shapes.size(); k++) {
            sourceCounts[k] = shapes.get(k)[0];
            targetCounts[k] = shapes.get(k)[1];
            max = Math.max(max, sourceCounts[k]);
        }
        maxSource = max;
    }

    /**
     * Returns the shapes allowed by {@code maxBeadSize}: {@code 1-0}, {@code 0-1}, and every
     * {@code a-b} with {@code 1 <= a, b <= maxBeadSize} and {@code a + b <= max(4, maxBeadSize + 1)}.
     */
    static BeadShapes upTo(int maxBeadSize) {
        List<int[]> shapes = new ArrayList<>();
        shapes.add(new int[] {1, 1});
        shapes.add(new int[] {1, 0});
        shapes.add(new int[] {0, 1});
        int maxSum = Math.max(4, maxBeadSize + 1);
        for (int sum = 3; sum <= 2 * maxBeadSize; sum++) {
            for (int a = Math.max(1, sum - maxBeadSize); a <= Math.min(maxBeadSize, sum - 1); a++) {
                if (sum <= maxSum) {
                    shapes.add(new int[] {a, sum - a});
                }
            }
        }
        return new BeadShapes(shapes);
    }

    /** Returns the Gale and Church (1993) shapes, limited to {@code maxBeadSize}: up to {@code 2-2}. */
    static BeadShapes galeChurch(int maxBeadSize) {
        List<int[]> shapes = new ArrayList<>();
        for (int[] s : new int[][] {{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}, {2, 2}}) {
            if (s[0] <= maxBeadSize && s[1] <= maxBeadSize) {
                shapes.add(s);
            }
        }
        return new BeadShapes(shapes);
    }

    int size() {
        return sourceCounts.length;
    }

    int source(int shape) {
        return sourceCounts[shape];
    }

    int target(int shape) {
        return targetCounts[shape];
    }

    /** Returns the most source sentences any shape takes. */
    int maxSource() {
        return maxSource;
    }

    /** Returns the index of shape {@code a-b}, or -1 if it is not allowed. */
    int indexOf(int a, int b) {
        for (int k = 0; k < sourceCounts.length; k++) {
            if (sourceCounts[k] == a && targetCounts[k] == b) {
                return k;
            }
        }
        return -1;
    }
}
