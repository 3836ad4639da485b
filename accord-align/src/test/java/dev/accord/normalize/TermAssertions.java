package dev.accord.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accord.core.text.Language;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks the {@link Normalizer} contract on every call, in the spirit of Lucene's
 * {@code BaseTokenStreamTestCase}: spans inside the text, ascending and disjoint, forms non-empty,
 * and each kind's covered text of the right shape.
 */
final class TermAssertions {

    private TermAssertions() {
    }

    /** Normalises {@code text} at {@code offset}, checks the contract and returns the terms. */
    static List<Term> checkedTerms(Normalizer normalizer, Language language, String text, int offset) {
        List<Term> terms = normalizer.terms(language, text, offset);
        assertContract(text, offset, terms);
        return terms;
    }

    /** Asserts the contract for terms of {@code text} taken at {@code offset}. */
    static void assertContract(String text, int offset, List<Term> terms) {
        int previousEnd = offset;
        for (Term term : terms) {
            String where = term + " in " + abbreviate(text);
            assertTrue(term.span().start() >= previousEnd, "overlaps or goes back: " + where);
            assertTrue(term.span().end() <= offset + text.length(), "reaches beyond the text: " + where);
            assertFalse(term.span().isEmpty(), "empty span: " + where);
            assertFalse(term.form().isEmpty(), "empty form: " + where);
            String covered = text.substring(term.span().start() - offset, term.span().end() - offset);
            switch (term.kind()) {
                case PUNCT -> assertEquals(1, covered.length(), "a punctuation term covers one character: " + where);
                case NUMBER -> assertTrue(Character.isDigit(covered.codePointAt(0))
                        && Character.isDigit(covered.codePointBefore(covered.length())),
                        "a number starts and ends with a digit: " + where);
                case WORD, NAME -> assertTrue(covered.codePoints().anyMatch(Character::isLetterOrDigit)
                        || covered.codePoints().anyMatch(cp -> Character.getType(cp) == Character.OTHER_SYMBOL),
                        "a word covers a letter, digit or symbol: " + where);
            }
            previousEnd = term.span().end();
        }
    }

    /** Returns the terms as {@code KIND form} strings, for readable table assertions. */
    static List<String> kindsAndForms(List<Term> terms) {
        return terms.stream().map(t -> t.kind() + " " + t.form()).collect(Collectors.toList());
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? "'" + text + "'" : "'" + text.substring(0, 80) + "...' (" + text.length() + " chars)";
    }
}
