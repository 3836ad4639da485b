package dev.accord.core.extract;

import java.util.List;
import java.util.Objects;

/** Checks lists of sentence indices for the records of this package; not API. */
final class SentenceIndices {

    private SentenceIndices() {
    }

    /**
     * Returns an immutable copy of {@code sentences} after checking that it is not empty and
     * strictly ascending from {@code 0} or more.
     *
     * @param what names the owner in messages, e.g. {@code STRONGER_DEFENSE}
     * @throws NullPointerException if the list or an index is null
     * @throws IllegalArgumentException if the list is empty, an index is negative or the indices
     *     are not strictly ascending
     */
    static List<Integer> requireAscending(List<Integer> sentences, String what) {
        Objects.requireNonNull(sentences, () -> what + " sentences");
        for (int i = 0; i < sentences.size(); i++) {
            Objects.requireNonNull(sentences.get(i), () -> what + " sentence index is null");
        }
        List<Integer> copy = List.copyOf(sentences);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(what + " needs at least one sentence");
        }
        int previous = -1;
        for (int s : copy) {
            if (s <= previous) {
                throw new IllegalArgumentException(what + " sentences must be ascending, distinct and >= 0, got " + copy);
            }
            previous = s;
        }
        return copy;
    }

    /**
     * Returns an immutable copy of {@code sentences} after checking that it is strictly ascending
     * from {@code 0} or more; it may be empty.
     *
     * @throws NullPointerException if the list or an index is null
     * @throws IllegalArgumentException if an index is negative or the indices are not strictly ascending
     */
    static List<Integer> requireAscendingOrEmpty(List<Integer> sentences, String what) {
        Objects.requireNonNull(sentences, () -> what);
        return sentences.isEmpty() ? List.of() : requireAscending(sentences, what);
    }
}
