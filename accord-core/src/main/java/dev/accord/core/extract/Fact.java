package dev.accord.core.extract;

import dev.accord.core.Meeting;
import java.util.List;
import java.util.Objects;

/**
 * A fact about the accord stated in a document, with the sentences it comes from.
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
        /** Validates. @throws IllegalArgumentException if the count is not positive or no sentence is given */
        public SignatoryCount {
            if (count <= 0) {
                throw new IllegalArgumentException("signatory count must be > 0, got " + count);
            }
            sentences = checkSentences(sentences);
        }
    }

    /**
     * The number of pillars (principles) the text announces.
     *
     * @param count the number, {@code > 0}
     * @param sentences the sentences that state it; at least one
     */
    record PillarCount(int count, List<Integer> sentences) implements Fact {
        /** Validates. @throws IllegalArgumentException if the count is not positive or no sentence is given */
        public PillarCount {
            if (count <= 0) {
                throw new IllegalArgumentException("pillar count must be > 0, got " + count);
            }
            sentences = checkSentences(sentences);
        }
    }

    /**
     * The day the accord was signed, as the text words it (e.g. {@code Dinsdag}, {@code mardi}).
     *
     * @param day the day as written; not blank
     * @param sentences the sentences that state it; at least one
     */
    record SigningDay(String day, List<Integer> sentences) implements Fact {
        /** Validates. @throws IllegalArgumentException if the day is blank or no sentence is given */
        public SigningDay {
            Objects.requireNonNull(day, "day");
            if (day.isBlank()) {
                throw new IllegalArgumentException("day must not be blank");
            }
            sentences = checkSentences(sentences);
        }
    }

    /**
     * The first meeting of the signatories.
     *
     * @param meeting the event and place
     * @param sentences the sentences that state it; at least one
     */
    record FirstMeeting(Meeting meeting, List<Integer> sentences) implements Fact {
        /** Validates. @throws IllegalArgumentException if no sentence is given */
        public FirstMeeting {
            Objects.requireNonNull(meeting, "meeting");
            sentences = checkSentences(sentences);
        }
    }

    private static List<Integer> checkSentences(List<Integer> sentences) {
        List<Integer> copy = List.copyOf(sentences);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("a fact needs at least one sentence");
        }
        int previous = -1;
        for (int s : copy) {
            if (s <= previous) {
                throw new IllegalArgumentException("sentences must be ascending and >= 0, got " + copy);
            }
            previous = s;
        }
        return copy;
    }
}
