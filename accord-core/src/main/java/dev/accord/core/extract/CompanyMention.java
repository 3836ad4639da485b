package dev.accord.core.extract;

import dev.accord.core.text.TextSpan;
import java.util.Objects;

/**
 * One place where a text names a company; immutable.
 *
 * @param company the canonical name of the company mentioned
 * @param sentence the 0-based index of the sentence that contains the mention
 * @param span the characters of the mention in the document text (not the sentence)
 * @param text the text as written, e.g. {@code Googles} or {@code Amazon} in {@code qu'Amazon}
 */
public record CompanyMention(String company, int sentence, TextSpan span, String text) {

    /**
     * Validates the mention.
     *
     * @throws NullPointerException if a reference is null
     * @throws IllegalArgumentException if the company name is blank, the sentence is negative,
     *     the span is empty, or the text length differs from the span
     */
    public CompanyMention {
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        if (company.isBlank()) {
            throw new IllegalArgumentException("company name must not be blank");
        }
        if (sentence < 0) {
            throw new IllegalArgumentException("sentence must be >= 0, got " + sentence);
        }
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("mention text '" + text + "' does not fit span " + span);
        }
        if (span.isEmpty()) {
            throw new IllegalArgumentException("mention of '" + company + "' has an empty span " + span);
        }
    }
}
