package dev.accord.internal;

import dev.accord.core.text.Document;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * How text and scores are written to output files and reports: scores with four decimals, and
 * characters an output cannot hold replaced by U+FFFD. Shared by the writers of
 * {@code dev.accord.write} and the command line's reports, so that every output agrees.
 *
 * <p>Not part of the API.
 */
public final class OutputText {

    private static final char REPLACEMENT = '\uFFFD';

    private OutputText() {
    }

    /** Returns the sentences {@code ids} of {@code document}, joined by a space; empty for no ids. */
    public static String sentences(Document document, List<Integer> ids) {
        return document.sentencesText(ids);
    }

    /**
     * Returns the score with four decimals, e.g. {@code 0.9734}; the same in every format. Rounds
     * as {@code String.format("%.4f")} does (half up, from the shortest decimal that reads back as
     * the same double) at a fraction of its cost, which shows on a file of 100,000 beads.
     */
    public static String score(double score) {
        if (score == 0 && Double.doubleToRawLongBits(score) != 0) {
            return "-0.0000";  // BigDecimal has no negative zero
        }
        return BigDecimal.valueOf(score).setScale(4, RoundingMode.HALF_UP).toPlainString();
    }

    /** Returns {@code text} with each lone surrogate replaced by U+FFFD, so that UTF-8 can encode it. */
    public static String withoutLoneSurrogates(String text) {
        return replace(text, false);
    }

    /**
     * Returns {@code text} with each character XML 1.0 forbids (C0 controls other than tab, line
     * feed and carriage return; U+FFFE, U+FFFF; lone surrogates) replaced by U+FFFD.
     */
    public static String forXml(String text) {
        return replace(text, true);
    }

    private static String replace(String text, boolean xml) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            boolean bad = !pair && Character.isSurrogate(c)
                    || xml && (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFE' || c == '\uFFFF');
            if (bad && b == null) {
                b = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (b != null) {
                if (bad) {
                    b.append(REPLACEMENT);
                } else {
                    b.append(c);
                    if (pair) {
                        b.append(text.charAt(i + 1));
                    }
                }
            }
            if (pair) {
                i++;
            }
        }
        return b == null ? text : b.toString();
    }

    /**
     * Returns true for the characters that common tools take as a line break: line feed, vertical
     * tab, form feed, carriage return, the file/group/record separators, next line (U+0085), and
     * the line and paragraph separators (U+2028, U+2029).
     */
    public static boolean isLineBreak(char c) {
        return c >= '\n' && c <= '\r' || c >= '\u001C' && c <= '\u001E' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
