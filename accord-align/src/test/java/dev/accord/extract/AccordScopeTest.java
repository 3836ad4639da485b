package dev.accord.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accord.core.Accord;
import dev.accord.core.Role;
import dev.accord.core.extract.CompanyFinding;
import dev.accord.core.extract.DocumentFindings;
import dev.accord.core.text.Language;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Roles, pillars and counts exist only where a text speaks of the accord; persons, places, teams,
 * parties and institutions are never companies, in any text.
 */
class AccordScopeTest {

    private static final Extractor EXTRACTOR = Extraction.extractor(Accord.cybersecurityTechAccord());

    private static Map<String, Set<Role>> roles(DocumentFindings f) {
        return f.companies().stream().collect(Collectors.toMap(CompanyFinding::name, CompanyFinding::roles, (a, b) -> a, TreeMap::new));
    }

    @Test
    void footballNewsHasNoCompaniesRolesPillarsOrCounts() {
        DocumentFindings f = EXTRACTOR.extract(Texts.sentences(Language.NL, """
                Club Brugge wint topper in Gent

                Hans Vanaken tekende dinsdag voor de 0-2, nadat Andreas Skov Olsen de verdediging van AA Gent had ontregeld.
                Trainer Nicky Hayen was tevreden: "Vierendertig punten na vijftien matchen, dat zegt genoeg."
                In Brugge vierden 2.000 supporters op de Markt. Ook burgemeester Dirk De fauw was erbij.
                """));
        assertEquals(Map.of(), roles(f));
        assertTrue(f.pillars().isEmpty() && f.facts().isEmpty() && !f.aboutAccord(), f.toString());
    }

    @Test
    void companiesSigningAnotherAgreementAreOnlyMentioned() {
        DocumentFindings f = EXTRACTOR.extract(Texts.sentences(Language.FR, """
                Proximus et Orange Belgium ont signé mardi un accord salarial avec les syndicats.
                Plus de 80 entreprises du secteur suivront, selon la fédération.
                """));
        assertEquals(Map.of("Orange Belgium", Set.of(Role.MENTIONED), "Proximus", Set.of(Role.MENTIONED)), roles(f));
        assertTrue(f.facts().isEmpty() && !f.aboutAccord(), f.facts().toString());
    }

    @Test
    void anAgreementOnCybersecurityBetweenStatesIsNotTheAccord() {
        DocumentFindings f = EXTRACTOR.extract(Texts.sentences(Language.FR, """
                La Belgique et le Luxembourg ont signé mardi un accord de coopération en cybersécurité.
                Les deux pays partageront leurs informations sur les menaces; Cisco et Proximus fourniront le matériel.
                """));
        assertEquals(Map.of("Cisco", Set.of(Role.MENTIONED), "Proximus", Set.of(Role.MENTIONED)), roles(f));
        assertTrue(f.pillars().isEmpty() && f.facts().isEmpty() && !f.aboutAccord(), f.toString());
    }

    @Test
    void anAgreementOfCompaniesNextToASentenceOnCyberspaceIsTheAccord() {
        DocumentFindings f = EXTRACTOR.extract(Texts.sentences(Language.FR, """
                Elle étudie le droit des conflits dans le cyberespace.
                Elle a lu de près l'accord que 34 groupes technologiques ont présenté ce mardi.
                Cisco et Oracle l'ont signé.
                """));
        assertTrue(f.aboutAccord(), f.toString());
        assertEquals(Map.of("Cisco", Set.of(Role.SIGNATORY), "Oracle", Set.of(Role.SIGNATORY)), roles(f));
    }

    @Test
    void aCyberAgreementByNameIsTheAccord() {
        DocumentFindings f = EXTRACTOR.extract(Texts.sentences(Language.NL, """
                Een gesprek over het cyberakkoord dat vorige week werd gepresenteerd.
                Microsoft heeft het bedacht, Nokia tekende mee.
                """));
        assertTrue(f.aboutAccord(), f.toString());
        assertEquals(Map.of("Microsoft", Set.of(Role.INITIATOR), "Nokia", Set.of(Role.SIGNATORY)), roles(f));
    }

    @Test
    void aTextOnAnotherPledgeDescribesThatPledgeNotTheAccord() {
        DocumentFindings f = EXTRACTOR.extract(Texts.sentences(Language.FR, """
                La Charter of Trust veut renforcer la cybersécurité industrielle.
                Portée par Siemens, la charte réunit des entreprises comme Airbus et Allianz.
                Ces entreprises ont signé mardi un engagement commun sur la cybersécurité.
                """));
        assertTrue(!f.aboutAccord() && f.pillars().isEmpty() && f.facts().isEmpty(), f.toString());
        assertEquals(Map.of("Airbus", Set.of(Role.MENTIONED), "Allianz", Set.of(Role.MENTIONED), "Siemens", Set.of(Role.MENTIONED)), roles(f));
    }

    @Test
    void anotherPledgeKeepsItsCompaniesMentionedWhileTheAccordGivesRoles() {
        DocumentFindings f = EXTRACTOR.extract(Texts.sentences(Language.EN, """
                Cisco and Oracle signed the Cybersecurity Tech Accord in 2018.

                Years later, Samsung and Siemens signed the Paris Call for Trust and Security in Cyberspace.
                Thales joined as well.
                """));
        assertEquals(Map.of("Cisco", Set.of(Role.SIGNATORY), "Oracle", Set.of(Role.SIGNATORY), "Samsung", Set.of(Role.MENTIONED),
                "Siemens", Set.of(Role.MENTIONED), "Thales", Set.of(Role.MENTIONED)), roles(f));
        assertEquals(java.util.List.of(0), f.accordSentences());
    }

    @Test
    void personsPlacesInstitutionsAndMalwareAreNoCompanies() {
        DocumentFindings f = EXTRACTOR.extract(Texts.sentences(Language.EN, """
                Brad Smith, president of Microsoft, presented the Cybersecurity Tech Accord in San Francisco.
                The European Commission and NATO welcomed it after WannaCry and NotPetya hit hospitals, Reuters reported.
                A spokesperson of Proximus said the company would study the text.
                """));
        assertEquals(Set.of("Microsoft", "Proximus"), roles(f).keySet());
        assertEquals(Set.of(Role.MENTIONED), roles(f).get("Proximus"), "a company after a person's title is still a company");
        assertFalse(f.companies().stream().anyMatch(c -> c.name().contains("Brad")));
    }
}
