package dev.accord.core.extract;

import dev.accord.core.Meeting;
import java.time.DayOfWeek;
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

    /** Returns the name of the fact's kind, as output formats write it ({@code signatoryCount}). */
    String name();

    /** Returns the fact's value for a reader ({@code 34}, {@code more than 150}, {@code mardi}). */
    String value();

    /**
     * Returns true if {@code other} is a fact of the same kind that says the same, in whatever
     * language ({@code Dinsdag} and {@code mardi} agree: both are a Tuesday).
     *
     * @throws NullPointerException if {@code other} is null
     */
    boolean agrees(Fact other);

    /**
     * A number of signatories, as the text states it: "34", "more than 150", "about 90". A text
     * may state several (the founders, the members a year later).
     *
     * @param count the number, {@code > 0}
     * @param qualifier how exactly the text states it
     * @param sentences the sentences that state it; at least one
     */
    record SignatoryCount(int count, CountQualifier qualifier, List<Integer> sentences) implements Fact {
        /**
         * Validates the count and copies the sentences.
         *
         * @throws NullPointerException if the qualifier, the list or an index is null
         * @throws IllegalArgumentException if the count is not positive, or the sentences are
         *     empty, negative or not ascending
         */
        public SignatoryCount {
            if (count <= 0) {
                throw new IllegalArgumentException("signatory count must be > 0, got " + count);
            }
            Objects.requireNonNull(qualifier, "qualifier");
            sentences = SentenceIndices.requireAscending(sentences, "signatory count");
        }

        /** Returns an exact count ({@link CountQualifier#EXACT}). */
        public SignatoryCount(int count, List<Integer> sentences) {
            this(count, CountQualifier.EXACT, sentences);
        }

        @Override
        public String name() {
            return "signatoryCount";
        }

        @Override
        public String value() {
            return qualifier.render(count);
        }

        @Override
        public boolean agrees(Fact other) {
            return other instanceof SignatoryCount o && o.count == count && o.qualifier == qualifier;
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

        @Override
        public String name() {
            return "pillarCount";
        }

        @Override
        public String value() {
            return Integer.toString(count);
        }

        @Override
        public boolean agrees(Fact other) {
            return other instanceof PillarCount o && o.count == count;
        }
    }

    /**
     * The day the accord was signed, as the text words it (e.g. {@code Dinsdag}, {@code mardi}),
     * and which day of the week that is.
     *
     * @param day the day as written; not blank
     * @param dayOfWeek the day of the week it names
     * @param sentences the sentences that state it; at least one
     */
    record SigningDay(String day, DayOfWeek dayOfWeek, List<Integer> sentences) implements Fact {
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
            Objects.requireNonNull(dayOfWeek, "dayOfWeek");
            sentences = SentenceIndices.requireAscending(sentences, "signing day");
        }

        @Override
        public String name() {
            return "signingDay";
        }

        @Override
        public String value() {
            return day;
        }

        @Override
        public boolean agrees(Fact other) {
            return other instanceof SigningDay o && o.dayOfWeek == dayOfWeek;
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

        @Override
        public String name() {
            return "firstMeeting";
        }

        @Override
        public String value() {
            return meeting.event() + ", " + meeting.place();
        }

        /** Agrees with a first meeting at the same event and place, compared without case. */
        @Override
        public boolean agrees(Fact other) {
            return other instanceof FirstMeeting o && o.meeting.event().equalsIgnoreCase(meeting.event())
                    && o.meeting.place().equalsIgnoreCase(meeting.place());
        }
    }
}
