package dev.accord.align;

import dev.accord.core.text.Document;

/**
 * The sizes and paragraph structure of a document's sentences in primitive arrays: prefix sums of
 * character lengths and each sentence's paragraph. Immutable.
 */
final class SentenceLayout {

    private final long[] charPrefix;
    private final int[] paragraph;

    private SentenceLayout(long[] charPrefix, int[] paragraph) {
        this.charPrefix = charPrefix;
        this.paragraph = paragraph;
    }

    static SentenceLayout of(Document document) {
        int n = document.size();
        long[] prefix = new long[n + 1];
        int[] paragraph = new int[n];
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i] + document.sentence(i).length();
            paragraph[i] = document.sentence(i).paragraph();
        }
        return new SentenceLayout(prefix, paragraph);
    }

    int size() {
        return paragraph.length;
    }

    /** Returns the characters of sentences {@code from..to-1}. */
    double chars(int from, int to) {
        return charPrefix[to] - charPrefix[from];
    }

    /** Returns the characters of all sentences. */
    long totalChars() {
        return charPrefix[paragraph.length];
    }

    /** Returns true if sentences {@code from..to-1} belong to more than one paragraph. */
    boolean crossesParagraph(int from, int to) {
        return to - from > 1 && paragraph[from] != paragraph[to - 1];
    }

    /** Returns true if a paragraph starts at sentence {@code i} (the first sentence and the end count). */
    boolean paragraphStartsAt(int i) {
        return i == 0 || i == paragraph.length || paragraph[i] != paragraph[i - 1];
    }

    /**
     * Returns the first sentence of each paragraph that has sentences, in order, followed by
     * {@link #size()}: paragraph {@code p} holds sentences {@code starts[p]..starts[p+1]-1}.
     */
    int[] paragraphStarts() {
        int[] starts = new int[innerBoundaries() + 2];
        int p = 0;
        for (int i = 0; i < paragraph.length; i++) {
            if (paragraphStartsAt(i)) {
                starts[p++] = i;
            }
        }
        starts[p] = paragraph.length;
        return p == 0 ? new int[] {0} : starts;
    }

    /** Returns the number of paragraph boundaries between sentences. */
    int innerBoundaries() {
        int count = 0;
        for (int i = 1; i < paragraph.length; i++) {
            if (paragraph[i] != paragraph[i - 1]) {
                count++;
            }
        }
        return count;
    }
}
