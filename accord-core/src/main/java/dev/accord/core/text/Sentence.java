package dev.accord.core.text;

import java.util.Objects;

/**
 * One sentence of a {@link Document}: its position, the paragraph it belongs to, and the
 * characters it covers.
 *
 * <p>Headings and other paragraphs without final punctuation are sentences too.
 *
 * @param index the 0-based number of the sentence in its document
 * @param paragraph the 0-based number of the paragraph that contains it
 * @param span the characters of the sentence in the document text; not empty
 * @param text the covered text, equal to {@code span.coveredText(document.text())}; neither
 *     starts nor ends with whitespace ({@link Character#isWhitespace(char)}, as
 *     {@link String#strip()} removes it)
 */
public record Sentence(int index, int paragraph, TextSpan span, String text) {

    /**
     * Validates the sentence on its own; {@link Document} checks it against the text.
     *
     * @throws IllegalArgumentException if an index is negative, the text is empty, starts or
     *     ends with whitespace, or its length differs from the span length; the message names
     *     the sentence
     * @throws NullPointerException if {@code span} or {@code text} is null
     */
    public Sentence {
        Objects.requireNonNull(span, () -> "span of sentence " + index);
        Objects.requireNonNull(text, () -> "text of sentence " + index);
        if (index < 0) {
            throw new IllegalArgumentException("sentence index must be >= 0, got " + index);
        }
        if (paragraph < 0) {
            throw new IllegalArgumentException("paragraph index must be >= 0, got " + paragraph);
        }
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("sentence " + index + ": text length " + text.length()
                    + " differs from span " + span);
        }
        if (text.isEmpty()) {
            throw new IllegalArgumentException("sentence " + index + " is empty " + span);
        }
        if (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1))) {
            throw new IllegalArgumentException("sentence " + index + " " + span
                    + " starts or ends with whitespace: the span must exclude it");
        }
    }

    /** Returns the number of characters of the sentence. */
    public int length() {
        return text.length();
    }

    /** Returns {@code #index [s..e) text}. */
    @Override
    public String toString() {
        return "#" + index + " " + span + " " + text;
    }
}
