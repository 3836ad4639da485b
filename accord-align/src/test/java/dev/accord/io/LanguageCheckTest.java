package dev.accord.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import dev.accord.core.text.TextSpan;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageCheckTest {

    private static final LanguageCheck CHECK = LanguageCheck.standard();

    private static Document seed(String code, Language declared) throws Exception {
        return TextReader.of(InputFormat.TEXT).read(seedPath(code), declared);
    }

    private static Path seedPath(String code) throws URISyntaxException {
        return Path.of(LanguageCheckTest.class.getResource("/dev/accord/corpus/seed-" + code + ".txt").toURI());
    }

    private static Document text(Language declared, String text) {
        return Document.unsegmented(declared, text, List.of(new TextSpan(0, text.length())));
    }

    @Test
    void seedArticlesAreConfirmedInTheirLanguages() throws Exception {
        LanguageVerdict dutch = CHECK.verdict(seed("nl", Language.NL));
        LanguageVerdict french = CHECK.verdict(seed("fr", Language.FR));
        assertEquals("nld", assertInstanceOf(LanguageVerdict.Confirmed.class, dutch).detectedCode());
        assertEquals("fra", assertInstanceOf(LanguageVerdict.Confirmed.class, french).detectedCode());
        assertTrue(((LanguageVerdict.Confirmed) french).confidence() > 0.99, french.toString());
    }

    @Test
    void frenchArticleGivenAsDutchIsRejectedNamingFileLanguagesAndForce() throws Exception {
        Path file = seedPath("fr");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CHECK.require(seed("fr", Language.NL), file));
        assertEquals(file + ": looks French (fra, confidence 1.00), but was given as Dutch; " + FORCE, e.getMessage());
        assertEquals("looks French (fra, confidence 1.00), but was given as Dutch", e.reason());
        assertEquals(new InvalidInputException.Remedy.SkipLanguageCheck(), e.remedy().orElseThrow());
    }

    private static final String FORCE = "to read it anyway, turn the language check off: PipelineConfig.builder().force(true)";

    @Test
    void textInMemoryIsCheckedWithoutAFileAndNamedAsGiven() throws Exception {
        InvalidInputException one = assertThrows(InvalidInputException.class,
                () -> CHECK.require(seed("fr", Language.NL), "text"));
        assertEquals("text: looks French (fra, confidence 1.00), but was given as Dutch; " + FORCE, one.getMessage());
        assertTrue(one.file().isEmpty());
        InvalidInputException pair = assertThrows(InvalidInputException.class,
                () -> CHECK.requirePair(seed("fr", Language.NL), "source text", seed("nl", Language.FR), "target text"));
        assertEquals("source text: looks French (fra, confidence 1.00) and target text looks Dutch (nld, confidence "
                + "1.00): the two texts seem swapped (given as Dutch and French); " + FORCE, pair.getMessage());
    }

    @Test
    void swappedFilesAreReportedAsSwapped() throws Exception {
        Path nl = seedPath("nl");
        Path fr = seedPath("fr");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CHECK.requirePair(seed("fr", Language.NL), fr, seed("nl", Language.FR), nl));
        assertEquals(fr + ": looks French (fra, confidence 1.00) and " + nl + " looks Dutch (nld, confidence 1.00): "
                + "the two files seem swapped (given as Dutch and French); " + FORCE, e.getMessage());
        assertEquals(fr, e.file().orElseThrow());
    }

    @Test
    void oneWrongFileOfAPairIsNamed() throws Exception {
        Path fr = seedPath("fr");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CHECK.requirePair(seed("nl", Language.NL), seedPath("nl"), seed("fr", Language.DE), fr));
        assertTrue(e.getMessage().startsWith(fr + ": looks French (fra, confidence"), e.getMessage());
        assertTrue(e.getMessage().endsWith("but was given as German; " + FORCE), e.getMessage());
        assertEquals(fr, e.file().orElseThrow());
    }

    @Test
    void rightPairPasses() throws Exception {
        CHECK.requirePair(seed("nl", Language.NL), seedPath("nl"), seed("fr", Language.FR), seedPath("fr"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl | Vier pijlers",
        "fr | Quatre piliers",
        "nl | Google, Apple en Amazon doen niet mee",
        "fr | Google, Apple et Amazon brillent par leur absence",
        "nl | Microsoft en Facebook tekenden. Google niet. Apple ook niet.",
        "fr | Microsoft et Facebook ont signé. Google non. Apple non plus.",
        "nl | Dinsdag tekenden 34 bedrijven het Cybersecurity Tech Accord. Microsoft, Facebook, Nokia en Dell doen mee. "
                + "Ook Amazon en Twitter weigerden te ondertekenen.",
        "fr | Mardi, 34 firmes ont signé le Cybersecurity Tech Accord. Microsoft, Facebook, Nokia et Dell en font partie. "
                + "Pas plus du reste qu'Amazon et Twitter.",
        "nl | Cybersecurity Tech Accord: Microsoft, Facebook, Nokia, Dell, Cisco, HP, Oracle, SAP, Trend Micro.",
    })
    void shortPlausibleTextsAreNeverRejected(String code, String text) {
        LanguageVerdict verdict = CHECK.verdict(text(Language.fromCode(code), text));
        assertTrue(!(verdict instanceof LanguageVerdict.Mismatch), verdict.toString());
    }

    @Test
    void tooShortTextIsInconclusive() {
        LanguageVerdict verdict = CHECK.verdict(text(Language.NL, "Quatre piliers"));
        assertEquals("too little text to tell its language",
                assertInstanceOf(LanguageVerdict.Inconclusive.class, verdict).why());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl | fra | French | Les entreprises promettent de garantir un internet libre et sûr sur base de quatre piliers. "
                + "D'abord et surtout, elles se focaliseront sur une meilleure sécurité pour tous les utilisateurs dans "
                + "le monde. Ensuite, les entreprises s'engagent à ne jamais aider des autorités à lancer une cyber-attaque.",
        "fr | nld | Dutch | De bedrijven beloven dit vrij en veilig internet waar te maken aan de hand van vier pijlers. "
                + "Eerst en vooral zullen ze werken aan een betere beveiliging voor alle gebruikers wereldwijd. Ten tweede "
                + "zweren de bedrijven om overheden nooit te helpen met een cyberaanval op onschuldige mensen.",
        "fr | eng | English | The companies promise to deliver a free and secure internet on the basis of four pillars. "
                + "First and foremost, they will work on better protection for all users worldwide. Second, they swear "
                + "never to help governments launch cyberattacks against innocent citizens and enterprises.",
        "nl | spa | Spanish | Las empresas prometen garantizar una internet libre y segura sobre la base de cuatro "
                + "pilares. En primer lugar, trabajarán en una mejor seguridad para todos los usuarios del mundo. "
                + "Además, se comprometen a no ayudar nunca a los gobiernos a lanzar ciberataques.",
    })
    void aParagraphInAnotherLanguageIsAMismatch(String declared, String code, String name, String text) {
        LanguageVerdict verdict = CHECK.verdict(text(Language.fromCode(declared), text));
        LanguageVerdict.Mismatch mismatch = assertInstanceOf(LanguageVerdict.Mismatch.class, verdict);
        assertEquals(code, mismatch.detectedCode());
        assertTrue(mismatch.reason().startsWith("looks " + name + " (" + code + ", confidence "), mismatch.reason());
    }

    @Test
    void ordinaryArticlesAreConfirmedByTheirFunctionWordsWithoutTheModel() throws Exception {
        LanguageVerdict.Confirmed dutch = LanguageCheck.byFunctionWords(Language.NL, seed("nl", Language.NL).text());
        LanguageVerdict.Confirmed french = LanguageCheck.byFunctionWords(Language.FR, seed("fr", Language.FR).text());
        assertEquals("nld", dutch.detectedCode());
        assertEquals("fra", french.detectedCode());
        assertTrue(dutch.confidence() > 0.9 && french.confidence() > 0.9, dutch + " " + french);
    }

    @ParameterizedTest
    @CsvSource({"nl, fr", "fr, nl", "nl, de", "fr, en", "de, nl", "en, fr", "fr, es", "fr, ca", "fr, it", "fr, pt",
        "nl, es", "de, it"})
    void functionWordsNeverConfirmAnArticleInAnotherLanguage(String declared, String actual) throws Exception {
        String text = switch (actual) {
            case "nl", "fr" -> seed(actual, Language.fromCode(actual)).text();
            case "de" -> GERMAN;
            case "en" -> ENGLISH;
            case "es" -> SPANISH;
            case "ca" -> CATALAN;
            case "it" -> ITALIAN;
            default -> PORTUGUESE;
        };
        assertEquals(null, LanguageCheck.byFunctionWords(Language.fromCode(declared), text));
    }

    @Test
    void aSpanishArticleGivenAsFrenchIsStillRefusedByTheDetector() {
        LanguageVerdict verdict = CHECK.verdict(text(Language.FR, SPANISH));
        assertEquals("spa", assertInstanceOf(LanguageVerdict.Mismatch.class, verdict).detectedCode());
    }

    /** Spanish and Catalan full of {@code la} and {@code que}, which are French function words too. */
    private static final String SPANISH = ("La empresa dice que la seguridad de la red es la prioridad que se ha fijado "
            + "para este año. Se trata de la misma idea que la empresa defendió en la conferencia, donde se presentó la "
            + "propuesta que la mayoría de las empresas apoyó. La directora explicó que se necesita la ayuda de la "
            + "comunidad y que la colaboración con la industria es la clave. ").repeat(2);

    private static final String CATALAN = ("La societat diu que la seguretat de la xarxa és la prioritat que s'ha fixat "
            + "per a aquest any. Es tracta de la mateixa idea que la societat va defensar a la conferència, on es va "
            + "presentar la proposta que la majoria de les empreses va donar suport. La directora va explicar que cal "
            + "la col·laboració de la comunitat i que la feina amb la indústria és la clau. ").repeat(2);

    private static final String ITALIAN = ("Le aziende promettono di garantire una internet libera e sicura sulla base di "
            + "quattro pilastri. In primo luogo, lavoreranno per una migliore sicurezza per tutti gli utenti del mondo. "
            + "Inoltre, si impegnano a non aiutare mai i governi a lanciare attacchi informatici contro i cittadini e le "
            + "imprese. Vogliono anche lavorare con i ricercatori che trovano le vulnerabilità, e hanno promesso che "
            + "l'accordo crescerà prima della fine di quest'anno. ").repeat(2);

    private static final String PORTUGUESE = ("As empresas prometem garantir uma internet livre e segura com base em "
            + "quatro pilares. Em primeiro lugar, vão trabalhar por uma melhor segurança para todos os utilizadores do "
            + "mundo. Além disso, comprometem-se a nunca ajudar os governos a lançar ciberataques contra os cidadãos e "
            + "as empresas. Também querem trabalhar com os investigadores que encontram as vulnerabilidades, e "
            + "prometeram que o acordo vai crescer antes do fim deste ano. ").repeat(2);

    @Test
    void anArticleWithAForeignMiddleIsLeftToTheModel() throws Exception {
        String dutch = seed("nl", Language.NL).text();
        String french = seed("fr", Language.FR).text();
        String mixed = dutch + "\n\n" + french + "\n\n" + dutch;
        assertTrue(mixed.length() > 3 * LanguageCheck.WINDOW);
        assertEquals(null, LanguageCheck.byFunctionWords(Language.NL, mixed));
    }

    @Test
    void shortTextsGoToTheModel() {
        assertEquals(null, LanguageCheck.byFunctionWords(Language.NL, "Google, Apple en Amazon doen niet mee."));
    }

    private static final String GERMAN = ("Die Unternehmen versprechen, ein freies und sicheres Internet auf der Grundlage "
            + "von vier Säulen zu gewährleisten. Zuerst und vor allem werden sie an einer besseren Sicherheit für alle "
            + "Nutzer in der Welt arbeiten. Außerdem verpflichten sich die Unternehmen, den Regierungen nie dabei zu "
            + "helfen, Cyberangriffe auf unschuldige Bürger und Firmen zu starten. Die Firmen wollen auch mit den "
            + "Forschern zusammenarbeiten, die Sicherheitslücken finden, und sie haben zugesagt, das Abkommen noch in "
            + "diesem Jahr zu erweitern. ").repeat(2);

    private static final String ENGLISH = ("The companies promise to deliver a free and secure internet on the basis "
            + "of four pillars. First and foremost, they will work on better protection for all users worldwide. "
            + "Second, they swear never to help governments launch cyberattacks against innocent citizens and "
            + "enterprises. They also want to work with the researchers who find the weaknesses, and they have "
            + "promised that the accord will grow before the end of this year. ").repeat(2);

    @Test
    void longTextIsJudgedOnWindowsAndConfirmed() throws Exception {
        String article = seed("nl", Language.NL).text();
        String longText = (article + "\n\n").repeat(40);
        assertTrue(LanguageCheck.sample(longText).length() < 3 * LanguageCheck.WINDOW + 3);
        assertInstanceOf(LanguageVerdict.Confirmed.class, CHECK.verdict(text(Language.NL, longText)));
    }
}
