package dev.accord.core.extract;

import java.util.List;
import java.util.Objects;

/**
 * One outcome of reconciling the Dutch and the French findings: the two sides either agree on a
 * subject or they do not.
 *
 * <p>The set of outcomes is closed; handle them with an exhaustive {@code switch}. Sentence
 * indices are 0-based, per language, ascending.
 */
public sealed interface Comparison {

    /** Returns what kind of finding is compared. */
    Aspect aspect();

    /** Returns what the comparison is about: a company name, a pillar, a fact's name. */
    String subject();

    /** Returns the Dutch sentences the finding comes from (empty if the Dutch side has none). */
    List<Integer> nlSentences();

    /** Returns the French sentences the finding comes from (empty if the French side has none). */
    List<Integer> frSentences();

    /** What kind of finding a comparison is about. */
    enum Aspect {
        /** A company's roles and parent. */
        COMPANY,
        /** Where a company is mentioned: in sentences that the alignment links, or not. */
        MENTION,
        /** The sentences stating a pillar. */
        PILLAR,
        /** A fact: signatory count, pillar count, signing day or first meeting. */
        FACT
    }

    /**
     * Both sides state the same thing.
     *
     * @param aspect the kind of finding
     * @param subject what it is about; not blank
     * @param value what both sides state, in a short canonical form (e.g. {@code SIGNATORY})
     * @param nlSentences the Dutch sentences
     * @param frSentences the French sentences
     */
    record Agreement(Aspect aspect, String subject, String value, List<Integer> nlSentences, List<Integer> frSentences)
            implements Comparison {
        /**
         * Validates and copies.
         *
         * @throws NullPointerException if a reference is null
         * @throws IllegalArgumentException if the subject is blank, or the sentences of a side
         *     are negative or not strictly ascending
         */
        public Agreement {
            Objects.requireNonNull(aspect, "aspect");
            subject = requireSubject(subject);
            Objects.requireNonNull(value, "value");
            nlSentences = requireSentences(nlSentences, subject, "Dutch");
            frSentences = requireSentences(frSentences, subject, "French");
        }
    }

    /**
     * The two sides differ, or only one side states something.
     *
     * @param aspect the kind of finding
     * @param subject what it is about; not blank
     * @param nl what the Dutch side states, or {@code null} if it states nothing
     * @param fr what the French side states, or {@code null} if it states nothing
     * @param nlSentences the Dutch sentences
     * @param frSentences the French sentences
     * @param reason one line that says how they differ, for a reader
     */
    record Disagreement(Aspect aspect, String subject, String nl, String fr, List<Integer> nlSentences,
            List<Integer> frSentences, String reason) implements Comparison {
        /**
         * Validates and copies.
         *
         * @throws NullPointerException if a required reference is null
         * @throws IllegalArgumentException if the subject or reason is blank, the reason has a
         *     line break, neither side states anything, or the sentences of a side are negative
         *     or not strictly ascending
         */
        public Disagreement {
            Objects.requireNonNull(aspect, "aspect");
            subject = requireSubject(subject);
            Objects.requireNonNull(reason, "reason");
            if (reason.isBlank()) {
                throw new IllegalArgumentException("a disagreement needs a reason");
            }
            if (reason.indexOf('\n') >= 0 || reason.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("the reason of a disagreement on '" + subject + "' must be one line");
            }
            if (nl == null && fr == null) {
                throw new IllegalArgumentException("a disagreement on '" + subject + "' needs a statement on at least one side");
            }
            nlSentences = requireSentences(nlSentences, subject, "Dutch");
            frSentences = requireSentences(frSentences, subject, "French");
        }
    }

    private static List<Integer> requireSentences(List<Integer> sentences, String subject, String side) {
        Objects.requireNonNull(sentences, () -> side + " sentences of '" + subject + "'");
        return sentences.isEmpty() ? List.of()
                : SentenceIndices.requireAscending(sentences, side + " '" + subject + "'");
    }

    private static String requireSubject(String subject) {
        Objects.requireNonNull(subject, "subject");
        if (subject.isBlank()) {
            throw new IllegalArgumentException("subject must not be blank");
        }
        return subject;
    }
}
