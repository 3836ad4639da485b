package dev.accord.eval;

import java.util.Locale;
import java.util.Objects;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * The form in which company names are compared when extraction is scored: lower case
 * ({@link Locale#ROOT}), accents folded to ASCII by Lucene's {@link ASCIIFoldingFilter}, every
 * character that is neither a letter, a digit nor white space removed, runs of white space made
 * one space, no space at either end. {@code "Telefónica S.A."} and {@code "telefonica sa"} fold
 * alike; so do {@code "F-Secure"} and {@code "FSecure"}, but not {@code "F Secure"}.
 */
final class NameFold {

    private NameFold() {
    }

    /**
     * Returns the folded form of {@code name}; empty if it has no letter or digit.
     *
     * @throws NullPointerException if {@code name} is null
     */
    static String fold(String name) {
        Objects.requireNonNull(name, "name");
        String lower = name.toLowerCase(Locale.ROOT);
        char[] ascii = new char[lower.length() * 4];
        int length = ASCIIFoldingFilter.foldToASCII(lower.toCharArray(), 0, ascii, 0, lower.length());
        StringBuilder folded = new StringBuilder(length);
        boolean space = false;
        for (int i = 0; i < length; i++) {
            char c = ascii[i];
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = folded.length() > 0;
            } else if (Character.isLetterOrDigit(c)) {
                if (space) {
                    folded.append(' ');
                    space = false;
                }
                folded.append(c);
            }
        }
        return folded.toString();
    }
}
