package dev.accord.align;

/**
 * The lexical matches of every pair of a source and a target sentence that a dynamic program over
 * a given {@link Band} can put into one bead. For pair {@code (s, t)} it keeps the weight of the
 * target tokens of {@code t} matched by something in {@code s}, and the weight of the source tokens
 * of {@code s} matched by something in {@code t}. A token matches if its identity key or its cognate
 * key is among the other sentence's keys, or among the keys its words translate to.
 *
 * <p>Memory is four bytes per pair, pairs being the band cells widened by the largest bead.
 */
final class PairEvidence {

    private final int n;
    private final int m;
    private final int[] pairLo;
    private final int[] pairHi;
    private final int[] offset;
    private final char[] targetMatched;
    private final char[] sourceMatched;

    /** The keys a sentence offers to the other side, besides its own tokens' keys. */
    interface ExtraKeys {
        /** Returns extra keys of sentence {@code s}, possibly empty. */
        int[] keys(int s);
    }

    PairEvidence(Band band, BeadShapes shapes, SentenceTerms source, SentenceTerms target, int keySpace,
            ExtraKeys sourceExtra, ExtraKeys targetExtra, boolean useCognates) {
        this.n = source.size();
        this.m = target.size();
        int maxA = shapes.maxSource();
        int maxB = 0;
        for (int k = 0; k < shapes.size(); k++) {
            maxB = Math.max(maxB, shapes.target(k));
        }
        pairLo = new int[Math.max(n, 1)];
        pairHi = new int[Math.max(n, 1)];
        offset = new int[n + 1];
        long total = 0;
        for (int s = 0; s < n; s++) {
            pairLo[s] = Math.max(0, band.lo[s + 1] - maxB);
            pairHi[s] = Math.min(m - 1, band.hi[Math.min(n, s + maxA)] - 1);
            offset[s] = (int) total;
            total += Math.max(0, pairHi[s] - pairLo[s] + 1);
            if (total > Integer.MAX_VALUE - 16) {
                throw new IllegalStateException("too many sentence pairs: " + total);
            }
        }
        offset[n] = (int) total;
        targetMatched = new char[(int) total];
        sourceMatched = new char[(int) total];
        int[] stamp = new int[keySpace];
        int mark = 0;
        // rows: what each source sentence offers, tested against the target tokens
        for (int s = 0; s < n; s++) {
            if (pairHi[s] < pairLo[s]) {
                continue;
            }
            mark++;
            markKeys(stamp, mark, source, s, sourceExtra.keys(s), useCognates);
            for (int t = pairLo[s]; t <= pairHi[s]; t++) {
                targetMatched[offset[s] + t - pairLo[s]] = (char) Math.min(Character.MAX_VALUE,
                        matched(stamp, mark, target, t, useCognates));
            }
        }
        // columns: what each target sentence offers, tested against the source tokens
        int first = 0;
        for (int t = 0; t < m; t++) {
            while (first < n && pairHi[first] < t) {
                first++;
            }
            if (first >= n || pairLo[first] > t) {
                continue;
            }
            mark++;
            markKeys(stamp, mark, target, t, targetExtra.keys(t), useCognates);
            for (int s = first; s < n && pairLo[s] <= t; s++) {
                sourceMatched[offset[s] + t - pairLo[s]] = (char) Math.min(Character.MAX_VALUE,
                        matched(stamp, mark, source, s, useCognates));
            }
        }
    }

    private static void markKeys(int[] stamp, int mark, SentenceTerms terms, int s, int[] extra, boolean useCognates) {
        for (int key : terms.id[s]) {
            stamp[key] = mark;
        }
        if (useCognates) {
            for (int key : terms.id[s]) {
                int cognate = terms.cognate(key);
                if (cognate >= 0) {
                    stamp[cognate] = mark;
                }
            }
        }
        for (int key : extra) {
            stamp[key] = mark;
        }
    }

    private static int matched(int[] stamp, int mark, SentenceTerms terms, int s, boolean useCognates) {
        int[] ids = terms.id[s];
        byte[] weights = terms.weight[s];
        int sum = 0;
        for (int k = 0; k < ids.length; k++) {
            int cognate;
            if (stamp[ids[k]] == mark || (useCognates && (cognate = terms.cognate(ids[k])) >= 0 && stamp[cognate] == mark)) {
                sum += weights[k];
            }
        }
        return sum;
    }

    /** Returns the weight of target sentence {@code t}'s tokens matched by source sentence {@code s}. */
    int targetMatched(int s, int t) {
        return t < pairLo[s] || t > pairHi[s] ? 0 : targetMatched[offset[s] + t - pairLo[s]];
    }

    /** Returns the weight of source sentence {@code s}'s tokens matched by target sentence {@code t}. */
    int sourceMatched(int s, int t) {
        return t < pairLo[s] || t > pairHi[s] ? 0 : sourceMatched[offset[s] + t - pairLo[s]];
    }

    /**
     * Returns the lexical similarity in {@code [0, 1]} of the bead of source sentences
     * {@code [i0, i1)} and target sentences {@code [j0, j1)}: the matched weight of both sides over
     * their total weight. A token counts once however many sentences of the other side match it.
     */
    double similarity(SentenceTerms source, SentenceTerms target, int i0, int i1, int j0, int j1) {
        if (i1 - i0 == 1 && j1 - j0 == 1) {
            int total = source.totalWeight[i0] + target.totalWeight[j0];
            if (total == 0 || j0 < pairLo[i0] || j0 > pairHi[i0]) {
                return 0.0;
            }
            int at = offset[i0] + j0 - pairLo[i0];
            return (double) (Math.min(sourceMatched[at], source.totalWeight[i0])
                    + Math.min(targetMatched[at], target.totalWeight[j0])) / total;
        }
        long matched = 0;
        long total = 0;
        for (int s = i0; s < i1; s++) {
            int sum = 0;
            for (int t = j0; t < j1; t++) {
                sum += sourceMatched(s, t);
            }
            matched += Math.min(sum, source.totalWeight[s]);
            total += source.totalWeight[s];
        }
        for (int t = j0; t < j1; t++) {
            int sum = 0;
            for (int s = i0; s < i1; s++) {
                sum += targetMatched(s, t);
            }
            matched += Math.min(sum, target.totalWeight[t]);
            total += target.totalWeight[t];
        }
        return total == 0 ? 0.0 : (double) matched / total;
    }

    int sourceSize() {
        return n;
    }

    int targetSize() {
        return m;
    }
}
