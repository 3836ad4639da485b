package dev.accord.extract;

import dev.accord.core.text.TextSpan;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cuts a sentence into {@link Token tokens} so that names are never hidden behind French
 * elision ({@code qu'Amazon}, {@code d'Apple}, {@code l'IBM}) or an English possessive
 * ({@code Google's}): the elided word and the {@code 's} become tokens of their own. The Dutch
 * possessive without apostrophe ({@code Googles}) is resolved later, against the names sought.
 *
 * <p>Stateless and thread-safe.
 */
final class Tokenizer {

    /**
     * The French elided words, in the order they are tried; matched ASCII case-insensitively,
     * followed by an apostrophe and a letter, and not preceded by a letter or digit.
     */
    private static final String[] ELISIONS = {"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu",
        "quoiqu", "presqu"};

    private static final int LONGEST_ELISION = java.util.Arrays.stream(ELISIONS).mapToInt(String::length).max().orElse(0);

    /** Combining marks left by canonical decomposition: the diacritics that folding removes. */
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Tokenizer() {
    }

    /**
     * Returns the tokens of {@code text}, whose first character is at document offset {@code offset}.
     *
     * <p>At each position, in this order: an elided word with its apostrophe ({@code qu'}, before a
     * letter, not after a letter or digit); a word (letters and digits, possibly joined by single
     * {@code - . &} between them); a possessive {@code 's} (not before a letter or digit); any other
     * character but the ASCII white space {@code [ \t\n\x0B\f\r]}, which separates tokens. Letters
     * and digits are Unicode's ({@code \p{L}}, {@code \p{N}}), by code point.
     *
     * <p>Design decision: a hand-written scanner rather than the equivalent regular expression
     * (TokenizerTest keeps it as the reference): it runs over every character of every document.
     */
    static List<Token> tokenize(String text, int offset) {
        List<Token> tokens = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                i++;
                continue;
            }
            int elided = elisionEnd(text, i);
            if (elided > 0) {
                add(tokens, text.substring(i, elided), i, offset, Token.Kind.ELISION);
                i = elided;
                continue;
            }
            int cp = text.codePointAt(i);
            if (isLetterOrDigit(cp)) {
                int end = wordEnd(text, i);
                addWord(tokens, text.substring(i, end), i, offset);
                i = end;
            } else if ((c == '\'' || c == '’') && i + 1 < n && text.charAt(i + 1) == 's'
                    && (i + 2 == n || !isLetterOrDigit(text.codePointAt(i + 2)))) {
                add(tokens, text.substring(i, i + 2), i, offset, Token.Kind.POSSESSIVE);
                i += 2;
            } else {
                int end = i + Character.charCount(cp);
                add(tokens, text.substring(i, end), i, offset, Token.Kind.PUNCTUATION);
                i = end;
            }
        }
        return List.copyOf(tokens);
    }

    /** Returns the end of an elided word and its apostrophe at {@code i}, or -1 if none starts there. */
    private static int elisionEnd(String text, int i) {
        if ("ldjmnstcqp".indexOf(text.charAt(i) | 0x20) < 0 || !apostropheAfterLetters(text, i)) {
            return -1; // no elided word starts with this character, or no apostrophe closes one
        }
        if (i > 0 && isLetterOrDigit(text.charAt(i - 1))) {
            return -1; // the char before, as the regular expression's look-behind sees it (a low surrogate is no letter)
        }
        for (String e : ELISIONS) {
            int apostrophe = i + e.length();
            if (apostrophe + 1 < text.length() && startsWithIgnoringAsciiCase(text, i, e)
                    && (text.charAt(apostrophe) == '\'' || text.charAt(apostrophe) == '’')
                    && Character.isLetter(text.codePointAt(apostrophe + 1))) {
                return apostrophe + 1;
            }
        }
        return -1;
    }

    /** Returns true if an apostrophe follows the ASCII letters at {@code i}, within the length of the longest elided word. */
    private static boolean apostropheAfterLetters(String text, int i) {
        for (int j = i + 1; j < text.length() && j <= i + LONGEST_ELISION; j++) {
            char c = text.charAt(j);
            if (c == '\'' || c == '’') {
                return true;
            }
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return false;
    }

    /** Returns true if {@code text} has {@code lower} (ASCII lower case) at {@code at}, in either ASCII case. */
    private static boolean startsWithIgnoringAsciiCase(String text, int at, String lower) {
        for (int k = 0; k < lower.length(); k++) {
            char c = text.charAt(at + k);
            if (c != lower.charAt(k) && !(c >= 'A' && c <= 'Z' && c + ('a' - 'A') == lower.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Returns the end of the word at {@code i}: letters and digits, joined by single {@code - . &}. */
    private static int wordEnd(String text, int i) {
        int n = text.length();
        int j = lettersAndDigitsEnd(text, i);
        while (j + 1 < n && isJoiner(text.charAt(j)) && isLetterOrDigit(text.codePointAt(j + 1))) {
            j = lettersAndDigitsEnd(text, j + 1);
        }
        return j;
    }

    private static int lettersAndDigitsEnd(String text, int i) {
        int j = i;
        while (j < text.length()) {
            int cp = text.codePointAt(j);
            if (!isLetterOrDigit(cp)) {
                break;
            }
            j += Character.charCount(cp);
        }
        return j;
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '.' || c == '&';
    }

    /** Returns true for a Unicode letter ({@code \p{L}}) or number ({@code \p{N}}: digits, letter and other numbers). */
    private static boolean isLetterOrDigit(int cp) {
        if (cp < 0x80) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        }
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** Adds a word, split at its hyphens if it is a mixed compound ({@link #isMixedCompound}). */
    private static void addWord(List<Token> tokens, String t, int start, int offset) {
        if (!isMixedCompound(t)) {
            add(tokens, t, start, offset, Token.Kind.WORD);
            return;
        }
        int from = start;
        for (String part : t.split("-", -1)) {
            if (from > start) {
                add(tokens, "-", from - 1, offset, Token.Kind.PUNCTUATION);
            }
            add(tokens, part, from, offset, Token.Kind.WORD);
            from += part.length() + 1;
        }
    }

    private static void add(List<Token> tokens, String text, int start, int offset, Token.Kind kind) {
        String fold = fold(text);
        tokens.add(Token.of(tokens.size(), text, fold, new TextSpan(offset + start, offset + start + text.length()), kind));
    }

    /**
     * Returns true for a hyphenated word whose parts start some with a capital and some without,
     * such as {@code Google-moederbedrijf} or {@code RSA-conferentie}: a name glued to a common
     * word, split so that the name stands alone. {@code F-Secure}, {@code Zuid-Koreaanse} and
     * {@code société-mère} stay whole.
     */
    private static boolean isMixedCompound(String word) {
        if (word.indexOf('-') < 0) {
            return false;
        }
        boolean upper = false;
        boolean lower = false;
        for (String part : word.split("-")) {
            if (part.isEmpty() || !Character.isLetter(part.codePointAt(0))) {
                continue;
            }
            if (Character.isUpperCase(part.codePointAt(0))) {
                upper = true;
            } else {
                lower = true;
            }
        }
        return upper && lower;
    }

    /** Returns the words of {@code text} only, as written (for building dictionaries of names and cues). */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (Token t : tokenize(text, 0)) {
            if (t.kind() != Token.Kind.PUNCTUATION || t.text().equals("&")) {
                words.add(t.text());
            }
        }
        return List.copyOf(words);
    }

    /** Returns {@code s} in lower case without diacritics, with typographic apostrophes made plain. */
    static String fold(String s) {
        if (isAscii(s)) {
            return asciiLowerCase(s); // nothing to decompose: the common case
        }
        if (isLatin(s)) {
            StringBuilder folded = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                folded.append(LatinFolds.FOLDS[s.charAt(i)]);
            }
            return folded.toString();
        }
        return foldByDecomposition(s);
    }

    private static String foldByDecomposition(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").replace('’', '\'');
    }

    /** The characters below U+0250 (Latin letters, Latin-1 signs), where folding works character by character. */
    private static final char LATIN_END = 0x250;

    private static boolean isLatin(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= LATIN_END) {
                return false;
            }
        }
        return true;
    }

    /**
     * The fold of each character below {@link #LATIN_END}, computed once by decomposition.
     *
     * <p>Design decision: French words are full of accents, and decomposing each of them with a
     * regular expression was a large part of tokenising. Below U+0250 no character lower-cases or
     * decomposes depending on its neighbours (no final sigma, no combining mark in the input), and
     * the marks decomposition adds are removed, so a word's fold is the folds of its characters
     * joined (TokenizerTest checks it against decomposing whole words).
     */
    private static final class LatinFolds {
        static final String[] FOLDS = new String[LATIN_END];

        static {
            for (char c = 0; c < LATIN_END; c++) {
                FOLDS[c] = foldByDecomposition(String.valueOf(c));
            }
        }
    }

    /** Returns ASCII {@code s} in lower case, {@code s} itself if it has no capital. */
    private static String asciiLowerCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                return s.toLowerCase(Locale.ROOT);
            }
        }
        return s;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
