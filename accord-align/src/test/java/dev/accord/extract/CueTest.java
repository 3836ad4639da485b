package dev.accord.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.accord.core.text.Language;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CueTest {

    private static String match(String pattern, String text) {
        List<Token> tokens = Tokenizer.tokenize(text, 0);
        return Cue.of(pattern).find(tokens, 0, tokens.size())
                .map(m -> m.start() + ".." + m.end()).orElse("none");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "een initiatief van#het is een initiatief van Microsoft#2..5",
        "ondertek*#Ze ondertekenden gisteren#1..2",
        "*bedrijven#34 technologiebedrijven#1..2",
        "*onderzoek*#cybersecurityonderzoekers en meer#0..1",
        "ne ... pas ... signe#ils ne l'ont pas (encore?) signé#1..10",
        "doen|doet ... mee#Apple doet vandaag niet mee#1..5",
        "pas plus ... que|qu'#Pas plus du reste qu'Amazon#0..5",
        "een initiatief van#een initiatief voor Microsoft#none",
        "ne ... signe#ne a b c d e f g signé#none",
    })
    void patternsMatchWordsPrefixesSuffixesAndGaps(String pattern, String text, String expected) {
        assertEquals(expected, match(pattern, text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "weigerden|Apple weigerde te tekenen|1..2",
        "ondertekenden|Het werd ondertekend|2..3",
        "beschermen|zodat zij beschermd worden|none",
    })
    void plainWordsAlsoMatchByTheirLuceneTerm(String pattern, String text, String expected) {
        var document = Texts.sentences(Language.NL, text);
        List<Token> tokens = AccordExtractor.tokenize(document).get(0).tokens();
        assertEquals(expected, Cue.of(Language.NL, pattern).find(tokens, 0, tokens.size())
                .map(m -> m.start() + ".." + m.end()).orElse("none"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "... niet|cue '... niet' starts with a gap",
        "niet ...|cue 'niet ...' ends with a gap",
        "'   '|cue '   ' has no word",
        "'...'|cue '...' starts with a gap",
    })
    void malformedPatternsAreRejectedWithTheirText(String pattern, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> Cue.of(pattern)).getMessage());
    }
}
