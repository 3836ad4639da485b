package dev.accord.extract;

import dev.accord.core.text.Language;
import dev.accord.internal.Names;
import dev.accord.normalize.Normalizer;
import dev.accord.normalize.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A cue of a word list: a sequence of word patterns matched against the words of a sentence.
 *
 * <p>Syntax of an entry, one a line in a list file: words separated by spaces. A plain word
 * matches a word with the same Lucene term or the same fold, so {@code ondertekenen} also matches
 * {@code ondertekende}; {@code cyber*} matches any word whose fold starts with {@code cyber},
 * {@code *bedrijf} any word whose fold ends with {@code bedrijf} (Dutch compounds such as
 * {@code telecombedrijf});
 * {@code =tek} matches the fold {@code tek} only; {@code qu'*} matches any word written after the
 * elided {@code qu'} ({@code Apple} in {@code tandis qu'Apple}, whose article the word leaves out;
 * {@code ont} in {@code l'ont lancé} for {@code l'*}); {@code ..} skips up to {@value #GAP_WORDS} words
 * ({@code ne .. pas}); {@code ...} skips up to {@value #LONG_GAP_WORDS} words of one clause, with no
 * comma, colon or semicolon before them or the next word (Dutch separable verbs: {@code traden ...
 * toe} in {@code traden ook het Nederlandse Hoogland Security en het Limburgse Maasvolt toe}).
 *
 * <p>Immutable and thread-safe.
 */
final class Phrase {

    /** How many words a {@code ..} in an entry may skip. */
    static final int GAP_WORDS = 3;
    /** How many words of one clause a {@code ...} in an entry may skip. */
    static final int LONG_GAP_WORDS = 10;
    /** The punctuation that ends the words a {@code ...} may skip. */
    private static final String CLAUSE_PUNCTUATION = ",;:";

    /** One pattern of an entry. */
    private record Element(String term, String fold, Type type) {
    }

    private enum Type { WORD, EXACT, PREFIX, SUFFIX, ELIDED, GAP, LONG_GAP }

    private final String text;
    private final List<Element> elements;

    private Phrase(String text, List<Element> elements) {
        this.text = text;
        this.elements = List.copyOf(elements);
    }

    /**
     * Compiles one entry of a list file.
     *
     * @throws IllegalArgumentException if the entry has no word, starts or ends with {@code ..} or {@code ...},
     *     or has an exact word that does not start with a letter or digit ({@code ==partie} would match nothing)
     */
    static Phrase compile(String entry, Language language, Normalizer normalizer) {
        Objects.requireNonNull(entry, "entry");
        List<Element> elements = new ArrayList<>();
        for (String part : entry.strip().split("\\s+")) {
            if (part.equals("..")) {
                elements.add(new Element("", "", Type.GAP));
            } else if (part.equals("...")) {
                elements.add(new Element("", "", Type.LONG_GAP));
            } else if (part.length() > 2 && part.endsWith("'*")) {
                elements.add(new Element("", part.substring(0, part.length() - 1).toLowerCase(Locale.ROOT), Type.ELIDED));
            } else if (part.length() > 1 && part.endsWith("*")) {
                elements.add(new Element("", Names.fold(part.substring(0, part.length() - 1)), Type.PREFIX));
            } else if (part.length() > 1 && part.startsWith("*")) {
                elements.add(new Element("", Names.fold(part.substring(1)), Type.SUFFIX));
            } else if (part.length() > 1 && part.startsWith("=")) {
                if (!Character.isLetterOrDigit(part.codePointAt(1))) {
                    throw new IllegalArgumentException("an exact word must start with a letter or digit: " + part + " in " + entry);
                }
                elements.add(new Element("", Names.fold(part.substring(1)), Type.EXACT));
            } else {
                List<Term> terms = normalizer.terms(language, part, 0);
                for (Term t : terms) {
                    if (t.kind() != Term.Kind.PUNCT) {
                        String surface = part.substring(t.span().start(), t.span().end());
                        elements.add(new Element(t.form(), Names.fold(surface), Type.WORD));
                    }
                }
            }
        }
        if (elements.isEmpty() || isGap(elements.get(0)) || isGap(elements.get(elements.size() - 1))) {
            throw new IllegalArgumentException("bad cue entry '" + entry + "': it needs a word at each end");
        }
        return new Phrase(entry.strip(), elements);
    }

    private static boolean isGap(Element element) {
        return element.type() == Type.GAP || element.type() == Type.LONG_GAP;
    }

    /** Returns the key of the first element: its fold, or null when it is a prefix or suffix pattern. */
    String firstKey() {
        Element first = elements.get(0);
        return first.type() == Type.PREFIX || first.type() == Type.SUFFIX || first.type() == Type.ELIDED ? null : first.fold();
    }

    /** Returns the letters of the first element's prefix or suffix pattern ({@code cyber} for {@code cyber*}), or its fold. */
    String firstAffix() {
        Element first = elements.get(0);
        return first.type() == Type.ELIDED ? "" : first.fold(); // an elided word is tried at every word
    }

    /** Returns true if the first element is a prefix pattern. */
    boolean startsWithPrefix() {
        return elements.get(0).type() == Type.PREFIX;
    }

    /** Returns the term of the first element, or null when it has none. */
    String firstTerm() {
        Element first = elements.get(0);
        return first.type() == Type.WORD ? first.term() : null;
    }

    /**
     * Returns the end (exclusive) of a match of this phrase starting at word {@code from} of
     * {@code words}, or -1 if it does not match there; the shortest match wins.
     */
    int matchAt(List<Word> words, int from) {
        return match(words, from, 0);
    }

    private int match(List<Word> words, int w, int e) {
        if (e == elements.size()) {
            return w;
        }
        Element element = elements.get(e);
        if (element.type() == Type.GAP) {
            for (int skip = 0; skip <= GAP_WORDS && w + skip <= words.size(); skip++) {
                int end = match(words, w + skip, e + 1);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        if (element.type() == Type.LONG_GAP) {
            for (int skip = 0; skip <= LONG_GAP_WORDS && w + skip < words.size(); skip++) {
                if (words.get(w + skip).gapHasAny(CLAUSE_PUNCTUATION)) {
                    return -1;
                }
                int end = match(words, w + skip, e + 1);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        if (w >= words.size() || !matches(element, words.get(w))) {
            return -1;
        }
        return match(words, w + 1, e + 1);
    }

    private static boolean matches(Element element, Word word) {
        return switch (element.type()) {
            case WORD -> word.fold().equals(element.fold()) || word.term().equals(element.term());
            case EXACT -> word.fold().equals(element.fold());
            case PREFIX -> word.fold().startsWith(element.fold());
            case SUFFIX -> word.fold().endsWith(element.fold());
            case ELIDED -> word.gap().toLowerCase(Locale.ROOT).replace('\u2019', '\'').endsWith(element.fold());
            case GAP, LONG_GAP -> true;
        };
    }

    /** Returns the entry as written in its list. */
    @Override
    public String toString() {
        return text;
    }
}
