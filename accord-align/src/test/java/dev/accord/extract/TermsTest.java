package dev.accord.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import dev.accord.core.text.Sentence;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Words analysed once per document get exactly the terms that analysing each sentence gives. */
class TermsTest {

    private static final String[] PIECES = {"Microsoft", "Google", "eBay", "IBM", "L'Oréal", "l'accord", "L'accord", "qu'Amazon",
        "d'Ieteren", "D'Ieteren", "presqu'île", "Presqu'Île", "jusqu'à", "aujourd'hui", "Google's", "Googles", "firma's", "auto's",
        "'s-Hertogenbosch", "F-Secure", "société-mère", "Google-moederbedrijf", "AT&T", "Amazon.com", "U.S.", "dhr.", "o.a.",
        "weigerden", "ondertekenden", "bedrijven", "signé", "signée", "Sécurité", "ÉTATS", "été", "ß", "Straße", "œuvre", "Œuvre",
        "1", "000", "34", "1 000", "1\u202F000", "3,5", "3", ",", "2018", "3M", "2017-2018", "34e", "Geneve'", "aanval'.", "''", "x:y", "a_b", "naïve", "co\u00ADoperatie", "e\u0301te", "Ⅻ", "²", "\uD835\uDC00",
        "Ten", "tweede", "Enfin", "Dit", "Cela", "«", "»", "“", "”", "(", ")", ",", ".", "!", "?", "…", ":", ";", "-", "–", "'",
        "’", "‘", "\"", "&", "_", "/", "\u00A0", "\u202F", " ", " ", " ", " "};

    private static Document soup(Language language, Random random) {
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < 400; s++) {
            int n = 1 + random.nextInt(14);
            for (int i = 0; i < n; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextInt(3) > 0) {
                    text.append(' ');
                }
            }
            text.append(random.nextBoolean() ? ".\n" : "\n");
        }
        return Texts.sentences(language, text.toString());
    }

    private static int compare(Document document) {
        Map<String, Terms.Single> singles = new HashMap<>();
        int compared = 0;
        for (Sentence s : document.sentences()) {
            List<Token> tokens = Tokenizer.tokenize(s.text(), s.span().start());
            assertEquals(Terms.withTerms(document.language(), s, tokens), Terms.withTerms(document.language(), s, tokens, singles),
                    s.text());
            compared += tokens.size();
        }
        assertTrue(singles.size() > 20, "words analysed alone: " + singles.size());
        return compared;
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"NL", "FR"})
    void wordsAnalysedAloneGetTheTermsOfTheWholeSentenceOnTheSeed(Language language) {
        assertTrue(compare(Texts.seed(language)) > 300);
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"NL", "FR"})
    void wordsAnalysedAloneGetTheTermsOfTheWholeSentenceOnRandomText(Language language) {
        Random random = new Random(language.ordinal() + 17);
        for (int round = 0; round < 5; round++) {
            compare(soup(language, random));
        }
    }
}
