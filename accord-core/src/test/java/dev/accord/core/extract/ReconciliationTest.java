package dev.accord.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accord.core.extract.Comparison.Agreement;
import dev.accord.core.extract.Comparison.Aspect;
import dev.accord.core.extract.Comparison.Disagreement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReconciliationTest {

    private static final Agreement SAME = new Agreement(Aspect.COMPANY, "Cisco", "SIGNATORY", List.of(1), List.of(1));
    private static final Disagreement DIFFERENT = new Disagreement(Aspect.FACT, "signatoryCount", "34", "35", List.of(0),
            List.of(0), "values differ");

    @Test
    void splitsItsComparisonsInOrder() {
        Reconciliation r = new Reconciliation(List.of(SAME, DIFFERENT));
        assertEquals(List.of(SAME), r.agreements());
        assertEquals(List.of(DIFFERENT), r.disagreements());
        assertFalse(r.isConsistent());
        assertTrue(new Reconciliation(List.of(SAME)).isConsistent());
    }

    @Test
    void copiesItsList() {
        List<Comparison> list = new ArrayList<>(List.of(SAME));
        Reconciliation r = new Reconciliation(list);
        list.add(DIFFERENT);
        assertEquals(1, r.comparisons().size());
    }

    @Test
    void aDisagreementMayMissOneSide() {
        Disagreement oneSided = new Disagreement(Aspect.COMPANY, "Oracle", "SIGNATORY", null, List.of(2), List.of(),
                "named only in the Dutch text");
        assertEquals(null, oneSided.target());
    }

    @Test
    void blankSubjectsAndReasonsAreRejected() {
        assertEquals("subject must not be blank", assertThrows(IllegalArgumentException.class,
                () -> new Agreement(Aspect.PILLAR, " ", "stated", List.of(), List.of())).getMessage());
        assertEquals("a disagreement needs a reason", assertThrows(IllegalArgumentException.class,
                () -> new Disagreement(Aspect.PILLAR, "NO_OFFENSE", null, null, List.of(), List.of(), "")).getMessage());
        assertEquals("reason", assertThrows(NullPointerException.class,
                () -> new Disagreement(Aspect.PILLAR, "NO_OFFENSE", null, null, List.of(), List.of(), null)).getMessage());
    }

    @Test
    void switchesOverComparisonsAreExhaustive() {
        Comparison carried = new Comparison.Carried(Aspect.COMPANY, "Cisco", "SIGNATORY", Comparison.Side.SOURCE, List.of(1),
                List.of(1));
        for (Comparison c : List.of(SAME, DIFFERENT, carried)) {
            String kind = switch (c) {
                case Agreement a -> "same " + a.value();
                case Disagreement d -> "differs " + d.reason();
                case Comparison.Carried k -> "carried from " + k.from();
            };
            assertFalse(kind.isBlank());
        }
    }

    @Test
    void carriedStatementsAreListedApartAndKeepTheReconciliationConsistent() {
        Comparison carried = new Comparison.Carried(Aspect.COMPANY, "Cisco", "SIGNATORY", Comparison.Side.TARGET, List.of(1),
                List.of(1));
        Reconciliation r = new Reconciliation(List.of(SAME, carried));
        assertEquals(List.of(carried), r.carried());
        assertEquals(List.of(SAME), r.agreements());
        assertTrue(r.isConsistent());
    }

    @Test
    void rejectsNullListNamingIt() {
        assertEquals("comparisons", assertThrows(NullPointerException.class, () -> new Reconciliation(null)).getMessage());
    }
}
