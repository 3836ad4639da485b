package dev.accord.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.accord.core.Meeting;
import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactTest {

    /** Exhaustive over the sealed kinds: adding a kind without handling it here fails to compile. */
    private static String describe(Fact fact) {
        return switch (fact) {
            case Fact.SignatoryCount c -> c.count() + " signatories";
            case Fact.PillarCount c -> c.count() + " pillars";
            case Fact.SigningDay d -> "signed on " + d.day();
            case Fact.FirstMeeting m -> "first met at " + m.meeting().event() + " in " + m.meeting().place();
        };
    }

    @Test
    void eachKindCarriesItsValueAndSentences() {
        List<Fact> facts = List.of(
                new Fact.SignatoryCount(34, List.of(1)),
                new Fact.PillarCount(4, List.of(5)),
                new Fact.SigningDay("dinsdag", DayOfWeek.TUESDAY, List.of(1)),
                new Fact.FirstMeeting(new Meeting("RSA Conference", "San Francisco"), List.of(14, 15)));
        assertEquals(List.of("34 signatories", "4 pillars", "signed on dinsdag",
                "first met at RSA Conference in San Francisco"), facts.stream().map(FactTest::describe).toList());
        assertEquals(List.of(14, 15), facts.get(3).sentences());
    }

    @Test
    void rejectsNonPositiveCounts() {
        assertEquals("signatory count must be > 0, got 0", assertThrows(IllegalArgumentException.class,
                () -> new Fact.SignatoryCount(0, List.of(1))).getMessage());
        assertEquals("pillar count must be > 0, got -4", assertThrows(IllegalArgumentException.class,
                () -> new Fact.PillarCount(-4, List.of(1))).getMessage());
    }

    @Test
    void rejectsBlankDay() {
        assertEquals("signing day must not be blank, got ' '", assertThrows(IllegalArgumentException.class,
                () -> new Fact.SigningDay(" ", DayOfWeek.TUESDAY, List.of(1))).getMessage());
    }

    @Test
    void rejectsFactWithoutSentencesNamingTheKind() {
        assertEquals("signatory count needs at least one sentence", assertThrows(IllegalArgumentException.class,
                () -> new Fact.SignatoryCount(34, List.of())).getMessage());
        assertEquals("first meeting sentences must be ascending, distinct and >= 0, got [3, 1]",
                assertThrows(IllegalArgumentException.class, () -> new Fact.FirstMeeting(
                        new Meeting("RSA Conference", "San Francisco"), List.of(3, 1))).getMessage());
        assertEquals("signing day sentences must be ascending, distinct and >= 0, got [-1]",
                assertThrows(IllegalArgumentException.class, () -> new Fact.SigningDay("mardi", DayOfWeek.TUESDAY, List.of(-1))).getMessage());
    }

    @Test
    void rejectsNullMeeting() {
        assertEquals("meeting", assertThrows(NullPointerException.class,
                () -> new Fact.FirstMeeting(null, List.of(1))).getMessage());
    }
}
