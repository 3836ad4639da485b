package dev.accord.core.text;

/**
 * A half-open range {@code [start, end)} of item indices, such as sentence or token numbers.
 *
 * <p>This is deliberately a different type from {@link TextSpan}, which counts characters.
 *
 * @param start the first index, inclusive, {@code >= 0}
 * @param end the last index, exclusive, {@code >= start}
 */
public record IndexRange(int start, int end) {

    /**
     * Validates the indices.
     *
     * @throws IllegalArgumentException if {@code start < 0} or {@code end < start}
     */
    public IndexRange {
        if (start < 0) {
            throw new IllegalArgumentException("start must be >= 0, got " + start);
        }
        if (end < start) {
            throw new IllegalArgumentException("end must be >= start, got #" + start + "..#" + end);
        }
    }

    /** Returns the number of indices in the range. */
    public int size() {
        return end - start;
    }

    /** Returns true if {@code index} lies in the range. */
    public boolean contains(int index) {
        return start <= index && index < end;
    }

    /** Returns the range as {@code #start..#end}, so it is never confused with a {@link TextSpan}. */
    @Override
    public String toString() {
        return "#" + start + "..#" + end;
    }
}
