package dev.accord.core.extract;

import java.util.List;
import java.util.Objects;

/**
 * One outcome of reconciling the findings of a text (the source) and its translation (the target): the two sides either agree on a
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

    /** Returns the source sentences the finding comes from (empty if the source side has none). */
    List<Integer> sourceSentences();

    /** Returns the target sentences the finding comes from (empty if the target side has none). */
    List<Integer> targetSentences();

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
     * @param sourceSentences the source sentences
     * @param targetSentences the target sentences
     */
    record Agreement(Aspect aspect, String subject, String value, List<Integer> sourceSentences, List<Integer> targetSentences)
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
            sourceSentences = requireSentences(sourceSentences, subject, "source");
            targetSentences = requireSentences(targetSentences, subject, "target");
        }
    }

    /**
     * The two sides differ, or only one side states something.
     *
     * @param aspect the kind of finding
     * @param subject what it is about; not blank
     * @param source what the source side states, or {@code null} if it states nothing
     * @param target what the target side states, or {@code null} if it states nothing
     * @param sourceSentences the source sentences
     * @param targetSentences the target sentences
     * @param reason one line that says how they differ, for a reader
     */
    record Disagreement(Aspect aspect, String subject, String source, String target, List<Integer> sourceSentences,
            List<Integer> targetSentences, String reason) implements Comparison {
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
            if (source == null && target == null) {
                throw new IllegalArgumentException("a disagreement on '" + subject + "' needs a statement on at least one side");
            }
            sourceSentences = requireSentences(sourceSentences, subject, "source");
            targetSentences = requireSentences(targetSentences, subject, "target");
        }
    }

    /** The side of a translation a statement comes from. */
    enum Side {
        /** The text that was translated. */
        SOURCE,
        /** The translation. */
        TARGET
    }

    /**
     * A statement one side makes and the other leaves implicit, carried over to the reconciled
     * view: the company is named in the aligned sentences of both sides, but only one side gives
     * it this role ({@code MENTIONED} on the other).
     *
     * @param aspect the kind of finding
     * @param subject what it is about; not blank
     * @param value what the stating side says (e.g. {@code SIGNATORY})
     * @param from the side that states it; the other side's reading comes from the translation
     * @param sourceSentences the source sentences
     * @param targetSentences the target sentences
     */
    record Carried(Aspect aspect, String subject, String value, Side from, List<Integer> sourceSentences,
            List<Integer> targetSentences) implements Comparison {
        /**
         * Validates and copies.
         *
         * @throws NullPointerException if a reference is null
         * @throws IllegalArgumentException if the subject is blank or the sentences are negative or not ascending
         */
        public Carried {
            Objects.requireNonNull(aspect, "aspect");
            subject = requireSubject(subject);
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(from, "from");
            sourceSentences = requireSentences(sourceSentences, subject, "source");
            targetSentences = requireSentences(targetSentences, subject, "target");
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
