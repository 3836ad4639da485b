package dev.accord.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.accord.core.text.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** The regular expression the tokenizer was first written as: the reference its scanner must equal. */
    private static final Pattern REFERENCE = Pattern.compile(
            "(?<elision>(?<![\\p{L}\\p{N}])(?i:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’](?=\\p{L}))"
                    + "|(?<word>[\\p{L}\\p{N}]+(?:[-.&][\\p{L}\\p{N}]+)*)"
                    + "|(?<possessive>['’]s(?![\\p{L}\\p{N}]))"
                    + "|(?<other>\\S)");

    /** Returns the matches of the reference as {@code text/kind@start}, mixed compounds not split. */
    private static List<String> referenceMatches(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            char kind = m.group("elision") != null ? 'E' : m.group("word") != null ? 'W' : m.group("possessive") != null ? 'P' : 'O';
            out.add(m.group() + "/" + kind + "@" + m.start());
        }
        return out;
    }

    /** Returns the tokens as {@code text/kind@start}, with the parts of a split mixed compound joined again. */
    private static List<String> scannerMatches(String text) {
        List<String> out = new ArrayList<>();
        List<Token> tokens = Tokenizer.tokenize(text, 0);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            int start = t.span().start();
            int end = t.span().end();
            while (t.isWord() && i + 2 < tokens.size() && tokens.get(i + 1).is('-') && tokens.get(i + 1).span().start() == end
                    && tokens.get(i + 2).isWord() && tokens.get(i + 2).span().start() == end + 1) {
                end = tokens.get(i + 2).span().end();
                i += 2;
            }
            char kind = switch (t.kind()) {
                case ELISION -> 'E';
                case WORD -> 'W';
                case POSSESSIVE -> 'P';
                case PUNCTUATION -> 'O';
            };
            out.add(text.substring(start, end) + "/" + kind + "@" + start);
        }
        return out;
    }

    @Test
    void scannerCutsExactlyWhereTheRegularExpressionCuts() {
        String[] pieces = {"a", "Z", "é", "É", "l", "L", "d", "qu", "QU", "jusqu", "Presqu", "s", "S", "3", "²", "Ⅻ", "-", ".",
            "&", "'", "’", " ", "\t", "\n", "\u000B", "\f", "\r", "\u00A0", "\u2009", "\uD835\uDC00", "\uD835", "\uDC00",
            "\u0301", "ſ", "ı", "\u212A", ",", "(", "\uD835\uDC00l'", "3d’", "él'", "Google", "aujourd", "hui", "Amazon.com", "F-Secure", "Google-moederbedrijf"};
        Random random = new Random(3);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(12);
            for (int i = 0; i < n; i++) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = b.toString();
            assertEquals(referenceMatches(text), scannerMatches(text), text);
        }
        for (Language language : List.of(Language.NL, Language.FR)) {
            String seed = Texts.seed(language).text();
            assertEquals(referenceMatches(seed), scannerMatches(seed), language.name());
        }
    }

    /** Folding as first written, decomposing the whole word: the reference of the per-character table. */
    private static String foldByDecomposition(String s) {
        String decomposed = java.text.Normalizer.normalize(s.toLowerCase(java.util.Locale.ROOT), java.text.Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").replace('’', '\'');
    }

    @Test
    void foldingLatinWordsCharacterByCharacterEqualsDecomposingThemWhole() {
        Random random = new Random(13);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(10);
            for (int i = 0; i < n; i++) {
                b.append(random.nextInt(4) == 0 ? (char) random.nextInt(0x80) : (char) (0x80 + random.nextInt(0x250 - 0x80)));
            }
            String word = b.toString();
            assertEquals(foldByDecomposition(word), Tokenizer.fold(word), word);
        }
        for (String word : List.of("Société", "İstanbul", "ÉTATS-UNIS", "Straße", "œuvre", "Ærø", "ǅemal", "naïve", "e\u0301te", "’s")) {
            assertEquals(foldByDecomposition(word), Tokenizer.fold(word), word);
        }
    }

    @Test
    void foldingRemovesCaseAndAccents() {
        assertEquals("societe-mere", Tokenizer.fold("Société-Mère"));
        assertEquals("qu'", Tokenizer.fold("Qu’"));
    }
}
