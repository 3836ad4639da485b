package dev.accord.internal;

/**
 * Character classes shared by the reader and the segmenter, so that both agree on what a blank
 * line and a trimmed span are.
 *
 * <p>Not part of the API.
 */
public final class TextChars {

    private TextChars() {
    }

    /**
     * Returns true if {@code c} is white space for Accord: Java white space, any Unicode space
     * separator (no-break space U+00A0, narrow no-break space U+202F used before French {@code ?!:;}),
     * and the invisible zero-width space U+200B and byte-order mark U+FEFF.
     */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    /** Returns true if every character of {@code text[from, to)} is {@linkplain #isSpace(char) space}. */
    public static boolean isBlank(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Returns the first index in {@code [from, to)} that is not space, or {@code to}. */
    public static int skipSpace(CharSequence text, int from, int to) {
        int i = from;
        while (i < to && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Returns the index after the last non-space character in {@code [from, to)}, or {@code from}. */
    public static int trimEnd(CharSequence text, int from, int to) {
        int i = to;
        while (i > from && isSpace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
