package dev.accord.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accord.core.Accord;
import dev.accord.core.Role;
import dev.accord.core.align.Alignment;
import dev.accord.core.align.Bead;
import dev.accord.core.extract.BilingualReport;
import dev.accord.core.extract.CompanyFinding;
import dev.accord.core.extract.DocumentFindings;
import dev.accord.core.extract.Fact;
import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import java.util.ArrayList;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** A translation that names companies no list knows: their names, roles and parents come from context alone. */
class UnlistedCompaniesTest {

    static final String NL = """
            Woensdag ondertekenden 42 Europese bedrijven het Cybersecurity Tech Accord, een initiatief van Proximus en Orange.
            Ook Samsung, Huawei en ASML doen mee.
            Het Zuid-Koreaanse bedrijf LG weigerde echter te ondertekenen.
            Zowel Kontron, het moederbedrijf van Barco, als Telenet staan niet op de lijst.
            De ondertekenaars komen voor het eerst samen tijdens het Mobile World Congress in Barcelona.
            """;
    static final String FR = """
            Mercredi, 42 entreprises européennes ont signé le Cybersecurity Tech Accord, une initiative de Proximus et Orange.
            Samsung, Huawei et ASML y participent aussi.
            La société sud-coréenne LG a toutefois refusé de signer.
            Ni Kontron, la société-mère de Barco, ni Telenet ne figurent sur la liste.
            Les signataires se réuniront pour la première fois lors du Mobile World Congress à Barcelone.
            """;

    static final Map<String, Set<Role>> ROLES = Map.of(
            "Proximus", Set.of(Role.INITIATOR), "Orange", Set.of(Role.INITIATOR),
            "Samsung", Set.of(Role.SIGNATORY), "Huawei", Set.of(Role.SIGNATORY), "ASML", Set.of(Role.SIGNATORY),
            "LG", Set.of(Role.NON_SIGNATORY), "Kontron", Set.of(Role.NON_SIGNATORY),
            "Barco", Set.of(Role.NON_SIGNATORY), "Telenet", Set.of(Role.NON_SIGNATORY));

    static Alignment oneToOne(Document nl, Document fr) {
        List<Bead> beads = new ArrayList<>();
        for (int i = 0; i < nl.size(); i++) {
            beads.add(Bead.of(List.of(i), List.of(i)));
        }
        return Alignment.of(nl, fr, beads);
    }

    private static Map<String, Set<Role>> roles(DocumentFindings f) {
        return f.companies().stream().collect(Collectors.toMap(CompanyFinding::name, CompanyFinding::roles, (a, b) -> a, TreeMap::new));
    }

    @ParameterizedTest
    @EnumSource(names = {"NL", "FR"})
    void unlistedCompaniesAreFoundWithTheirRolesFromOneTextAlone(Language language) {
        Document d = Texts.sentences(language, language == Language.NL ? NL : FR);
        DocumentFindings f = Extraction.extractor(Accord.cybersecurityTechAccord()).extract(d);
        assertEquals(new TreeMap<>(ROLES), roles(f));
        CompanyFinding barco = f.companies().stream().filter(c -> c.name().equals("Barco")).findFirst().orElseThrow();
        assertEquals(java.util.Optional.of("Kontron"), barco.parent());
    }

    @ParameterizedTest
    @EnumSource(names = {"NL", "FR"})
    void eventsAndPlacesOfAnUnlistedMeetingAreNoCompanies(Language language) {
        Document d = Texts.sentences(language, language == Language.NL ? NL : FR);
        DocumentFindings f = Extraction.extractor(Accord.cybersecurityTechAccord()).extract(d);
        assertTrue(f.companies().stream().noneMatch(c -> c.sentences().contains(4)), f.companies().toString());
        Fact.FirstMeeting meeting = f.facts().stream().filter(Fact.FirstMeeting.class::isInstance)
                .map(Fact.FirstMeeting.class::cast).findFirst().orElseThrow();
        assertEquals("Mobile World Congress", meeting.meeting().event());
        assertEquals("Barcelona", meeting.meeting().place(), "a known place by its first name in places.txt, the same in every language");
    }

    @ParameterizedTest
    @EnumSource(names = {"NL", "FR"})
    void countAndDayOfAnotherSigningAreRead(Language language) {
        Document d = Texts.sentences(language, language == Language.NL ? NL : FR);
        List<Fact> facts = Extraction.extractor(Accord.cybersecurityTechAccord()).extract(d).facts();
        assertTrue(facts.contains(new Fact.SignatoryCount(42, List.of(0))), facts.toString());
        assertTrue(facts.contains(new Fact.SigningDay(language == Language.NL ? "Woensdag" : "Mercredi", DayOfWeek.WEDNESDAY, List.of(0))),
                facts.toString());
    }

    @Test
    void bothSidesAgreeOnTheUnlistedCompanies() {
        Document nl = Texts.sentences(Language.NL, NL);
        Document fr = Texts.sentences(Language.FR, FR);
        BilingualReport report = Extraction.bilingual(Accord.cybersecurityTechAccord(), nl, fr, oneToOne(nl, fr));
        assertEquals(List.of(), report.reconciliation().disagreements());
    }

    @Test
    void aNameTheTwoSidesShareIsACompanyEvenWithoutAnyCue() {
        Document nl = Texts.sentences(Language.NL, "Volgens Quillmark is het akkoord een goede zaak.\nDe tekst is kort.");
        Document fr = Texts.sentences(Language.FR, "Selon Quillmark, l'accord est une bonne chose.\nLe texte est court.");
        DocumentFindings alone = Extraction.extractor(Accord.cybersecurityTechAccord()).extract(nl);
        assertEquals(List.of(), alone.companies());
        BilingualReport report = Extraction.bilingual(Accord.cybersecurityTechAccord(), nl, fr, oneToOne(nl, fr));
        assertEquals(Map.of("Quillmark", Set.of(Role.MENTIONED)), roles(report.sourceFindings()));
        assertEquals(Map.of("Quillmark", Set.of(Role.MENTIONED)), roles(report.targetFindings()));
    }

    @Test
    void sharedNamesAfterAPrepositionOfPlaceOrAVerbOfSayingAreNoCompanies() {
        Document nl = Texts.sentences(Language.NL, "De groep komt samen in Knokke, zei Brad Smith.");
        Document fr = Texts.sentences(Language.FR, "Le groupe se réunit à Knokke, déclare Brad Smith.");
        BilingualReport report = Extraction.bilingual(Accord.cybersecurityTechAccord(), nl, fr, oneToOne(nl, fr));
        assertEquals(List.of(), report.sourceFindings().companies());
        assertEquals(List.of(), report.targetFindings().companies());
    }

    @Test
    void aCompanyFoundOnOneSideOnlyIsADisagreement() {
        Document nl = Texts.sentences(Language.NL, "Ook Cisco en Oracle ondertekenden het akkoord.");
        Document fr = Texts.sentences(Language.FR, "Cisco a également signé l'accord.");
        BilingualReport report = Extraction.bilingual(Accord.cybersecurityTechAccord(), nl, fr, oneToOne(nl, fr));
        assertEquals(1, report.reconciliation().disagreements().size(), report.reconciliation().toString());
        var d = report.reconciliation().disagreements().get(0);
        assertEquals("Oracle", d.subject());
        assertEquals(null, d.target());
        assertTrue(d.reason().startsWith("named only in the Dutch text"), d.reason());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // a generic suffix after an unlisted name is part of it; alone it is no name
        "nl|Tessel ICT, Dijlestad IT en Kustlijn Digital ondertekenden het akkoord. / De IT-afdeling van Proximus volgde niet.|Tessel ICT, Dijlestad IT, Kustlijn Digital, Proximus",
        // a division named after a known company is a company of its own; a title or a person ends the name
        "en|Amazon Web Services and Google Cloud host the data. / Microsoft President Brad Smith met Cisco in Brussels on Monday.|Amazon Web Services, Google Cloud, Microsoft, Cisco",
        // an adjective of a title or a determiner opening a sentence is no name; a surname after a particle is a person's
        "nl|Algemeen directeur Luc Vanhoof van het bedrijf Kempchem tekende. / Iedere werknemer van Kempchem krijgt een premie. / Advocaat Erik van Dijk, die het bedrijf bijstond, zweeg.|Kempchem",
        "en|Managing director Jane Hale of the firm Corvane signed.|Corvane",
        // a name that ends in a word of the trade is a company's
        "en|Norwell Secure, a Bristol penetration-testing outfit, joined in 2020.|Norwell Secure",
        "en|Tamar Cyber, Stratum IoT, Pennine Payments, Marvela Retail and Carrow Freight signed.|Tamar Cyber, Stratum IoT, Pennine Payments, Marvela Retail, Carrow Freight",
        "fr|Condroz Informatique a signé.|Condroz Informatique",
        "nl|De beveiligingschef van Veldhuis Netwerken woont in Zwolle.|Veldhuis Netwerken",
        "nl|De bestelwagen van Kampen Logistiek stond voor de deur.|Kampen Logistiek",
        "en|The kitchens of Wenlock Foods were flooded in March.|Wenlock Foods",
        "nl|Het Amersfoortse Brugwerk, een bedrijfje van twintig mensen, geeft cursussen.|Brugwerk",
        // a name in apposition to a noun of companies right before it
        "en|Our badge-reader supplier, Harrowgate Access, is based in Leeds.|Harrowgate Access",
        // a name that begins with a trade is a company's
        "nl|De taarten van Bakkerij Ter Velde gingen op de foto.|Bakkerij Ter Velde",
        "fr|Le camion des Transports Merlier bloquait la rue. / On a vu la façade de la Brasserie Lemaire.|Transports Merlier, Brasserie Lemaire",
        // a verb that is also a head word does not make the name before it an institution
        "nl|Cisco staat op de lijst en Oracle staat erachter.|Cisco, Oracle",
        "en|Microsoft calls for rules; Cisco states its view.|Microsoft, Cisco",
        // a lower-case adjective of a known place after an article names a company in French; not a word that merely ends so
        "fr|La montréalaise Cognilis emploie douze personnes. / Elle loue des bureaux au liégeois Datavia.|Cognilis, Datavia",
        "fr|Le prochain Forum aura lieu en mai avec Cisco.|Cisco",
        // a short form of a longer name is that company, however many forms the text uses
        "en|Kestrel Assurance Ltd joined the accord in May. / Kestrel Assurance employs 40 people. / Kestrel is based in Leeds.|Kestrel Assurance Ltd",
        // a legal form after a known name is that company; a division after it is one of its own
        "en|Microsoft Corp and Nokia Oyj met Microsoft and Nokia. / Google Cloud hosts the data.|Microsoft, Nokia, Google Cloud",
        // a capitalised "I" with its verb is no name
        "en|Cisco and, I'd say, Oracle signed first. / Since then I've seen Kestrel Analytics sign too.|Cisco, Oracle, Kestrel Analytics",
        // a county, a state or a town of the gazetteer is no company, even in a list of signatories
        "en|Firms from Sligo, Telangana and Huddersfield signed, among them Kestrel Analytics and Cisco.|Kestrel Analytics, Cisco",
        // an authority, a coalition or a health system is no company
        "en|Kestrel Analytics, the Port Authority and the Cyber Resilience Coalition signed the charter with Cisco.|Kestrel Analytics, Cisco",
    })
    void aNameEndsWhereTheCompanyNameEnds(String language, String lines, String expected) {
        Language l = Language.fromCode(language);
        Document d = Texts.sentences(l, Texts.aboutTheAccord(l, lines.replace(" / ", "\n")));
        DocumentFindings f = Extraction.extractor(Accord.cybersecurityTechAccord()).extract(d);
        assertEquals(expected, f.companies().stream().map(CompanyFinding::name).collect(Collectors.joining(", ")));
    }
}
