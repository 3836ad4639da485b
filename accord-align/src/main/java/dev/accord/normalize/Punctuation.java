package dev.accord.normalize;

/**
 * The punctuation marks that become {@link Term.Kind#PUNCT} terms, and their forms.
 *
 * <p>A mark between two letters or digits is part of a word ({@code auto's}, {@code aujourd'hui})
 * or of a number, never a term of its own; a single quote elsewhere is a quotation mark.
 */
final class Punctuation {

    private Punctuation() {
    }

    /** Returns the form of the mark at {@code i} in {@code s}, or null if it is none. */
    static String form(String s, int i) {
        String form = switch (s.charAt(i)) {
            case '?', '\uFF1F' -> "?";
            case '!', '\uFF01' -> "!";
            case ':' -> ":";
            case ';' -> ";";
            case '(', '[', '{' -> "(";
            case ')', ']', '}' -> ")";
            case '"', '\'', '«', '»', '“', '”', '„', '‟', '‘', '’', '‚', '‹', '›' -> "\"";
            case '…' -> "…";
            default -> null;
        };
        if (form == null || (i > 0 && i + 1 < s.length()
                && Character.isLetterOrDigit(s.codePointBefore(i)) && Character.isLetterOrDigit(s.codePointAt(i + 1)))) {
            return null;
        }
        return form;
    }
}
