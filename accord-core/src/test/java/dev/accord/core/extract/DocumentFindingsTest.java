package dev.accord.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accord.core.Pillar;
import dev.accord.core.Role;
import dev.accord.core.text.Language;
import dev.accord.core.text.TextSpan;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DocumentFindingsTest {

    private static CompanyFinding finding(String name, int start) {
        return new CompanyFinding(name, Set.of(Role.SIGNATORY), Optional.empty(),
                List.of(new CompanyMention(name, 0, new TextSpan(start, start + name.length()), name)));
    }

    @Test
    void findsCompaniesAndPillarsByKey() {
        DocumentFindings f = new DocumentFindings(Language.FR, List.of(finding("Microsoft", 0), finding("Facebook", 14)),
                List.of(new PillarStatement(Pillar.STRONGER_DEFENSE, List.of(3)),
                        new PillarStatement(Pillar.COLLECTIVE_ACTION, List.of(9, 10))),
                List.of(new Fact.SignatoryCount(34, List.of(0))), List.of(0));
        assertEquals("Facebook", f.company("Facebook").orElseThrow().name());
        assertTrue(f.company("Apple").isEmpty());
        assertEquals(List.of(9, 10), f.pillar(Pillar.COLLECTIVE_ACTION).orElseThrow().sentences());
        assertTrue(f.pillar(Pillar.NO_OFFENSE).isEmpty());
    }

    @Test
    void emptyFindingsHaveNothing() {
        DocumentFindings f = DocumentFindings.empty(Language.NL);
        assertEquals(Language.NL, f.language());
        assertTrue(f.companies().isEmpty() && f.pillars().isEmpty() && f.facts().isEmpty());
    }

    @Test
    void rejectsTwoFindingsForOneCompany() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new DocumentFindings(Language.NL,
                List.of(finding("Apple", 0), finding("Apple", 20)), List.of(), List.of(), List.of(0)));
        assertEquals("company 'Apple' has two findings; merge them into one", e.getMessage());
    }

    @Test
    void rejectsPillarsOutOfOrderOrRepeated() {
        IllegalArgumentException order = assertThrows(IllegalArgumentException.class, () -> new DocumentFindings(
                Language.NL, List.of(), List.of(new PillarStatement(Pillar.NO_OFFENSE, List.of(4)),
                        new PillarStatement(Pillar.STRONGER_DEFENSE, List.of(2))), List.of(), List.of(2)));
        assertEquals("pillar statements must be in pillar order, one per pillar: STRONGER_DEFENSE follows NO_OFFENSE",
                order.getMessage());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> new DocumentFindings(
                Language.NL, List.of(), List.of(new PillarStatement(Pillar.NO_OFFENSE, List.of(4)),
                        new PillarStatement(Pillar.NO_OFFENSE, List.of(5))), List.of(), List.of(4)));
        assertEquals("pillar statements must be in pillar order, one per pillar: NO_OFFENSE follows NO_OFFENSE",
                twice.getMessage());
    }

    @Test
    void aDocumentThatDoesNotSpeakOfTheAccordHasNoRolesPillarsOrFacts() {
        assertEquals("company 'Microsoft' has roles [SIGNATORY] in a document that does not speak of the accord",
                assertThrows(IllegalArgumentException.class, () -> new DocumentFindings(Language.NL,
                        List.of(finding("Microsoft", 0)), List.of(), List.of(), List.of())).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new DocumentFindings(Language.NL, List.of(),
                List.of(new PillarStatement(Pillar.NO_OFFENSE, List.of(4))), List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new DocumentFindings(Language.NL, List.of(), List.of(),
                List.of(new Fact.SignatoryCount(34, List.of(0))), List.of()));
        assertTrue(new DocumentFindings(Language.NL, List.of(finding("Microsoft", 0)), List.of(), List.of(), List.of(0)).aboutAccord());
    }

    @Test
    void rejectsNullsNamingThem() {
        assertEquals("language", assertThrows(NullPointerException.class,
                () -> new DocumentFindings(null, List.of(), List.of(), List.of(), List.of())).getMessage());
        assertEquals("facts", assertThrows(NullPointerException.class,
                () -> new DocumentFindings(Language.NL, List.of(), List.of(), null, List.of())).getMessage());
    }
}
