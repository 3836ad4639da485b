package dev.accord.extract;

import dev.accord.core.text.TextSpan;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
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

    private static final Pattern TOKEN = Pattern.compile(
            "(?<elision>(?<![\\p{L}\\p{N}])(?i:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’](?=\\p{L}))"
                    + "|(?<word>[\\p{L}\\p{N}]+(?:[-.&][\\p{L}\\p{N}]+)*)"
                    + "|(?<possessive>['’]s(?![\\p{L}\\p{N}]))"
                    + "|(?<other>\\S)");

    /** Combining marks left by canonical decomposition: the diacritics that folding removes. */
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Tokenizer() {
    }

    /**
     * Returns the tokens of {@code text}, whose first character is at document offset {@code offset}.
     */
    static List<Token> tokenize(String text, int offset) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            Token.Kind kind;
            if (m.group("elision") != null) {
                kind = Token.Kind.ELISION;
            } else if (m.group("word") != null) {
                kind = Token.Kind.WORD;
            } else if (m.group("possessive") != null) {
                kind = Token.Kind.POSSESSIVE;
            } else {
                kind = Token.Kind.PUNCTUATION;
            }
            String t = m.group();
            if (kind == Token.Kind.WORD && isMixedCompound(t)) {
                int from = m.start();
                for (String part : t.split("-", -1)) {
                    if (from > m.start()) {
                        add(tokens, "-", from - 1, offset, Token.Kind.PUNCTUATION);
                    }
                    add(tokens, part, from, offset, Token.Kind.WORD);
                    from += part.length() + 1;
                }
                continue;
            }
            add(tokens, t, m.start(), offset, kind);
        }
        return List.copyOf(tokens);
    }

    private static void add(List<Token> tokens, String text, int start, int offset, Token.Kind kind) {
        String fold = fold(text);
        tokens.add(new Token(tokens.size(), text, fold, fold, new TextSpan(offset + start, offset + start + text.length()), kind,
                Token.ANY_CUES));
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
        return tokenize(text, 0).stream()
                .filter(t -> t.kind() != Token.Kind.PUNCTUATION || t.text().equals("&"))
                .map(Token::text)
                .toList();
    }

    /** Returns {@code s} in lower case without diacritics, with typographic apostrophes made plain. */
    static String fold(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        if (isAscii(lower)) {
            return lower; // nothing to decompose: the common case, without a copy
        }
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").replace('’', '\'');
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
