package dev.accord.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.accord.core.Meeting;
import dev.accord.core.Pillar;
import dev.accord.core.Role;
import dev.accord.core.extract.CompanyFinding;
import dev.accord.core.extract.CompanyMention;
import dev.accord.core.extract.CountQualifier;
import dev.accord.core.extract.DocumentFindings;
import dev.accord.core.extract.Fact;
import dev.accord.core.extract.PillarStatement;
import dev.accord.core.text.Language;
import dev.accord.core.text.TextSpan;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExtractionPredictionTest {

    private static CompanyFinding finding(String name, Set<Role> roles, int start) {
        return new CompanyFinding(name, roles, Optional.empty(),
                List.of(new CompanyMention(name, 0, new TextSpan(start, start + name.length()), name)));
    }

    @Test
    void findingsBecomeNamesRolesPillarsAndFacts() {
        DocumentFindings findings = new DocumentFindings(Language.FR,
                List.of(finding("Microsoft", Set.of(Role.INITIATOR, Role.SIGNATORY), 0),
                        finding("Orange Belgium", Set.of(Role.MENTIONED), 20)),
                List.of(new PillarStatement(Pillar.NO_OFFENSE, List.of(1)),
                        new PillarStatement(Pillar.COLLECTIVE_ACTION, List.of(2))),
                List.of(new Fact.SignatoryCount(34, List.of(0)), new Fact.PillarCount(4, List.of(1)),
                        new Fact.SigningDay("Mardi", DayOfWeek.TUESDAY, List.of(0)),
                        new Fact.FirstMeeting(new Meeting("RSA Conference", "San Francisco"), List.of(3))), List.of(0));
        ExtractionPrediction p = ExtractionPrediction.of(findings);
        assertEquals(Map.of("Microsoft", Set.of(Role.INITIATOR, Role.SIGNATORY), "Orange Belgium", Set.of(Role.MENTIONED)),
                p.companies());
        assertEquals(List.of("Microsoft", "Orange Belgium"), List.copyOf(p.companies().keySet()));
        assertEquals(Set.of(Pillar.NO_OFFENSE, Pillar.COLLECTIVE_ACTION), p.pillars());
        assertEquals(List.of(new StatedCount(34, CountQualifier.EXACT)), p.signatoryCounts());
        assertEquals(4, p.pillarCount());
        assertEquals(DayOfWeek.TUESDAY, p.signingDay());
    }

    @Test
    void emptyFindingsPredictNothing() {
        assertEquals(ExtractionPrediction.nothing(), ExtractionPrediction.of(DocumentFindings.empty(Language.NL)));
    }

    @Test
    void aCountKeepsItsQualifier() {
        assertEquals(new StatedCount(150, CountQualifier.MORE_THAN),
                ExtractionPrediction.statedCount(new Fact.SignatoryCount(150, CountQualifier.MORE_THAN, List.of(0))));
    }
}
