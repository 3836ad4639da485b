package dev.accord.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.accord.core.extract.Comparison.Agreement;
import dev.accord.core.extract.Comparison.Aspect;
import dev.accord.core.extract.Comparison.Disagreement;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    /** Exhaustive over the sealed outcomes: a new kind fails to compile here until handled. */
    private static String describe(Comparison c) {
        return switch (c) {
            case Agreement a -> a.subject() + " = " + a.value();
            case Disagreement d -> d.subject() + ": " + d.reason();
            case Comparison.Carried k -> k.subject() + " <- " + k.from() + " " + k.value();
        };
    }

    @Test
    void agreementAndDisagreementCarryTheSentencesOfBothSides() {
        Comparison agree = new Agreement(Aspect.COMPANY, "Microsoft", "INITIATOR, SIGNATORY", List.of(0), List.of(0));
        Comparison differ = new Disagreement(Aspect.COMPANY, "Twitter", "NON_SIGNATORY", null, List.of(3), List.of(),
                "named in Dutch only");
        assertEquals("Microsoft = INITIATOR, SIGNATORY", describe(agree));
        assertEquals("Twitter: named in Dutch only", describe(differ));
        assertEquals(List.of(3), differ.sourceSentences());
        Comparison carried = new Comparison.Carried(Aspect.COMPANY, "Cisco", "SIGNATORY", Comparison.Side.TARGET, List.of(2),
                List.of(2, 3));
        assertEquals("Cisco <- TARGET SIGNATORY", describe(carried));
        assertEquals(List.of(), differ.targetSentences());
    }

    @Test
    void rejectsBlankSubject() {
        assertEquals("subject must not be blank", assertThrows(IllegalArgumentException.class,
                () -> new Agreement(Aspect.FACT, " ", "34", List.of(0), List.of(0))).getMessage());
    }

    @Test
    void rejectsSentencesNotAscendingNamingSideAndSubject() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Agreement(Aspect.PILLAR, "NO_OFFENSE", "stated", List.of(5, 4), List.of(4)));
        assertEquals("source 'NO_OFFENSE' sentences must be ascending, distinct and >= 0, got [5, 4]", e.getMessage());
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> new Disagreement(Aspect.PILLAR, "NO_OFFENSE", "stated", null, List.of(1), List.of(-1), "why"));
        assertEquals("target 'NO_OFFENSE' sentences must be ascending, distinct and >= 0, got [-1]",
                negative.getMessage());
    }

    @Test
    void rejectsDisagreementWithoutReasonOrOnSeveralLines() {
        assertEquals("a disagreement needs a reason", assertThrows(IllegalArgumentException.class,
                () -> new Disagreement(Aspect.FACT, "signatories", "34", "35", List.of(0), List.of(0), " ")).getMessage());
        assertEquals("the reason of a disagreement on 'signatories' must be one line",
                assertThrows(IllegalArgumentException.class, () -> new Disagreement(Aspect.FACT, "signatories", "34",
                        "35", List.of(0), List.of(0), "34\\nversus 35".translateEscapes())).getMessage());
    }

    @Test
    void rejectsDisagreementWhereNeitherSideStatesAnything() {
        assertEquals("a disagreement on 'Apple' needs a statement on at least one side",
                assertThrows(IllegalArgumentException.class, () -> new Disagreement(Aspect.COMPANY, "Apple", null, null,
                        List.of(), List.of(), "nothing")).getMessage());
    }

    @Test
    void rejectsNullsNamingThem() {
        assertEquals("aspect", assertThrows(NullPointerException.class,
                () -> new Agreement(null, "x", "y", List.of(), List.of())).getMessage());
        assertEquals("value", assertThrows(NullPointerException.class,
                () -> new Agreement(Aspect.FACT, "x", null, List.of(), List.of())).getMessage());
        assertEquals("target sentences of 'x'", assertThrows(NullPointerException.class,
                () -> new Agreement(Aspect.FACT, "x", "y", List.of(), null)).getMessage());
    }
}
