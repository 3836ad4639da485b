package dev.accord.normalize;

import dev.accord.core.text.Language;
import dev.accord.core.text.TextSpan;
import dev.accord.internal.Names;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The default {@link Normalizer}: one {@link AccordAnalyzer} per language, built once and reused,
 * for word forms; names, numbers and punctuation get their cross-language forms here, from the
 * characters each token covers.
 *
 * <p>Immutable and thread-safe (Lucene analyzers keep per-thread components).
 */
final class LuceneNormalizer implements Normalizer {

    private static final String NUM = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.NUM];

    private final Map<Language, Analyzer> analyzers;
    private final boolean removeStopWords;

    LuceneNormalizer(boolean removeStopWords) {
        this.removeStopWords = removeStopWords;
        Map<Language, Analyzer> map = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            map.put(language, new AccordAnalyzer(language, removeStopWords));
        }
        this.analyzers = Collections.unmodifiableMap(map);
    }

    /** One token of the analysis chain, with offsets local to the analysed text. */
    private record Token(int start, int end, String type, String form) {
    }

    @Override
    public List<Term> terms(Language language, CharSequence text, int offset) {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0, got " + offset);
        }
        String s = text.toString();
        List<Token> tokens = mergeSpacedNumbers(s, analyse(language, s));
        List<Term> words = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            Term term = classify(language, s, token, offset);
            if (term != null) {
                words.add(term);
            }
        }
        return withPunctuation(s, words, offset);
    }

    private List<Token> analyse(Language language, String s) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzers.get(language).tokenStream("", s)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(offsets.startOffset(), offsets.endOffset(), type.type(), term.toString()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing an in-memory string failed", e);
        }
        return tokens;
    }

    /** Joins {@code 1 000 000} (French thousands grouped by spaces) into one number token. */
    private static List<Token> mergeSpacedNumbers(String s, List<Token> tokens) {
        List<Token> merged = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token current = tokens.get(i);
            while (current.type().equals(NUM) && i + 1 < tokens.size() && continuesGroup(s, current, tokens.get(i + 1))) {
                Token next = tokens.get(++i);
                current = new Token(current.start(), next.end(), NUM, s.substring(current.start(), next.end()));
            }
            merged.add(current);
        }
        return merged;
    }

    private static boolean continuesGroup(String s, Token current, Token next) {
        if (!next.type().equals(NUM) || next.start() != current.end() + 1 || !NumberForms.isGroupSpace(s.charAt(current.end()))) {
            return false;
        }
        String head = s.substring(current.start(), current.end());
        String tail = s.substring(next.start(), next.end());
        return head.matches("\\d{1,3}(?:[ \u00A0\u2007\u2009\u202F]\\d{3})*") && tail.matches("\\d{3}(?:[.,]\\d+)?");
    }

    private Term classify(Language language, String s, Token token, int offset) {
        String surface = s.substring(token.start(), token.end());
        if (token.type().equals(NUM)) {
            return number(language, s, token, offset);
        }
        // French chains elide the article from the form; names in any language lose it too
        // (D'Ieteren, L'Oréal in a Dutch text), so that they meet their French spelling.
        int elided = elidedLength(surface);
        String word = surface.substring(elided);
        boolean name = Names.isName(language, s, token.start() + elided, word);
        int start = token.start() + (name || language == Language.FR ? elided : 0);
        TextSpan span = new TextSpan(start + offset, token.end() + offset);
        if (name) {
            return new Term(Names.nameForm(word), span, Term.Kind.NAME);
        }
        return token.form().isEmpty() ? null : new Term(token.form(), span, Term.Kind.WORD);
    }

    /**
     * Returns the number term of a numeric token. Unicode word boundaries let a token carry
     * combining marks and format characters (bidi controls) around or between its digits; they
     * are left out of the span and the form.
     */
    private static Term number(Language language, String s, Token token, int offset) {
        int start = token.start();
        int end = token.end();
        while (start < end && !Character.isDigit(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && !Character.isDigit(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        if (start == end) {
            return null;
        }
        StringBuilder raw = new StringBuilder(end - start);
        for (int i = start; i < end; ) {
            int cp = s.codePointAt(i);
            int type = Character.getType(cp);
            if (type != Character.FORMAT && type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
                    && type != Character.COMBINING_SPACING_MARK) {
                raw.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return new Term(NumberForms.canonical(raw.toString(), language), new TextSpan(start + offset, end + offset),
                Term.Kind.NUMBER);
    }

    /** Returns the length of an elided French article ({@code qu'}) at the start of a token, or 0. */
    static int elidedLength(String surface) {
        for (int i = 0; i < surface.length() - 1; i++) {
            char c = surface.charAt(i);
            if (c == '\'' || c == '\u2019') {
                return AccordAnalyzer.FRENCH_ELISIONS.contains(surface.toCharArray(), 0, i) ? i + 1 : 0;
            }
        }
        return 0;
    }

    /** Adds the meaningful punctuation marks of {@code s} to the word terms, in text order. */
    private static List<Term> withPunctuation(String s, List<Term> words, int offset) {
        List<Term> all = new ArrayList<>(words.size() + 8);
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            String form = Punctuation.form(s, i);
            if (form == null) {
                continue;
            }
            TextSpan span = new TextSpan(i + offset, i + 1 + offset);
            while (w < words.size() && words.get(w).span().start() < span.end()) {
                all.add(words.get(w++));
            }
            if (all.isEmpty() || all.get(all.size() - 1).span().end() <= span.start()) {
                all.add(new Term(form, span, Term.Kind.PUNCT));
            }
        }
        while (w < words.size()) {
            all.add(words.get(w++));
        }
        return List.copyOf(all);
    }

    @Override
    public String toString() {
        return "LuceneNormalizer[" + (removeStopWords ? "stop words removed" : "stop words kept") + "]";
    }
}
