package dev.accord.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenizerTest {

    private static String tokens(String text) {
        return String.join(" ", Tokenizer.tokenize(text, 0).stream().map(t -> t.text() + "/" + t.kind().name().charAt(0)).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "qu'Amazon|qu'/E Amazon/W",
        "d’Apple|d’/E Apple/W",
        "l'IBM d'aujourd'hui|l'/E IBM/W d'/E aujourd/W '/P hui/W",
        "Google's plan|Google/W 's/P plan/W",
        "firma's|firma/W 's/P",
        "F-Secure en Amazon.com|F-Secure/W en/W Amazon.com/W",
        "Google-moederbedrijf|Google/W -/P moederbedrijf/W",
        "société-mère de Google|société-mère/W de/W Google/W",
        "HP Inc. tekent.|HP/W Inc/W ./P tekent/W ./P",
    })
    void namesStayVisibleBehindElisionPossessivesAndCompounds(String text, String expected) {
        assertEquals(expected, tokens(text));
    }

    @Test
    void spansAreDocumentOffsetsAndCoverTheTokenText() {
        Random random = new Random(7);
        String alphabet = "abcAB'’- .,;:qul\u00e9\u00c9()?0123";
        for (int round = 0; round < 500; round++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(40);
            for (int i = 0; i < n; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();
            int offset = random.nextInt(100);
            String document = " ".repeat(offset) + text;
            int previousEnd = offset;
            List<Token> tokens = Tokenizer.tokenize(text, offset);
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                assertEquals(i, t.index());
                assertEquals(t.text(), t.span().coveredText(document), text);
                assertEquals(true, t.span().start() >= previousEnd, text);
                previousEnd = t.span().end();
            }
            assertEquals(text.replaceAll("\\s+", ""), String.join("", tokens.stream().map(Token::text).toList()));
        }
    }

    @Test
    void foldingRemovesCaseAndAccents() {
        assertEquals("societe-mere", Tokenizer.fold("Société-Mère"));
        assertEquals("qu'", Tokenizer.fold("Qu’"));
    }
}
