package dev.accord.extract;

import dev.accord.core.extract.CountQualifier;
import dev.accord.core.text.IndexRange;
import java.util.Objects;

/**
 * A number read from a sentence's words by {@link NumberReader}, with the qualifier written before
 * it; word indices count the words the reader was given.
 *
 * <p>The qualifier is {@link CountQualifier#ABOUT} with no qualifier words when the number is a noun
 * of approximate quantity and nothing else qualifies it ({@code een tiental}, {@code une centaine},
 * {@code a dozen}).
 *
 * @param value the number, {@code >= 0}
 * @param qualifier how the count relates to the true number
 * @param words the words that write the number, at least one
 * @param qualifierWords the words of the qualifier phrase, ending where the number starts; empty
 *     (both ends at {@code words.start()}) when no phrase is written. A French elided prefix that is
 *     part of the phrase ({@code d'} of {@code plus d'une centaine}) stays in the number's first word.
 */
record CountPhrase(long value, CountQualifier qualifier, IndexRange words, IndexRange qualifierWords) {

    /**
     * Validates the value and the ranges.
     *
     * @throws NullPointerException if the qualifier or a range is null
     * @throws IllegalArgumentException if the value is negative, the number has no word, or the
     *     qualifier words do not end where the number starts
     */
    CountPhrase {
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(qualifierWords, "qualifierWords");
        if (value < 0) {
            throw new IllegalArgumentException("value must be >= 0, got " + value);
        }
        if (words.size() == 0) {
            throw new IllegalArgumentException("a number has at least one word, got " + words);
        }
        if (qualifierWords.end() != words.start()) {
            throw new IllegalArgumentException("qualifier words " + qualifierWords + " must end where the number "
                    + words + " starts");
        }
    }

    /** Returns the words of the whole phrase, qualifier and number. */
    IndexRange phrase() {
        return new IndexRange(qualifierWords.start(), words.end());
    }
}
