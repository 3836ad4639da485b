package dev.accord.internal;

import dev.accord.core.text.Language;
import java.util.Locale;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * How the normaliser tells a name from a word, and the form it gives a name: shared by the
 * normaliser and the extractor, which computes the same terms without analysing every sentence.
 *
 * <p>Not part of the API.
 */
public final class Names {

    private Names() {
    }

    /**
     * Returns true if {@code word}, starting at {@code start} in {@code s}, is a name: it has a
     * capital after its first letter ({@code IBM}, {@code LinkedIn}, {@code eBay}), or it starts
     * with a capital and is not the first word of a sentence, where every word is capitalised.
     * German capitalises every noun, so there only the first rule applies and other capitalised
     * words are stemmed as words ({@code Microsofts → microsoft}).
     */
    public static boolean isName(Language language, String s, int start, String word) {
        boolean initialCapital = false;
        boolean laterCapital = false;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            boolean upper = cp < 0x80 ? cp >= 'A' && cp <= 'Z' : Character.isUpperCase(cp) || Character.isTitleCase(cp);
            if (i == 0) {
                initialCapital = upper;
            } else if (upper) {
                laterCapital = true;
            }
            i += Character.charCount(cp);
        }
        if (laterCapital) {
            return true;
        }
        return initialCapital && language != Language.DE && !isSentenceInitial(s, start);
    }

    /**
     * Returns true if the word at {@code start} begins a sentence: nothing but spaces, opening
     * quotes and brackets before it, back to the start of the text or a sentence-final
     * {@code ? ! …} or a point after a word of four or more characters (a shorter one is taken
     * for an abbreviation: {@code dhr.}, {@code o.a.}, {@code M.}).
     */
    private static boolean isSentenceInitial(String s, int start) {
        int i = start;
        while (i > 0 && isOpening(s.charAt(i - 1))) {
            i--;
        }
        if (i == 0) {
            return true;
        }
        char before = s.charAt(i - 1);
        if (before == '?' || before == '!' || before == '\u2026') {
            return true;
        }
        if (before == ':' && afterSpeakerLabel(s, i - 1)) {
            return true; // "A: Honestly, we should have done it sooner."
        }
        if (before != '.' || i == start) {
            return false;
        }
        int wordStart = i - 1;
        while (wordStart > 0 && Character.isLetterOrDigit(s.charAt(wordStart - 1))) {
            wordStart--;
        }
        return i - 1 - wordStart >= 4;
    }

    /**
     * Returns true if the colon at {@code colon} ends an interview's speaker label at the start of a
     * line: one to three capitals ({@code Q:}, {@code A :}, {@code JD:}).
     */
    private static boolean afterSpeakerLabel(String s, int colon) {
        int end = colon;
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isUpperCase(s.charAt(start - 1))) {
            start--;
        }
        return end - start >= 1 && end - start <= 3 && (start == 0 || s.charAt(start - 1) == '\n');
    }

    private static boolean isOpening(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || "\"'«“‘„‚‹([{-–—¿¡".indexOf(c) >= 0;
    }

    /** Returns {@code word} in lower case ({@link Locale#ROOT}) and folded to ASCII by Lucene's {@link ASCIIFoldingFilter}. */
    public static String fold(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (isAscii(lower)) {
            return lower; // most words: folding leaves ASCII as it is, so skip its copies
        }
        char[] folded = new char[lower.length() * 4];
        int length = ASCIIFoldingFilter.foldToASCII(lower.toCharArray(), 0, folded, 0, lower.length());
        return new String(folded, 0, length);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Lower case, ASCII folding, no final genitive {@code s} or {@code 's}. */
    public static String nameForm(String word) {
        return nameFormOfFold(fold(word));
    }

    /** {@link #nameForm} of a word already {@linkplain #fold folded}: no final genitive {@code s} or {@code 's}. */
    public static String nameFormOfFold(String form) {
        if (form.length() >= 4 && form.endsWith("'s")) {
            return form.substring(0, form.length() - 2);
        }
        if (form.length() >= 4 && form.endsWith("s")) {
            return form.substring(0, form.length() - 1);
        }
        return form;
    }
}
