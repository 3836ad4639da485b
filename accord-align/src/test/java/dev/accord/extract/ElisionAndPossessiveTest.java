package dev.accord.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.accord.core.Accord;
import dev.accord.core.Role;
import dev.accord.core.extract.CompanyMention;
import dev.accord.core.extract.DocumentFindings;
import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names behind French elision and Dutch or English possessives are found, with spans on the name as written. */
class ElisionAndPossessiveTest {

    private static List<String> mentions(Language language, String text) {
        Document d = Texts.sentences(language, text);
        DocumentFindings f = Extraction.extractor(Accord.cybersecurityTechAccord()).extract(d);
        return f.companies().stream().flatMap(c -> c.mentions().stream())
                .map(m -> m.company() + "=" + m.text() + "@" + (m.span().start() - d.sentence(m.sentence()).span().start()))
                .toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "fr|Pas plus qu'Amazon.|Amazon=Amazon@12",
        "fr|Le logiciel d'Apple est sûr.|Apple=Apple@14",
        "fr|Il parle de l'IBM d'aujourd'hui, qui n'a pas signé, pas plus qu'Oracle.|IBM=IBM@14;Oracle=Oracle@64",
        "fr|Lorsqu'Oracle a signé, Cisco a suivi.|Oracle=Oracle@7;Cisco=Cisco@23",
        "nl|Googles moederbedrijf Alphabet tekende niet.|Google=Googles@0;Alphabet=Alphabet@22",
        "nl|Ook Google's moederbedrijf tekende niet.|Google=Google@4",
        "nl|Volgens Nokia's topman tekenden ook de concurrenten niet.|Nokia=Nokia@8",
        "nl|GOOGLE, APPLE EN HP INC DOEN NIET MEE|Google=GOOGLE@0;Apple=APPLE@8;HP Inc.=HP INC@17",
        "fr|GOOGLE ET RSA SONT ABSENTS|Google=GOOGLE@0;RSA=RSA@10",
    })
    void namesAreNotHidden(String language, String text, String expected) {
        assertEquals(List.of(expected.split(";")), mentions(Language.fromCode(language), text));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "nl|De eerste bijeenkomst is op de RSA Conference in San Francisco.",
        "nl|Ze komen samen tijdens de RSA conferentie in San Francisco.",
        "fr|Ils se réuniront lors de la conférence RSA à San Francisco.",
        "nl|Het Cybersecurity Tech Accord werd in Genève voorgesteld.",
        "fr|Le Cybersecurity Tech Accord a été présenté à Genève mardi.",
        "nl|Topman Brad Smith ondertekende het akkoord in Brussel.",
        "nl|Volgens Brad Smith, de voorzitter van de groep, tekenen ook andere spelers.",
        "fr|Selon Brad Smith, le président du groupe, d'autres acteurs signeront.",
    })
    void eventsPlacesPeopleAndTheAccordAreNoCompanies(String language, String text) {
        assertEquals(List.of(), mentions(Language.fromCode(language), text));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "fr|Microsoft n'a pas signé l'accord.|NON_SIGNATORY",
        "fr|Microsoft a refusé de signer.|NON_SIGNATORY",
        "fr|Microsoft a signé l'accord.|SIGNATORY",
        "fr|L'accord a été signé par Microsoft.|SIGNATORY",
        "fr|On ne retrouve pas Microsoft parmi les signataires.|NON_SIGNATORY",
        "fr|Le pacte est à l'initiative de Microsoft.|INITIATOR",
        "nl|Microsoft ondertekende het akkoord niet.|NON_SIGNATORY",
        "nl|Microsoft heeft het akkoord ondertekend.|SIGNATORY",
        "nl|Het akkoord werd ondertekend door Microsoft.|SIGNATORY",
        "nl|Het akkoord is een initiatief van Microsoft.|INITIATOR",
        "nl|Microsoft ontbreekt op de lijst.|NON_SIGNATORY",
        "nl|Microsoft bracht een nieuwe update uit.|MENTIONED",
    })
    void rolesComeFromTheClause(String language, String text, Role role) {
        Document d = Texts.sentences(Language.fromCode(language), Texts.aboutTheAccord(Language.fromCode(language), text));
        DocumentFindings f = Extraction.extractor(Accord.cybersecurityTechAccord()).extract(d);
        assertEquals(1, f.companies().size(), f.companies().toString());
        assertEquals(java.util.Set.of(role), f.companies().get(0).roles());
        CompanyMention m = f.companies().get(0).mentions().get(0);
        assertEquals("Microsoft", m.text());
    }
}
