package dev.accord.normalize;

import dev.accord.core.text.TextSpan;
import java.util.Objects;

/**
 * One normalised term of a text: the comparable form of a word, number, name or punctuation
 * mark, and the characters it came from.
 *
 * <p>Forms are built so that the same thing written in two languages gets the same form where
 * that is possible: names are folded but not stemmed ({@code Genève} and {@code Geneve} are both
 * {@code geneve}), numbers have one language-neutral spelling ({@code 1.000} in Dutch,
 * {@code 1 000} in French and {@code 1,000} in English are all {@code 1000}), and punctuation marks
 * that carry meaning across languages ({@code ? ! : ;}, quotes, brackets) have one form each. See
 * {@link Kind} for the rules of each kind.
 *
 * @param form the normalised form; never empty
 * @param span the characters of the term in the text the normaliser was given, shifted by the
 *     offset it was given (for a sentence, offsets into the document text); for a French word
 *     with an elided article ({@code l'abus}) the span covers the word without the article
 * @param kind what the term is
 */
public record Term(String form, TextSpan span, Kind kind) {

    /** What a term is; decides how its form was built. */
    public enum Kind {
        /**
         * An ordinary word: lower-cased, stemmed with the language's light stemmer, then folded to
         * ASCII ({@code bedrijven → bedrijv}, {@code sécurité → securit}).
         */
        WORD,
        /**
         * A number written with digits, in one spelling for every language: no thousands
         * separators, a point as decimal separator, no trailing zeros after it ({@code 3,5 → 3.5},
         * {@code 1.000 → 1000}, {@code 2,50 → 2.5}). A run of digits and separators that is no
         * well-formed number (a date such as {@code 23.11.2026}) keeps its spelling.
         */
        NUMBER,
        /**
         * A capitalised word that is not merely the first word of a sentence (in German, where
         * every noun is capitalised, only a word with a capital after its first letter, such as
         * {@code IBM} or {@code LinkedIn}): lower-cased and
         * folded to ASCII but not stemmed, and without a final genitive {@code s} or {@code 's}
         * ({@code Microsoft → microsoft}, {@code Genève → geneve}, {@code Googles → google},
         * {@code qu'Amazon → amazon}). The same rule applies in every language, so a name that
         * ends in {@code s} itself ({@code Siemens → siemen}) still meets its translation.
         */
        NAME,
        /**
         * A punctuation mark that carries meaning across languages, in one form: {@code ? ! : ;},
         * {@code "} for every kind of quotation mark (including a straight or curly single quote
         * that is not an apostrophe inside a word), {@code (} and {@code )} for round, square and
         * curly brackets, {@code …} for an ellipsis character.
         */
        PUNCT
    }

    /**
     * Validates the term.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the form is empty
     */
    public Term {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
        if (form.isEmpty()) {
            throw new IllegalArgumentException("a term form must not be empty, span " + span);
        }
    }

    /** Returns {@code kind form [s..e)}, e.g. {@code NAME microsoft [10..19)}. */
    @Override
    public String toString() {
        return kind + " " + form + " " + span;
    }
}
