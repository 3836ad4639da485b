package dev.accord.core.text;

import java.util.Objects;

/**
 * A half-open range {@code [start, end)} of UTF-16 character offsets into a text.
 *
 * <p>Offsets always refer to the original text they were taken from (for a {@link Sentence},
 * the {@link Document#text() document text}). Index ranges over sentences or tokens use a
 * different type, {@link IndexRange}, so the two units cannot be mixed up.
 *
 * @param start the first character offset, inclusive, {@code >= 0}
 * @param end the last character offset, exclusive, {@code >= start}
 */
public record TextSpan(int start, int end) implements Comparable<TextSpan> {

    /**
     * Validates the offsets.
     *
     * @throws IllegalArgumentException if {@code start < 0} or {@code end < start}
     */
    public TextSpan {
        if (start < 0) {
            throw new IllegalArgumentException("start must be >= 0, got " + start);
        }
        if (end < start) {
            throw new IllegalArgumentException("end must be >= start, got [" + start + ".." + end + ")");
        }
    }

    /** Returns the number of characters covered, {@code end - start}. */
    public int length() {
        return end - start;
    }

    /** Returns true if the span covers no character. */
    public boolean isEmpty() {
        return start == end;
    }

    /** Returns true if {@code other} lies entirely within this span. */
    public boolean contains(TextSpan other) {
        return start <= other.start && other.end <= end;
    }

    /** Returns true if the two spans share at least one character. */
    public boolean overlaps(TextSpan other) {
        return start < other.end && other.start < end;
    }

    /** Returns this span moved right by {@code offset} characters. */
    public TextSpan shift(int offset) {
        return new TextSpan(start + offset, end + offset);
    }

    /**
     * Returns the characters this span covers in {@code text}.
     *
     * @throws IndexOutOfBoundsException if the span reaches beyond the end of {@code text}
     */
    public String coveredText(CharSequence text) {
        Objects.requireNonNull(text, "text");
        if (end > text.length()) {
            throw new IndexOutOfBoundsException("span " + this + " reaches beyond text of length " + text.length());
        }
        return text.subSequence(start, end).toString();
    }

    /** Orders spans by start, then by end. */
    @Override
    public int compareTo(TextSpan o) {
        int c = Integer.compare(start, o.start);
        return c != 0 ? c : Integer.compare(end, o.end);
    }

    /** Returns the span as {@code [start..end)}. */
    @Override
    public String toString() {
        return "[" + start + ".." + end + ")";
    }
}
