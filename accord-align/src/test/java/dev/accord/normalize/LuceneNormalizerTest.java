package dev.accord.normalize;

import static dev.accord.normalize.TermAssertions.checkedTerms;
import static dev.accord.normalize.TermAssertions.kindsAndForms;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.accord.core.text.Language;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LuceneNormalizerTest extends NormalizerContractTest {

    private final Normalizer normalizer = Normalizer.lucene();

    @Override
    Normalizer normalizer() {
        return normalizer;
    }

    private List<String> terms(Language language, String text) {
        return kindsAndForms(checkedTerms(normalizer, language, text, 0));
    }

    private List<String> forms(Language language, String text) {
        return checkedTerms(normalizer, language, text, 0).stream().map(Term::form).toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // Dutch: lower case, Snowball stems, folded
        "NL | Dinsdag ondertekenden 34 bedrijven het akkoord. | WORD dinsdag, WORD ondertek, NUMBER 34, WORD bedrijv, WORD het, WORD akkoord",
        "NL | een initiatief van Microsoft en Facebook | WORD een, WORD initiatief, WORD van, NAME microsoft, WORD en, NAME facebook",
        "NL | de conventie van Geneve | WORD de, WORD conventie, WORD van, NAME geneve",
        "NL | het bedrijf Googles en Google's diensten | WORD het, WORD bedrijf, NAME google, WORD en, NAME google, WORD dienst",
        "NL | 3,5 procent van 1.000 euro | NUMBER 3.5, WORD procent, WORD van, NUMBER 1000, WORD euro",
        "NL | auto's en café’s | WORD auto, WORD en, WORD caf",
        "NL | bij o.a. Siemens en dhr. Smith | WORD bij, WORD o.a, NAME siemen, WORD en, WORD dhr, NAME smith",
        "NL | IBM tekent. | NAME ibm, WORD tekent",
        "NL | LinkedIn en eBay | NAME linkedin, WORD en, NAME ebay",
        // French: elision with both apostrophes, light stems, folded
        "FR | qu'Amazon a signé | NAME amazon, WORD a, WORD sign",
        "FR | qu’Amazon l’abus d'une | NAME amazon, WORD abu, WORD une",
        "FR | jusqu'à lorsqu'il puisqu'elle n'est c'était j'ai s'opposer | WORD a, WORD il, WORD elle, WORD est, WORD etait, WORD ai, WORD opos",
        "FR | la convention de Genève | WORD la, WORD convention, WORD de, NAME geneve",
        "FR | celles qui ne l'ont pas (encore?) signé. | WORD cele, WORD qui, WORD ne, WORD ont, WORD pas, PUNCT (, WORD encor, PUNCT ?, PUNCT ), WORD sign",
        "FR | 1 000 entreprises et 3,5 % | NUMBER 1000, WORD entrepris, WORD et, NUMBER 3.5",
        "FR | « Oui » dit-il : non ! | PUNCT \", WORD oui, PUNCT \", WORD dit, WORD il, PUNCT :, WORD non, PUNCT !",
        "FR | aujourd'hui chez L'Oréal | WORD aujourd'hui, WORD chez, NAME oreal",
        // German capitalises nouns: only inner capitals make names there
        "DE | Die Genfer Konventionen von IBM | WORD die, WORD genf, WORD konvention, WORD von, NAME ibm",
        // English: possessive and plural
        "EN | the companies of Microsoft's rivals | WORD the, WORD company, WORD of, NAME microsoft, WORD rival",
    })
    void analysesTableOfExamples(Language language, String text, String expected) {
        assertEquals(Arrays.asList(expected.split(", ")), terms(language, text));
    }

    @Test
    void namesMatchAcrossLanguagesWithAndWithoutAccents() {
        assertEquals(forms(Language.NL, "naar Geneve").get(1), forms(Language.FR, "vers Genève").get(1));
        Term nl = checkedTerms(normalizer, Language.NL, "zoals Microsoft", 0).get(1);
        Term fr = checkedTerms(normalizer, Language.FR, "comme Microsoft", 0).get(1);
        assertEquals(nl.form(), fr.form());
        assertEquals(Term.Kind.NAME, fr.kind());
    }

    @Test
    void numbersMatchAcrossLanguages() {
        assertEquals(List.of("1000", "en", "3.5"), forms(Language.NL, "1.000 en 3,5"));
        assertEquals(List.of("1000", "et", "3.5"), forms(Language.FR, "1 000 et 3,5"));
        assertEquals(List.of("1000", "und", "3.5"), forms(Language.DE, "1.000 und 3,5"));
        assertEquals(List.of("1000", "and", "3.5"), forms(Language.EN, "1,000 and 3.5"));
    }

    @Test
    void singleQuotesOutsideWordsAreQuotationMarks() {
        assertEquals(List.of("PUNCT \"", "WORD ongeacht", "WORD de", "WORD aanval", "PUNCT \"", "WORD en", "WORD foto"),
                terms(Language.NL, "'ongeacht de aanval' en foto's"));
        assertEquals(List.of("PUNCT \"", "WORD peu", "WORD import", "PUNCT \""), terms(Language.FR, "‘peu importe’"));
    }

    @Test
    void elidedArticleIsOutsideTheSpanOfTheWord() {
        String text = "qu'Amazon et l’abus";
        List<Term> terms = checkedTerms(normalizer, Language.FR, text, 0);
        assertEquals("Amazon", terms.get(0).span().coveredText(text));
        assertEquals("abus", terms.get(2).span().coveredText(text));
    }

    @Test
    void capitalisedFirstWordOfASentenceIsAWordNotAName() {
        assertEquals(List.of("WORD microsoft", "WORD tekent"), terms(Language.NL, "Microsoft tekent"));
        assertEquals(List.of("WORD het", "WORD is", "WORD klar", "PUNCT !", "WORD microsoft", "WORD tekent"),
                terms(Language.NL, "Het is klaar! Microsoft tekent"));
        assertEquals(List.of("WORD ze", "WORD zegt", "PUNCT :", "PUNCT \"", "NAME microsoft", "WORD tekent", "PUNCT \""),
                terms(Language.NL, "Ze zegt: \"Microsoft tekent\""));
        // an interview's speaker label opens the answer
        assertEquals(List.of("WORD a", "PUNCT :", "WORD honestly", "WORD we", "WORD signed"),
                terms(Language.EN, "A: Honestly, we signed"));
        assertEquals(List.of("WORD plan", "PUNCT :", "NAME microsoft", "WORD sign"), terms(Language.EN, "Plan: Microsoft signs"));
    }

    @Test
    void stopWordsAreRemovedOnlyWhenAsked() {
        Normalizer withoutStopWords = Normalizer.lucene(true);
        assertEquals(List.of("bedrijv", "akkoord"),
                checkedTerms(withoutStopWords, Language.NL, "de bedrijven en het akkoord", 0).stream().map(Term::form).toList());
        assertEquals(List.of("firm", "sign", "acord"),
                checkedTerms(withoutStopWords, Language.FR, "les firmes ont signé l'accord", 0).stream().map(Term::form).toList());
        assertEquals(5, forms(Language.NL, "de bedrijven en het akkoord").size());
    }

    @Test
    void javadocExampleHoldsWithItsSpans() {
        assertEquals("[NAME amazon [3..9), WORD a [10..11), WORD sign [12..17), NUMBER 1000 [18..23), "
                + "WORD contrat [24..32), PUNCT ? [33..34)]",
                checkedTerms(normalizer, Language.FR, "qu'Amazon a signé 1 000 contrats ?", 0).toString());
    }

    @Test
    void firstSeedSentencesShareTheirNamesAndNumbersAcrossLanguages() {
        String nl = "Dinsdag ondertekenden 34 internationale technologiebedrijven het Cybersecurity Tech Accord, "
                + "een initiatief van Microsoft en Facebook om het misbruik van technologie tegen te gaan.";
        String fr = "Hier mardi, 34 firmes technologiques internationales ont signé le Cybersecurity Tech Accord, "
                + "une initiative de Microsoft et Facebook en vue de s'opposer à l'abus de la technologie en général.";
        List<String> expected = List.of("NUMBER 34", "NAME cybersecurity", "NAME tech", "NAME accord", "NAME microsoft",
                "NAME facebook");
        for (String text : List.of(nl, fr)) {
            Language language = text == nl ? Language.NL : Language.FR;
            assertEquals(expected, terms(language, text).stream()
                    .filter(t -> t.startsWith("NAME") || t.startsWith("NUMBER")).toList());
        }
    }
}
