package dev.accord.internal;

import java.util.Locale;

/**
 * Character classes shared by the reader and the segmenter, so that both agree on what a blank
 * line and a trimmed span are, and the escaping of untrusted text shown to a user.
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

    /**
     * Returns {@code text} safe to show on a terminal: every character that a terminal would act on
     * or that reorders what is shown is written as a <code>&#92;uXXXX</code> escape. These are the C0 and
     * C1 control characters ({@code U+0000..U+001F}, {@code U+007F..U+009F}: ESC among them, which
     * starts the sequences that set a window title or clear the screen), the line and paragraph
     * separators {@code U+2028}, {@code U+2029}, and the bidirectional embeddings, overrides and
     * isolates ({@code U+202A..U+202E}, {@code U+2066..U+2069}). Everything else is kept.
     */
    public static String printable(CharSequence text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (actsOnTerminal(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text.toString() : out.toString();
    }

    private static boolean actsOnTerminal(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
