package dev.accord.align;

import java.util.Arrays;

/**
 * Word translations learned from the document pair itself: IBM Model 1 (Brown et al. 1993),
 * trained by expectation maximisation on the confident beads of a first alignment pass, in the
 * manner of Moore (2002) and hunalign's realign step.
 *
 * <p>Only pairs that co-occur in the training beads get a probability, so memory is linear in the
 * number of co-occurring word pairs. That number is the product of the two sides' distinct words
 * per bead, so it is bounded twice: a bead with more than {@value #MAX_BEAD_CELLS} word pairs is
 * left out (one very long sentence of distinct words would otherwise need a cell for every pair),
 * and the beads together contribute at most {@value #MAX_CELLS} (the caller's sample is thinned
 * evenly when it holds more). Time and memory are thus linear in the input whatever its shape.
 *
 * <p>Design decision: a bead above the first bound is skipped rather than cut, because Model 1
 * on a bead of hundreds of distinct words a side learns little (each target word's probability
 * mass spreads over all of them); the longest bead of the Text+Berg test set has 3,843 pairs.
 *
 * <p>Deterministic: cells are numbered in order of first appearance and sums run in a fixed order.
 */
final class TranslationModel {

    private static final int ITERATIONS = 5;
    /** The most word pairs (source words with the empty word, times target words) one training bead may bring. */
    static final int MAX_BEAD_CELLS = 1 << 14;
    /** The most word pairs all training beads together may bring. */
    static final int MAX_CELLS = 1 << 22;

    private final int sourceVocabulary;
    private final int targetVocabulary;
    /** Sorted keys {@code s * (targetVocabulary + 1) + t} of the co-occurring pairs. */
    private final long[] pairKeys;
    private final float[] probability;
    private final int[] cooccurrences;
    private final long cells;

    private TranslationModel(int sourceVocabulary, int targetVocabulary, long[] pairKeys, float[] probability,
            int[] cooccurrences, long cells) {
        this.sourceVocabulary = sourceVocabulary;
        this.targetVocabulary = targetVocabulary;
        this.pairKeys = pairKeys;
        this.probability = probability;
        this.cooccurrences = cooccurrences;
        this.cells = cells;
    }

    /** Returns the number of cells EM ran over: the word pairs of the training beads it used, counted per bead. */
    long cells() {
        return cells;
    }

    /**
     * Trains {@code p(t | s)} on sentence pairs given as word ids ({@code -1} entries are skipped).
     * Source id {@code sourceVocabulary} is the empty word. Pairs above {@value #MAX_BEAD_CELLS}
     * cells are left out, and if the rest hold more than {@value #MAX_CELLS} an even sample of
     * them is used (see the class comment).
     */
    static TranslationModel train(int sourceVocabulary, int targetVocabulary, int[][] sourceWords, int[][] targetWords) {
        int nullWord = sourceVocabulary;
        int[][] src = new int[sourceWords.length][];
        int[][] tgt = new int[sourceWords.length][];
        int kept = 0;
        long fitting = 0;
        for (int p = 0; p < sourceWords.length; p++) {
            int[] s = withNull(distinctValid(sourceWords[p]), nullWord);
            int[] t = distinctValid(targetWords[p]);
            long cells = (long) s.length * t.length;
            if (cells <= MAX_BEAD_CELLS) {
                src[kept] = s;
                tgt[kept] = t;
                kept++;
                fitting += cells;
            }
        }
        // thin evenly to the budget, then stop at it: the stride alone misses when bead sizes vary
        long step = Math.max(1, (fitting + MAX_CELLS - 1) / MAX_CELLS);
        int pairs = 0;
        long count = 0;
        for (int p = 0; p < kept; p += step) {
            long cells = (long) src[p].length * tgt[p].length;
            if (count + cells > MAX_CELLS) {
                break;
            }
            src[pairs] = src[p];
            tgt[pairs] = tgt[p];
            pairs++;
            count += cells;
        }
        return train(sourceVocabulary, targetVocabulary, Arrays.copyOf(src, pairs), Arrays.copyOf(tgt, pairs), count);
    }

    private static TranslationModel train(int sourceVocabulary, int targetVocabulary, int[][] src, int[][] tgt,
            long count) {
        int pairs = src.length;
        long stride = targetVocabulary + 1L;
        // most co-occurrences repeat (function words, names): a quarter of the cells is a generous
        // first guess, and the index grows if it is not; sizing it for every cell cost ~100 MB
        PairIndex index = new PairIndex((int) Math.min(1 << 26, Math.max(16, count / 4)));
        // each training pair's cells, target-major, so that EM needs no lookups
        int[][] cells = new int[pairs][];
        for (int p = 0; p < pairs; p++) {
            int[] c = new int[src[p].length * tgt[p].length];
            int x = 0;
            for (int t : tgt[p]) {
                for (int s : src[p]) {
                    c[x++] = index.add(s * stride + t);
                }
            }
            cells[p] = c;
        }
        int unique = index.size();
        long[] pairKeys = index.keys();
        int[] cooccurrences = index.counts();
        float[] prob = new float[unique];
        Arrays.fill(prob, 1.0f);
        double[] counts = new double[unique];
        double[] totals = new double[sourceVocabulary + 1];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            Arrays.fill(counts, 0.0);
            Arrays.fill(totals, 0.0);
            for (int p = 0; p < pairs; p++) {
                int ns = src[p].length;
                int[] c = cells[p];
                for (int ti = 0; ti < tgt[p].length; ti++) {
                    double denominator = 0.0;
                    for (int si = 0; si < ns; si++) {
                        denominator += prob[c[ti * ns + si]];
                    }
                    if (denominator <= 0.0) {
                        continue;
                    }
                    for (int si = 0; si < ns; si++) {
                        int cell = c[ti * ns + si];
                        double share = prob[cell] / denominator;
                        counts[cell] += share;
                        totals[src[p][si]] += share;
                    }
                }
            }
            for (int cell = 0; cell < unique; cell++) {
                int s = (int) (pairKeys[cell] / stride);
                prob[cell] = totals[s] > 0 ? (float) (counts[cell] / totals[s]) : 0f;
            }
        }
        return new TranslationModel(sourceVocabulary, targetVocabulary, pairKeys, prob, cooccurrences, count);
    }

    /**
     * An insertion-ordered open-addressing map from pair keys to dense cell numbers, counting how
     * often each key was added. Insertion order keeps the cell numbering deterministic.
     */
    private static final class PairIndex {
        private long[] table;
        private int[] slots;
        private long[] keys;
        private int[] counts;
        private int size;

        PairIndex(int expected) {
            int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
            table = new long[capacity];
            slots = new int[capacity];
            Arrays.fill(slots, -1);
            keys = new long[Math.max(16, expected / 4)];
            counts = new int[keys.length];
        }

        int add(long key) {
            int mask = table.length - 1;
            int h = (int) (mix(key) & mask);
            while (slots[h] >= 0) {
                if (table[h] == key) {
                    counts[slots[h]]++;
                    return slots[h];
                }
                h = (h + 1) & mask;
            }
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                counts = Arrays.copyOf(counts, size * 2);
            }
            table[h] = key;
            slots[h] = size;
            keys[size] = key;
            counts[size] = 1;
            size++;
            if (size * 2 > table.length) {
                rehash();
            }
            return size - 1;
        }

        private void rehash() {
            long[] oldTable = table;
            int[] oldSlots = slots;
            table = new long[oldTable.length * 2];
            slots = new int[oldTable.length * 2];
            Arrays.fill(slots, -1);
            int mask = table.length - 1;
            for (int x = 0; x < oldTable.length; x++) {
                if (oldSlots[x] >= 0) {
                    int h = (int) (mix(oldTable[x]) & mask);
                    while (slots[h] >= 0) {
                        h = (h + 1) & mask;
                    }
                    table[h] = oldTable[x];
                    slots[h] = oldSlots[x];
                }
            }
        }

        private static long mix(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return h ^ (h >>> 29);
        }

        int size() {
            return size;
        }

        long[] keys() {
            return Arrays.copyOf(keys, size);
        }

        int[] counts() {
            return Arrays.copyOf(counts, size);
        }
    }

    /** Returns the ids of {@code words} that are not negative, sorted, each once. */
    private static int[] distinctValid(int[] words) {
        int[] sorted = words.clone();
        Arrays.sort(sorted);
        int count = 0;
        for (int w : sorted) {
            if (w >= 0 && (count == 0 || sorted[count - 1] != w)) {
                sorted[count++] = w;
            }
        }
        return Arrays.copyOf(sorted, count);
    }

    private static int[] withNull(int[] words, int nullWord) {
        int[] out = Arrays.copyOf(words, words.length + 1);
        out[words.length] = nullWord;
        return out;
    }

    /**
     * Returns, for each source word, the target words it translates to with probability at least
     * {@code threshold}, seen together in at least {@code minCount} training beads.
     */
    int[][] translations(double threshold, int minCount) {
        long stride = targetVocabulary + 1L;
        int[] counts = new int[sourceVocabulary];
        for (int cell = 0; cell < pairKeys.length; cell++) {
            int s = (int) (pairKeys[cell] / stride);
            if (s < sourceVocabulary && probability[cell] >= threshold && cooccurrences[cell] >= minCount) {
                counts[s]++;
            }
        }
        int[][] out = new int[sourceVocabulary][];
        for (int s = 0; s < sourceVocabulary; s++) {
            out[s] = new int[counts[s]];
        }
        int[] fill = new int[sourceVocabulary];
        for (int cell = 0; cell < pairKeys.length; cell++) {
            int s = (int) (pairKeys[cell] / stride);
            if (s < sourceVocabulary && probability[cell] >= threshold && cooccurrences[cell] >= minCount) {
                out[s][fill[s]++] = (int) (pairKeys[cell] % stride);
            }
        }
        return out;
    }
}
