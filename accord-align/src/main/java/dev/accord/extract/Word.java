package dev.accord.extract;

import java.util.Objects;

/**
 * One word of an analysed sentence, with every form the extraction rules compare: the text as
 * written, its fold and its Lucene term, all from the one analysis pass of the document.
 *
 * @param surface the word as written, without an elided article ({@code qu'Amazon → Amazon})
 * @param fold lower case, folded to ASCII by Lucene's {@code ASCIIFoldingFilter}
 * @param term the normaliser's form: the stem of an ordinary word, the genitive-free fold of a
 *     name, the language-neutral spelling of a number
 * @param key the word as part of a name: its fold without a final genitive {@code s} or
 *     {@code 's} ({@code Googles → google}), whatever the normaliser took it for
 * @param kind what the normaliser took the word for
 * @param start the UTF-16 offset of the word in the document text
 * @param end the offset just after the word
 * @param gap the characters between the previous word (or the sentence start) and this one:
 *     spaces and punctuation such as {@code ", "} or {@code ": "}
 */
record Word(String surface, String fold, String term, String key, Kind kind, int start, int end, String gap) {

    /** What the normaliser took a word for. */
    enum Kind {
        /** An ordinary word, stemmed. */
        WORD,
        /** A capitalised word inside a sentence (or with a capital after its first letter). */
        NAME,
        /** A number written with digits. */
        NUMBER
    }

    Word {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(fold, "fold");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(gap, "gap");
        if (surface.isEmpty() || start < 0 || end < start) {
            throw new IllegalArgumentException("bad word '" + surface + "' [" + start + ".." + end + ")");
        }
    }

    /** Returns true if the word starts with a capital letter ({@code Microsoft}, {@code IBM}, {@code Dinsdag}). */
    boolean isCapitalised() {
        int cp = surface.codePointAt(0);
        return Character.isUpperCase(cp) || Character.isTitleCase(cp);
    }

    /** Returns true if every letter of the word is a capital and it has at least two ({@code IBM}, {@code SAP}). */
    boolean isAllCaps() {
        int letters = 0;
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    /** The marks that open a quotation ({@code «}, {@code "}, {@code “}, single quotes too). */
    static final String OPENING_QUOTES = "«\"“‘'";
    /** The marks that close a quotation ({@code »}, {@code ”}, {@code "}; no single quote, which is also an apostrophe). */
    static final String CLOSING_QUOTES = "»”\"";
    /** The double quotation marks, opening or closing, that a count of them tells inside from outside by. */
    static final String QUOTATION_MARKS = "\"“”«»„";

    /** Returns true if a mark that opens a quotation stands in the gap before this word. */
    boolean opensQuotation() {
        return gapHasAny(OPENING_QUOTES);
    }

    /** Returns true if the gap before this word holds a character of {@code chars}. */
    boolean gapHasAny(String chars) {
        for (int i = 0; i < gap.length(); i++) {
            if (chars.indexOf(gap.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Returns {@code surface [s..e)}. */
    @Override
    public String toString() {
        return surface + " [" + start + ".." + end + ")";
    }
}
