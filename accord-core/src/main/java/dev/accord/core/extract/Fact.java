package dev.accord.core.extract;

import dev.accord.core.Meeting;
import java.util.List;
import java.util.Objects;

/**
 * A fact about the accord stated in a document, with the sentences it comes from; immutable.
 *
 * <p>The set of kinds is closed; handle them with an exhaustive {@code switch}.
 */
public sealed interface Fact {

    /** Returns the 0-based indices of the sentences that state the fact, ascending. */
    List<Integer> sentences();

    /**
     * The number of signatories.
     *
     * @param count the number, {@code > 0}
     * @param sentences the sentences that state it; at least one
     */
    record SignatoryCount(int count, List<Integer> sentences) implements Fact {
        /**
         * Validates the count and copies the sentences.
         *
         * @throws NullPointerException if the list or an index is null
         * @throws IllegalArgumentException if the count is not positive, or the sentences are
         *     empty, negative or not ascending
         */
        public SignatoryCount {
            if (count <= 0) {
                throw new IllegalArgumentException("signatory count must be > 0, got " + count);
            }
            sentences = SentenceIndices.requireAscending(sentences, "signatory count");
        }
    }

    /**
     * The number of pillars (principles) the text announces.
     *
     * @param count the number, {@code > 0}
     * @param sentences the sentences that state it; at least one
     */
    record PillarCount(int count, List<Integer> sentences) implements Fact {
        /**
         * Validates the count and copies the sentences.
         *
         * @throws NullPointerException if the list or an index is null
         * @throws IllegalArgumentException if the count is not positive, or the sentences are
         *     empty, negative or not ascending
         */
        public PillarCount {
            if (count <= 0) {
                throw new IllegalArgumentException("pillar count must be > 0, got " + count);
            }
            sentences = SentenceIndices.requireAscending(sentences, "pillar count");
        }
    }

    /**
     * The day the accord was signed, as the text words it (e.g. {@code Dinsdag}, {@code mardi}).
     *
     * @param day the day as written; not blank
     * @param sentences the sentences that state it; at least one
     */
    record SigningDay(String day, List<Integer> sentences) implements Fact {
        /**
         * Validates the day and copies the sentences.
         *
         * @throws NullPointerException if the day, the list or an index is null
         * @throws IllegalArgumentException if the day is blank, or the sentences are empty,
         *     negative or not ascending
         */
        public SigningDay {
            Objects.requireNonNull(day, "day");
            if (day.isBlank()) {
                throw new IllegalArgumentException("signing day must not be blank, got '" + day + "'");
            }
            sentences = SentenceIndices.requireAscending(sentences, "signing day");
        }
    }

    /**
     * The first meeting of the signatories.
     *
     * @param meeting the event and place
     * @param sentences the sentences that state it; at least one
     */
    record FirstMeeting(Meeting meeting, List<Integer> sentences) implements Fact {
        /**
         * Validates the meeting and copies the sentences.
         *
         * @throws NullPointerException if the meeting, the list or an index is null
         * @throws IllegalArgumentException if the sentences are empty, negative or not ascending
         */
        public FirstMeeting {
            Objects.requireNonNull(meeting, "meeting");
            sentences = SentenceIndices.requireAscending(sentences, "first meeting");
        }
    }
}
