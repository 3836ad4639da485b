package dev.accord.extract;

import dev.accord.core.text.Language;
import dev.accord.core.text.Sentence;
import dev.accord.internal.Names;
import dev.accord.normalize.Normalizer;
import dev.accord.normalize.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts the Lucene-normalised term of each word on the extractor's tokens, so that cues match
 * inflected forms ({@code weigerden} and {@code weigerde} share the term {@code weigerd}).
 *
 * <p>The normaliser is the standard one ({@link Normalizer#lucene()}, stop words kept, so that
 * negations such as {@code niet} and {@code pas} survive), built once on first use.
 *
 * <p>Design decision: analysing every sentence was a third of extraction, and a document uses
 * few distinct words. So a sentence whose words are all plain (see {@link #withTerms(Language,
 * Sentence, List, Map)}) is not analysed: each word is analysed once per document, alone, and the
 * name rule of the normaliser ({@link Names}) is applied in the sentence, which gives the same
 * term. Any other sentence is analysed whole, as before. TermsTest compares both on real and
 * random text.
 */
final class Terms {

    private Terms() {
    }

    private static final class Holder {
        static final Normalizer NORMALIZER = Normalizer.lucene();
    }

    /** Returns the term of a single word in {@code language}, if the normaliser makes exactly one. */
    static Optional<String> termOf(Language language, String word) {
        List<Term> terms = Holder.NORMALIZER.terms(language, word, 0);
        return terms.size() == 1 ? Optional.of(terms.get(0).form()) : Optional.empty();
    }

    /**
     * Returns the tokens of {@code sentence} with the term of the first Lucene term that overlaps
     * each; a token no term overlaps (an elided article, punctuation) keeps its folded form. The
     * sentence is analysed whole.
     */
    static List<Token> withTerms(Language language, Sentence sentence, List<Token> tokens) {
        List<Term> terms = Holder.NORMALIZER.terms(language, sentence);
        List<Token> out = new ArrayList<>(tokens.size());
        int t = 0;
        for (Token token : tokens) {
            while (t < terms.size() && terms.get(t).span().end() <= token.span().start()) {
                t++;
            }
            boolean overlaps = t < terms.size() && terms.get(t).span().overlaps(token.span())
                    && token.kind() == Token.Kind.WORD;
            out.add(overlaps && !terms.get(t).form().equals(token.term()) ? token.withTerm(terms.get(t).form()) : token);
        }
        return List.copyOf(out);
    }

    /**
     * Returns what {@link #withTerms(Language, Sentence, List)} returns, without analysing the
     * sentence if each of its words is plain: its first part (up to a {@code -} or {@code &} in it)
     * is made of Latin letters only, or of ASCII digits only with no digit two characters away
     * (no {@code .}, no {@code 1 000}), and the characters around that part (or around the elided
     * article and the part, {@code l'accord}) end a Lucene token for sure. Such a part is exactly
     * one token of Lucene's tokenizer, whose term is then a name's form where the normaliser's
     * name rule says so in this sentence, and otherwise the form that part gets when analysed
     * alone.
     *
     * <p>A sentence with more than one word not met yet in the document is analysed whole, which
     * costs less than analysing each of those words alone, and the forms of its plain words that
     * are no names are remembered (they are the forms those words get alone).
     *
     * @param singles the analyses of single words (and elided words) met so far in the document,
     *     by text; filled by this call. Not shared between threads.
     */
    static List<Token> withTerms(Language language, Sentence sentence, List<Token> tokens, Map<String, Single> singles) {
        String text = sentence.text();
        int base = sentence.span().start();
        Token[] out = null;
        int[] misses = {0};
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.kind() != Token.Kind.WORD) {
                continue;
            }
            String term = plainTerm(language, text, base, tokens, i, singles, misses);
            if (term == null) {
                // a word whose term needs the sentence, or a second new word
                List<Token> analysed = withTerms(language, sentence, tokens);
                learn(language, text, base, analysed, singles);
                return analysed;
            }
            if (!term.equals(token.term())) {
                if (out == null) {
                    out = tokens.toArray(Token[]::new);
                }
                out[i] = token.withTerm(term);
            }
        }
        return out == null ? tokens : List.of(out);
    }

    /**
     * What analysing one word alone gave.
     *
     * @param plain true if it gave one word or name term, or none
     * @param form the form of that term, or null if it gave none (the token keeps its folded form)
     * @param elided true if the term starts after the first character (an elided article was removed)
     */
    record Single(boolean plain, String form, boolean elided) {
    }

    /**
     * Remembers the forms of the plain words of an analysed sentence that are whole tokens, not
     * elided, and no names here: the form of such a word in a sentence is the form it gets alone.
     */
    private static void learn(Language language, String text, int base, List<Token> analysed, Map<String, Single> singles) {
        for (int i = 0; i < analysed.size(); i++) {
            Token token = analysed.get(i);
            if (token.kind() != Token.Kind.WORD || singles.containsKey(token.text())
                    || i > 0 && analysed.get(i - 1).kind() == Token.Kind.ELISION
                            && analysed.get(i - 1).span().end() == token.span().start()) {
                continue;
            }
            int start = token.span().start() - base;
            int end = token.span().end() - base;
            boolean letters = true;
            for (int k = start; k < end && letters; k++) {
                letters = isPlainLetter(text.charAt(k));
            }
            if (letters && startsToken(text, start) && endsToken(text, end) && !Names.isName(language, text, start, token.text())) {
                singles.put(token.text(), new Single(true, token.term(), false));
            }
        }
    }

    /**
     * Returns the term of word {@code i} without analysing the sentence, or null if it is not plain
     * or if it is the sentence's second word not met yet ({@code misses} counts them).
     */
    private static String plainTerm(Language language, String text, int base, List<Token> tokens, int i,
            Map<String, Single> singles, int[] misses) {
        Token token = tokens.get(i);
        int start = token.span().start() - base;
        int tokenEnd = token.span().end() - base;
        boolean number = isAsciiDigit(text.charAt(start));
        int end = start;
        while (end < tokenEnd && (number ? isAsciiDigit(text.charAt(end)) : isPlainLetter(text.charAt(end)))) {
            end++;
        }
        if (end == start || end < tokenEnd && text.charAt(end) != '-' && text.charAt(end) != '&'
                || end == tokenEnd && !endsToken(text, end)) {
            return null;
        }
        if (number) {
            // Digits next to a digit two characters away may be one number for Lucene (1 000, 3,5).
            boolean nearDigits = end + 1 < text.length() && Character.isDigit(text.charAt(end + 1))
                    || start >= 2 && Character.isDigit(text.charAt(start - 2));
            Single single = nearDigits || !startsToken(text, start) ? null
                    : single(language, text.substring(start, end), singles, misses);
            return single != null && single.plain() ? formOr(single, token) : null;
        }
        Token before = i > 0 ? tokens.get(i - 1) : null;
        if (before != null && before.kind() == Token.Kind.ELISION && before.span().end() == token.span().start()) {
            int elisionStart = before.span().start() - base;
            Single single = single(language, text.substring(elisionStart, end), singles, misses);
            // Only a removed article, or one in lower case, keeps the name rule independent of what precedes it.
            boolean contextFree = single != null && (single.elided() || Character.isLowerCase(text.charAt(elisionStart)));
            return contextFree && single.plain() && startsToken(text, elisionStart) ? formOr(single, token) : null;
        }
        if (!startsToken(text, start)) {
            return null;
        }
        String word = end == tokenEnd ? token.text() : text.substring(start, end);
        if (Names.isName(language, text, start, word)) {
            return Names.nameForm(word);
        }
        Single single = single(language, word, singles, misses);
        return single != null && single.plain() ? formOr(single, token) : null;
    }

    private static String formOr(Single single, Token token) {
        return single.form() != null ? single.form() : token.term();
    }

    /** Returns the analysis of {@code word} alone, or null if it is new and not the sentence's first new word. */
    private static Single single(Language language, String word, Map<String, Single> singles, int[] misses) {
        Single known = singles.get(word);
        if (known == null) {
            if (misses[0]++ > 0) {
                return null;
            }
            List<Term> terms = Holder.NORMALIZER.terms(language, word, 0);
            if (terms.isEmpty()) {
                known = new Single(true, null, false);
            } else {
                Term t = terms.get(0);
                boolean plain = terms.size() == 1 && t.kind() != Term.Kind.PUNCT;
                known = new Single(plain, t.form(), t.span().start() > 0);
            }
            singles.put(word, known);
        }
        return known;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Latin letters: ASCII, Latin-1 and Latin Extended-A and -B, which Lucene's tokenizer keeps together. */
    private static boolean isPlainLetter(char c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        }
        return c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7;
    }

    /** Returns true if a Lucene token can start at {@code p}: the character before it surely ends one. */
    private static boolean startsToken(String text, int p) {
        return p == 0 || isBreak(text, p - 1, -1);
    }

    /** Returns true if a Lucene token that reaches {@code p} surely ends there. */
    private static boolean endsToken(String text, int p) {
        return p == text.length() || isBreak(text, p, 1);
    }

    /**
     * Returns true if the character at {@code q}, next to a letter, surely separates Lucene tokens
     * (Unicode word boundaries): white space and punctuation other than {@code _}; a point, colon or
     * apostrophe only if the character on its other side (in direction {@code away}) is no letter.
     */
    private static boolean isBreak(String text, int q, int away) {
        char c = text.charAt(q);
        if (isMidWord(c)) {
            int beyond = q + away;
            return beyond < 0 || beyond >= text.length() || isSeparator(text.charAt(beyond)) || isMidWord(text.charAt(beyond));
        }
        return isSeparator(c);
    }

    private static boolean isMidWord(char c) {
        return c == '.' || c == ':' || c == '\'' || c == '’' || c == '‘';
    }

    private static boolean isSeparator(char c) {
        if (c < 0x80) {
            return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || isMidWord(c));
        }
        return "\u00A0«»“”„–—…".indexOf(c) >= 0;
    }
}
