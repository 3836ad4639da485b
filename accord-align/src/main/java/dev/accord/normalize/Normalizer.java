package dev.accord.normalize;

import dev.accord.core.text.Language;
import dev.accord.core.text.Sentence;
import java.util.List;

/**
 * The normalisation stage: turns a text in a known language into {@link Term terms} whose forms
 * can be compared within a language and, for numbers, names and punctuation, across languages.
 *
 * <p><b>Contract.</b> The returned terms are in text order: their spans are inside
 * {@code [offset, offset + text.length())}, ordered by start, and do not overlap. Each span
 * covers the characters the term was made from (see {@link Term#span()}). Empty or blank text
 * gives an empty list. Any text is accepted, including control characters, lone surrogates and
 * texts of any length; the work is linear in the length of the text.
 *
 * <p>The text is normally one sentence: its first word counts as sentence-initial, so that a
 * capital there does not by itself make a {@link Term.Kind#NAME name}. Longer texts work too; a
 * word after a sentence-final mark is treated as sentence-initial as well.
 *
 * <p><b>Thread safety.</b> Implementations are immutable and safe to share between threads.
 *
 * {@snippet :
 * Normalizer normalizer = Normalizer.lucene();   // build once, share
 * List<Term> terms = normalizer.terms(Language.FR, "qu'Amazon a signé 1 000 contrats ?", 0);
 * // [NAME amazon [3..9), WORD a [10..11), WORD sign [12..17), NUMBER 1000 [18..23), WORD contrat [24..32), PUNCT ? [33..34)]
 * }
 */
@FunctionalInterface
public interface Normalizer {

    /**
     * Returns the terms of {@code text}.
     *
     * @param language the language of the text
     * @param text the text, typically one sentence
     * @param offset added to every span, so that spans refer to the enclosing document text;
     *     {@code >= 0}
     * @return the terms in text order; empty for blank text
     * @throws NullPointerException if {@code language} or {@code text} is null
     * @throws IllegalArgumentException if {@code offset} is negative
     */
    List<Term> terms(Language language, CharSequence text, int offset);

    /**
     * Returns the terms of a sentence, with spans into its document's text.
     *
     * @throws NullPointerException if an argument is null
     */
    default List<Term> terms(Language language, Sentence sentence) {
        return terms(language, sentence.text(), sentence.span().start());
    }

    /**
     * Returns the default normaliser, built from Lucene analysis chains, keeping stop words.
     * Build it once and share it: each language's analyzer is built once and reused.
     */
    static Normalizer lucene() {
        return new LuceneNormalizer(false);
    }

    /**
     * Returns the default normaliser, built from Lucene analysis chains.
     *
     * @param removeStopWords if true, the words of Lucene's stop list of each language (articles,
     *     pronouns, auxiliaries) give no terms
     */
    static Normalizer lucene(boolean removeStopWords) {
        return new LuceneNormalizer(removeStopWords);
    }
}
