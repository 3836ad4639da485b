package dev.accord.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accord.core.Accord;
import dev.accord.core.Role;
import dev.accord.core.extract.Fact;
import dev.accord.core.extract.CompanyFinding;
import dev.accord.core.extract.DocumentFindings;
import dev.accord.core.text.Language;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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
    void aFansCharterNextToACybersecuritySponsorIsNotTheAccord() {
        DocumentFindings f = EXTRACTOR.extract(Texts.sentences(Language.EN, """
                The players will wear the logo of Sophos, the British cybersecurity company, which sponsors the club.
                The club has also signed up to the National Supporters' Forum's fan charter, alongside 34 other clubs.
                Supporters say the charter gives them a voice.
                """));
        assertEquals(Map.of("Sophos", Set.of(Role.MENTIONED)), roles(f));
        assertTrue(f.facts().isEmpty() && !f.aboutAccord(), f.toString());
    }

    @Test
    void aPlayerNamedLikeACompanyIsAPersonWhereverHisSurnameComesBack() {
        DocumentFindings f = EXTRACTOR.extract(Texts.sentences(Language.NL, """
                De Deense middenvelder Mikkel Nielsen tekende dinsdag een contract tot 2028.
                "Ik kom om te winnen," zei Nielsen, die rugnummer 34 krijgt.
                Hoofdsponsor Proximus verlengde zijn engagement met drie jaar.
                """));
        assertEquals(Map.of("Proximus", Set.of(Role.MENTIONED)), roles(f));
    }

    @Test
    void aCyberCovenantThatHospitalsOrCouncilsSignIsNotTheAccord() {
        DocumentFindings nl = EXTRACTOR.extract(Texts.sentences(Language.NL, """
                Veertien ziekenhuizen hebben dinsdag het Cyberconvenant Zorg Noord ondertekend.
                Het convenant rust op vier pijlers: alle patiënten beschermen en nooit meewerken aan aanvallen op burgers.
                Leverancier ChipSoft steunt het convenant; Medivault Systems heeft niet getekend.
                """));
        assertTrue(nl.companies().stream().allMatch(c -> c.roles().equals(Set.of(Role.MENTIONED))), nl.companies().toString());
        assertTrue(nl.pillars().isEmpty() && nl.facts().isEmpty() && !nl.aboutAccord(), nl.toString());
        DocumentFindings en = EXTRACTOR.extract(Texts.sentences(Language.EN, """
                Nineteen local authorities have signed a voluntary cyber resilience agreement on Tuesday.
                The agreement commits councils to four principles, among them refusing to support attacks on third parties.
                CGI has endorsed the agreement; BT has not signed up.
                """));
        assertEquals(Map.of("CGI", Set.of(Role.MENTIONED), "BT", Set.of(Role.MENTIONED)), roles(en));
        assertTrue(en.pillars().isEmpty() && en.facts().isEmpty() && !en.aboutAccord(), en.toString());
    }

    @Test
    void aDataAgreementWithTheUnionsOrTheTownIsNotTheAccord() {
        DocumentFindings fr = EXTRACTOR.extract(Texts.sentences(Language.FR, """
                La chaîne Primeur refuse de signer l'accord
                Les trois syndicats de la chaîne Primeur devaient parapher jeudi un accord sur les données du personnel.
                L'accord devait tirer les leçons d'une cyberattaque subie en mars par le groupe.
                Il prévoyait quatre principes, dont protéger les données de tous les salariés et former chacun d'eux.
                « Ils ont signé un contrat avec Datavolt mais refusent de nous associer », dit une déléguée.
                """));
        assertTrue(fr.companies().stream().allMatch(c -> c.roles().equals(Set.of(Role.MENTIONED))), fr.companies().toString());
        assertTrue(fr.pillars().isEmpty() && fr.facts().isEmpty() && !fr.aboutAccord(), fr.toString());
        DocumentFindings nl = EXTRACTOR.extract(Texts.sentences(Language.NL, """
                Het stadsbestuur van Lier en 40 lokale ondernemers hebben maandag een akkoord over cyberhygiëne ondertekend.
                De ondertekenaars beloven hun klantgegevens te beschermen en phishing te melden.
                Ook de Kempense slagerij Vermeulen en het transportbedrijf Van Loon tekenden mee.
                """));
        assertTrue(nl.companies().stream().allMatch(c -> c.roles().equals(Set.of(Role.MENTIONED))), nl.companies().toString());
        assertTrue(nl.pillars().isEmpty() && nl.facts().isEmpty() && !nl.aboutAccord(), nl.toString());
    }

    @Test
    void aRegionalCharterQuotedByItsNameKeepsItsCountsFromTheAccord() {
        DocumentFindings f = EXTRACTOR.extract(Texts.sentences(Language.FR, """
                La charte régionale de cybersécurité « Cyber Loire » réunit 31 signataires.
                La Région vise cinquante signataires d'ici 2027.

                Le Cybersecurity Tech Accord, lui, compte plus de 160 signataires.
                """));
        assertEquals(List.of("SignatoryCount[count=160, qualifier=MORE_THAN, sentences=[2]]"),
                f.facts().stream().map(Object::toString).filter(x -> x.startsWith("SignatoryCount")).toList());
    }

    @Test
    void aDescriptionAfterAnotherPledgeNamedFirstIsThatPledgesUntilTheAccordIsNamed() {
        DocumentFindings f = EXTRACTOR.extract(Texts.sentences(Language.EN, """
                Twelve vendors behind the "Harbour Pledge" say no ransom will be paid

                The firms that write port software signed a joint cyber pledge on Tuesday never to pay a ransom; Oracle signed first.
                They borrowed the format from the Cybersecurity Tech Accord, which Cisco signed in 2018.
                """));
        assertEquals(Map.of("Oracle", Set.of(Role.MENTIONED), "Cisco", Set.of(Role.SIGNATORY)), roles(f));
        assertTrue(f.facts().stream().noneMatch(x -> x.toString().startsWith("SigningDay")), f.facts().toString());
    }

    @Test
    void aDescriptionBeforeAnotherPledgesNameIsThatPledges() {
        DocumentFindings f = EXTRACTOR.extract(Texts.sentences(Language.FR, """
                Une trentaine d'entreprises se sont engagées mardi à aider les petites entreprises à se défendre contre les cyberattaques.

                Elles ont paraphé la « Charte liégeoise pour la sécurité numérique ». Parmi les signataires figurent Ethias et Proximus.

                Les promoteurs de la charte s'inspirent du Cybersecurity Tech Accord, lancé à l'initiative de Microsoft.
                """));
        assertEquals(Map.of("Ethias", Set.of(Role.MENTIONED), "Proximus", Set.of(Role.MENTIONED), "Microsoft", Set.of(Role.INITIATOR)), roles(f));
        assertTrue(f.facts().isEmpty() && f.pillars().isEmpty(), f.toString());
    }

    @Test
    void theAccordNamedInPassingDoesNotTurnATextOnAnotherPledge() {
        DocumentFindings f = EXTRACTOR.extract(Texts.sentences(Language.NL, """
                Op maandag lanceerde Macron de 'Parijse Oproep voor vertrouwen in de cyberruimte'.
                Microsoft, dat eerder al het Cybersecurity Tech Accord op gang had gebracht, steunde de oproep meteen.
                Ook Siemens en Nokia sloten zich aan.
                """));
        assertEquals(Map.of("Microsoft", Set.of(Role.INITIATOR), "Siemens", Set.of(Role.MENTIONED), "Nokia", Set.of(Role.MENTIONED)), roles(f));
        assertTrue(f.facts().isEmpty(), f.facts().toString());
    }

    @Test
    void anAgreementABodyOrAGovernmentDrewUpIsNotTheAccordThoughItsContentIsAlike() {
        DocumentFindings en = EXTRACTOR.extract(Texts.sentences(Language.EN, """
                Thirty-four security companies have signed a voluntary code of conduct drawn up by their trade body, promising never to help attackers.
                Sophos and Darktrace are among the signatories.
                """));
        assertEquals(Map.of("Sophos", Set.of(Role.MENTIONED), "Darktrace", Set.of(Role.MENTIONED)), roles(en));
        assertTrue(en.facts().isEmpty() && en.pillars().isEmpty() && !en.aboutAccord(), en.toString());
        DocumentFindings fr = EXTRACTOR.extract(Texts.sentences(Language.FR, """
                Les fournisseurs de télécommunications se sont engagés mercredi à se porter secours en cas de cyberattaque.
                C'est le ministère qui a piloté la démarche. Proximus et Telenet ont signé l'entente.
                """));
        assertEquals(Map.of("Proximus", Set.of(Role.MENTIONED), "Telenet", Set.of(Role.MENTIONED)), roles(fr));
        assertTrue(fr.facts().isEmpty() && !fr.aboutAccord(), fr.toString());
        DocumentFindings pledge = EXTRACTOR.extract(Texts.sentences(Language.FR, """
                Trente-quatre entreprises se sont engagées à ne jamais aider un gouvernement à lancer des cyberattaques.
                Cisco et Nokia en sont.
                """));
        assertTrue(pledge.aboutAccord(), "the content of the accord names a government, which drew nothing up");
    }

    @Test
    void aTechAccordInLowerCaseOnAnotherSubjectIsNotTheAccord() {
        DocumentFindings f = EXTRACTOR.extract(Texts.sentences(Language.EN, """
                Forty-one technology companies have signed a "tech accord" on climate, led by Atlassian.
                Microsoft and Google signed it too, but Amazon declined.
                """));
        assertEquals(Map.of("Atlassian", Set.of(Role.MENTIONED), "Microsoft", Set.of(Role.MENTIONED), "Google", Set.of(Role.MENTIONED),
                "Amazon", Set.of(Role.MENTIONED)), roles(f));
        assertTrue(f.facts().isEmpty() && !f.aboutAccord(), f.toString());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "EN|Nine chip makers, Arm and Nvidia among them, signed the \"Tech Accord on Responsible Robotics\" on Monday. It has six principles.",
        "FR|Arm et Nvidia ont signé lundi le « Tech Accord contre les Robots Tueurs ». Le texte compte six principes.",
        "NL|Arm en Nvidia ondertekenden maandag het 'Tech Accord for Safe Robotics'. Het telt zes principes.",
    })
    void aLongerTitleThatBeginsWithTheAccordsNameIsAnotherAgreement(String language, String text) {
        DocumentFindings f = EXTRACTOR.extract(Texts.sentences(Language.fromCode(language.toLowerCase()), text.replace(". ", ".\n")));
        assertEquals(Map.of("Arm", Set.of(Role.MENTIONED), "Nvidia", Set.of(Role.MENTIONED)), roles(f));
        assertTrue(f.facts().isEmpty() && !f.aboutAccord(), f.toString());
    }

    @Test
    void theAccordsOneWordNameInLowerCaseNamesItAfterAnotherAgreement() {
        DocumentFindings f = EXTRACTOR.extract(Texts.sentences(Language.NL, """
                Proximus is een van de weinige Belgische bedrijven die het techakkoord tekenden.

                Haar schoonvader dacht dat ze het over het handelsakkoord met Mercosur had.

                Critici zeggen dat het akkoord vrijblijvend is.
                Google en Amazon hebben nooit getekend.
                """));
        assertEquals(Map.of("Proximus", Set.of(Role.SIGNATORY), "Google", Set.of(Role.NON_SIGNATORY),
                "Amazon", Set.of(Role.NON_SIGNATORY)), roles(f));
    }

    @Test
    void anAgreementNamedByACapitalisedCompoundIsAnotherAgreement() {
        DocumentFindings f = EXTRACTOR.extract(Texts.sentences(Language.NL, """
                Maandag was het zover: een handtekening en een persbericht met het woord 'akkoord' in de kop.
                De minister en de operators Kempnet en Telvia ondertekenden in Den Haag het Netweerbaarheidsakkoord.
                De operators gaan dreigingsinformatie delen en samen een grote storing oefenen.

                Wie het stuk naast een ouder akkoord legt, ziet wat ontbreekt.
                In 2018 tekenden 34 technologiebedrijven het Cybersecurity Tech Accord, een initiatief van Microsoft.
                """));
        assertEquals(Map.of("Kempnet", Set.of(Role.MENTIONED), "Telvia", Set.of(Role.MENTIONED), "Microsoft", Set.of(Role.INITIATOR)),
                roles(f));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Arm and Nvidia signed the Tech Accord on Tuesday Morning.",
        "Arm and Nvidia signed the Tech Accord at the RSA Conference.",
        "Arm and Nvidia signed the Tech Accord to Protect, as its critics call it.",
    })
    void theAccordsNameBeforeADayOrAPlaceIsStillTheAccord(String text) {
        DocumentFindings f = EXTRACTOR.extract(Texts.sentences(Language.EN, text));
        assertEquals(Map.of("Arm", Set.of(Role.SIGNATORY), "Nvidia", Set.of(Role.SIGNATORY)), roles(f));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The players will wear the logo of Sophos, a cybersecurity company, under a sponsorship deal. Sophos signed it on Friday.",
        "Sophos and Darktrace, two cybersecurity companies, signed a merger implementation agreement. Darktrace will share threat information.",
    })
    void aSponsorshipOrAMergerOfCybersecurityCompaniesIsNotTheAccord(String text) {
        DocumentFindings f = EXTRACTOR.extract(Texts.sentences(Language.EN, text));
        assertTrue(f.companies().stream().allMatch(c -> c.roles().equals(Set.of(Role.MENTIONED))) && !f.aboutAccord(), f.toString());
    }

    @Test
    void aProductAfterItsMakersNameIsNoCompanyButTheMakerIsMentioned() {
        DocumentFindings f = EXTRACTOR.extract(Texts.sentences(Language.EN, """
                Cisco signed the Cybersecurity Tech Accord.
                At the school, files live in Google Docs and the tablets run Samsung Knox.
                """));
        assertEquals(Map.of("Cisco", Set.of(Role.SIGNATORY), "Google", Set.of(Role.MENTIONED), "Samsung", Set.of(Role.MENTIONED)), roles(f));
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
    void anotherPledgeCalledByItsOwnNounLaterIsStillThatPledge() {
        DocumentFindings f = EXTRACTOR.extract(Texts.sentences(Language.EN, """
                Cisco and Nokia signed the Cybersecurity Tech Accord.
                Siemens chose to stay with its own Charter of Trust.

                Does it matter? The Siemens charter, backed by Airbus and Allianz, covers similar ground.
                The accord, signed by Avast, is older.
                """));
        assertEquals(Map.of("Cisco", Set.of(Role.SIGNATORY), "Nokia", Set.of(Role.SIGNATORY), "Siemens", Set.of(Role.MENTIONED),
                "Airbus", Set.of(Role.MENTIONED), "Allianz", Set.of(Role.MENTIONED), "Avast", Set.of(Role.SIGNATORY)), roles(f));
    }

    @Test
    void aSentenceNamingBothPledgesDoesNotMakeTheOthersNounTheAccords() {
        DocumentFindings f = EXTRACTOR.extract(Texts.sentences(Language.EN, """
                In February, Kestrel Systems signed the Charter of Trust in Munich.
                Two months later, Harbourline and Velmora launched the Cybersecurity Tech Accord.

                Tarnwick, which joined the Charter of Trust, was also among the signatories of the Tech Accord.

                Most members of the charter did not follow.
                Kestrel Systems has never signed the accord.
                """));
        assertEquals(Set.of(Role.NON_SIGNATORY), roles(f).get("Kestrel Systems"), roles(f).toString());
    }

    @Test
    void signingBothPledgesSignsTheAccordAfterBothAreNamed() {
        DocumentFindings f = EXTRACTOR.extract(Texts.sentences(Language.EN, """
                The Paris Call for Trust and Security in Cyberspace was read out in November.
                Seven months earlier, 34 firms had signed the Cybersecurity Tech Accord.

                The overlap is large. Of the firms that signed both texts, the best known is Kestrel Systems.
                Tarnwick Secure, too, put its name to both.
                Velmora Networks and Ostrava Labs both endorsed the Paris Call.
                """));
        assertEquals(Map.of("Kestrel Systems", Set.of(Role.SIGNATORY), "Tarnwick Secure", Set.of(Role.SIGNATORY),
                "Velmora Networks", Set.of(Role.MENTIONED), "Ostrava Labs", Set.of(Role.MENTIONED)), roles(f));
    }

    @Test
    void membersListedAfterTheAccordsCountSpeakOfItThoughARelativeClauseNamesAnotherPledge() {
        // the other pledge has no noun of its own; a paragraph opened by "Parmi elles" lists the members counted before it,
        // and a relative clause naming the other pledge does not take the sentence from the accord
        DocumentFindings f = EXTRACTOR.extract(Texts.sentences(Language.FR, """
                L'Appel de Paris pour la confiance et la sécurité dans le cyberespace a été présenté en novembre 2018.

                Parmi ses soutiens figurait le Cybersecurity Tech Accord, un pacte lancé au printemps 2018.

                Ce pacte industriel repose sur une autre logique.
                Il regroupe aujourd'hui plus de cent cinquante entreprises.

                Parmi elles figurent Kestrel Systems et Tarnwick Secure, qui ont aussi soutenu l'Appel de Paris.
                """));
        assertEquals(Map.of("Kestrel Systems", Set.of(Role.SIGNATORY), "Tarnwick Secure", Set.of(Role.SIGNATORY)), roles(f));
    }

    @Test
    void theAccordsNounSpeaksOfItAgainAfterAnotherPledgeThatHasNoNounOfItsOwn() {
        DocumentFindings f = EXTRACTOR.extract(Texts.sentences(Language.FR, """
                L'Appel de Paris a été présenté en novembre 2018.
                Plus de 80 États l'ont soutenu.
                Le texte a rencontré un succès certain.

                Parmi ses soutiens figurait un acteur collectif : le Cybersecurity Tech Accord, pacte lancé au printemps 2018 à l'initiative de Microsoft, qui a rejoint l'Appel en bloc.

                Ce pacte industriel, plus ancien de quelques mois, repose sur une logique différente.
                Ses membres s'engagent à coopérer entre eux.
                Il regroupe aujourd'hui plus de cent cinquante entreprises du numérique.
                """));
        assertEquals(List.of("150 MORE_THAN"), f.facts().stream().filter(x -> x instanceof Fact.SignatoryCount)
                .map(x -> (Fact.SignatoryCount) x).map(c -> c.count() + " " + c.qualifier()).toList());
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
    void aCyberAgreementWithCompaniesNearIsTheAccord() {
        DocumentFindings f = EXTRACTOR.extract(Texts.sentences(Language.NL, """
                Anouk Peeters leidt de beveiliging van een hostingbedrijf in Leuven.
                Daarvoor werkte ze in Tallinn.
                Een gesprek over het cyberakkoord dat vorige week werd gepresenteerd.
                Microsoft heeft het bedacht, Nokia tekende mee.
                """));
        assertTrue(f.aboutAccord(), f.toString());
        assertEquals(Map.of("Microsoft", Set.of(Role.INITIATOR), "Nokia", Set.of(Role.SIGNATORY)), roles(f));
    }

    @Test
    void aCyberAgreementThatMinistersSignIsNotTheAccord() {
        DocumentFindings f = EXTRACTOR.extract(Texts.sentences(Language.NL, """
                Vlaanderen en Wallonië sluiten cyberakkoord

                De ministers van beide gewesten ondertekenden dinsdag een cyberakkoord met vier pijlers.
                Bedrijven als Proximus en Telenet leveren de netwerken.
                """));
        assertTrue(!f.aboutAccord() && f.pillars().isEmpty() && f.facts().isEmpty(), f.toString());
        assertEquals(Map.of("Proximus", Set.of(Role.MENTIONED), "Telenet", Set.of(Role.MENTIONED)), roles(f));
    }

    @Test
    void anAgreementAGovernmentSignsWithCompaniesIsNotTheAccordNorIsThePactLater() {
        DocumentFindings f = EXTRACTOR.extract(Texts.sentences(Language.EN, """
                The Ontario government on Monday signed a cybersecurity training agreement with a group of technology companies.
                Under the deal, Cisco and Telstra will equip colleges with lab hardware.
                The agreement, signed at Queen's Park by the province's Minister of Labour, sets out three commitments.
                Forty organisations have now put their names to the pact, among them a cyber start-up from Waterloo.
                """));
        assertTrue(!f.aboutAccord() && f.facts().isEmpty(), f.toString());
        assertEquals(Map.of("Cisco", Set.of(Role.MENTIONED), "Telstra", Set.of(Role.MENTIONED)), roles(f));
    }

    @Test
    void aCovenantAGovernmentMakesIsNotTheAccordFarFromItsHeadline() {
        DocumentFindings f = EXTRACTOR.extract(Texts.sentences(Language.NL, """
                Kabinet sluit cyberconvenant met havenbedrijven

                De ondertekening vond dinsdag plaats in Rotterdam.
                Het was een korte plechtigheid.
                Er werd koffie geschonken.
                Volgens de betrokkenen is het convenant een mijlpaal voor de digitale weerbaarheid.
                In totaal twaalf bedrijven zetten hun handtekening, onder wie Damen en Boskalis.
                """));
        assertTrue(!f.aboutAccord() && f.facts().isEmpty() && f.pillars().isEmpty(), f.toString());
        assertEquals(Map.of("Damen", Set.of(Role.MENTIONED), "Boskalis", Set.of(Role.MENTIONED)), roles(f));
        DocumentFindings accord = EXTRACTOR.extract(Texts.sentences(Language.NL, """
                Veertig techbedrijven beloven elkaar te waarschuwen bij digitale aanvallen en nooit een regering te helpen.
                Onder de ondertekenaars zijn Damen en Boskalis.
                Critici van de universiteit noemen het akkoord vooral een morele verklaring.
                """));
        assertTrue(accord.aboutAccord(), "a body named in a sentence on the accord made no agreement of its own");
    }

    @Test
    void anUnnamedPledgeWithMorePrinciplesThanTheAccordsFourIsAnotherPledge() {
        String text = """
                Twelve robotics companies signed a pledge on Friday never to help any state attack civilians with their machines.
                Boston Dynamics and ABB are among them.
                The pledge rests on %s principles.
                """;
        DocumentFindings five = EXTRACTOR.extract(Texts.sentences(Language.EN, text.formatted("five")));
        assertTrue(!five.aboutAccord() && five.facts().isEmpty() && five.pillars().isEmpty(), five.toString());
        assertEquals(Map.of("Boston Dynamics", Set.of(Role.MENTIONED), "ABB", Set.of(Role.MENTIONED)), roles(five));
        DocumentFindings four = EXTRACTOR.extract(Texts.sentences(Language.EN, text.formatted("four")));
        assertTrue(four.aboutAccord(), "four principles fit the accord: " + four);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Dinsdag maakten 34 technologiebedrijven bekend dat ze zich aan een gezamenlijke gedragslijn houden. // De sector kwam die week bijeen op de RSA-conferentie. // Cisco en Dell tekenden.",
        "Het digitale vredespact van tientallen techbedrijven is vijf jaar oud. // Het beschermt burgers tegen hackers. // Cisco en Dell tekenden.",
    })
    void theAccordUnnamedAsALineOfConductOrACompoundPactIsTheAccord(String text) {
        DocumentFindings f = EXTRACTOR.extract(Texts.sentences(Language.NL, text.replace(" // ", "\n")));
        assertTrue(f.aboutAccord(), f.toString());
        assertEquals(Map.of("Cisco", Set.of(Role.SIGNATORY), "Dell", Set.of(Role.SIGNATORY)), roles(f));
    }

    @Test
    void theImpactOfHackersIsNoPact() {
        DocumentFindings f = EXTRACTOR.extract(Texts.sentences(Language.NL, """
                De impact van de hackers op tientallen techbedrijven is groot.
                Cisco en Dell tekenden een contract.
                """));
        assertFalse(f.aboutAccord(), f.toString());
        assertEquals(Map.of("Cisco", Set.of(Role.MENTIONED), "Dell", Set.of(Role.MENTIONED)), roles(f));
    }

    @Test
    void aTakeoverALocalCharterAndAnAgreementOfTheUnionAreNotTheAccord() {
        DocumentFindings takeover = EXTRACTOR.extract(Texts.sentences(Language.FR, """
                Cybersécurité : Nerval rachète Kestrel Labs
                Le spécialiste lyonnais Nerval Sécurité a signé mardi un accord en vue d'acquérir Kestrel Labs, une jeune pousse belge.
                Les deux entreprises de cybersécurité comptent partager leurs informations sur les menaces.
                """));
        assertTrue(!takeover.aboutAccord() && takeover.facts().isEmpty(), takeover.toString());
        DocumentFindings charter = EXTRACTOR.extract(Texts.sentences(Language.FR, """
                Quarante-deux entreprises de la région ont paraphé la « Charte liégeoise de cybersécurité ».
                Proximus et Ethias figurent parmi les premiers signataires et promettent de partager les informations sur les menaces.
                """));
        assertTrue(!charter.aboutAccord() && charter.pillars().isEmpty() && charter.facts().isEmpty(), charter.toString());
        DocumentFindings union = EXTRACTOR.extract(Texts.sentences(Language.NL, """
                EU bereikt akkoord over cyberveiligheid van slimme apparaten
                De verordening verplicht fabrikanten om veilige producten te maken.
                """));
        assertFalse(union.aboutAccord(), union.toString());
        DocumentFindings named = EXTRACTOR.extract(Texts.sentences(Language.EN, """
                Tech firms sign cyber pledge at London summit

                Thirty companies, including BT, Vodafone and Sage, signed the Cyber Resilience Pledge on Tuesday.
                The pledge commits signatories to four principles, among them sharing threat intelligence.
                """));
        assertTrue(!named.aboutAccord() && named.pillars().isEmpty() && named.facts().isEmpty(), named.toString());
    }

    @Test
    void aPressReleasesBoilerplateGivesNoCountButTheAccordsOwnSectionDoes() {
        DocumentFindings release = EXTRACTOR.extract(Texts.sentences(Language.EN, """
                Halvorsen Secure joins the Cybersecurity Tech Accord
                Halvorsen Secure has signed the Cybersecurity Tech Accord.

                About Halvorsen Secure

                Halvorsen Secure protects more than 400 organisations in Norway.

                About the Cybersecurity Tech Accord

                The Cybersecurity Tech Accord was signed by 34 companies.
                """));
        assertEquals(List.of("SignatoryCount[count=34, qualifier=EXACT, sentences=[5]]"),
                release.facts().stream().map(Object::toString).filter(f -> f.startsWith("SignatoryCount")).toList());
    }

    @Test
    void governmentsNamedBeforeTheCompaniesThatSignDoNotHideTheAccord() {
        DocumentFindings f = EXTRACTOR.extract(Texts.sentences(Language.FR, """
                Alors que les gouvernements hésitent encore, une trentaine d'entreprises ont signé un accord de cybersécurité.
                Cisco et Oracle en font partie.
                """));
        assertTrue(f.aboutAccord(), f.toString());
        assertEquals(Map.of("Cisco", Set.of(Role.SIGNATORY), "Oracle", Set.of(Role.SIGNATORY)), roles(f));
    }

    @Test
    void companiesPledgingTheAccordsOwnContentAreTheAccordThoughItIsNeverNamed() {
        DocumentFindings fr = EXTRACTOR.extract(Texts.sentences(Language.FR, """
                Lundi, une trentaine de groupes technologiques ont promis de ne jamais aider un gouvernement à lancer des attaques contre des citoyens.
                L'idée vient de Microsoft.
                Cisco et Oracle ont signé.
                """));
        assertTrue(fr.aboutAccord(), fr.toString());
        assertEquals(Map.of("Cisco", Set.of(Role.SIGNATORY), "Microsoft", Set.of(Role.INITIATOR), "Oracle", Set.of(Role.SIGNATORY)), roles(fr));
        DocumentFindings en = EXTRACTOR.extract(Texts.sentences(Language.EN, """
                Some forty software companies want their customers to trust them.
                They vowed to defend every customer, wherever they are, whoever the attackers may be.
                Cisco and Oracle signed on the first day.
                """));
        assertTrue(en.aboutAccord(), en.toString());
        assertEquals(Map.of("Cisco", Set.of(Role.SIGNATORY), "Oracle", Set.of(Role.SIGNATORY)), roles(en));
        DocumentFindings attacking = EXTRACTOR.extract(Texts.sentences(Language.EN, """
                Thirty-four companies promised to protect every customer, regardless of who was attacking.
                Cisco and Oracle signed on the first day.
                """));
        assertTrue(attacking.aboutAccord(), attacking.toString());
    }

    @Test
    void theAccordsContentInAMinistersMouthIsNotTheAccord() {
        DocumentFindings f = EXTRACTOR.extract(Texts.sentences(Language.FR, """
                Le budget de la Défense prévoit 40 millions pour la cyberdéfense.
                Il s'agit de « protéger tous les citoyens et toutes les entreprises, quel que soit l'agresseur », a dit la ministre (Les Engagés).
                Proximus gérera le réseau.
                """));
        assertTrue(!f.aboutAccord() && f.pillars().isEmpty(), f.toString());
        assertEquals(Map.of("Proximus", Set.of(Role.MENTIONED)), roles(f));
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
