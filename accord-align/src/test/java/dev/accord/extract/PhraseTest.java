package dev.accord.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import dev.accord.normalize.Normalizer;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The cue syntax of the word lists: inflected words, prefixes, suffixes, exact folds and gaps. */
class PhraseTest {

    private static final Normalizer NORMALIZER = Normalizer.lucene();

    private static List<Word> words(Language language, String sentence) {
        Document d = Texts.sentences(language, sentence);
        return Analysis.analyze(d, NORMALIZER).get(0).words();
    }

    /** Returns the words an entry matches first in a sentence, as text, or "-" when it matches nowhere. */
    private static String firstMatch(Language language, String entry, String sentence) {
        List<Word> w = words(language, sentence);
        PhraseList list = new PhraseList("test", List.of(Phrase.compile(entry, language, NORMALIZER)));
        List<PhraseList.Match> matches = list.find(w);
        if (matches.isEmpty()) {
            return "-";
        }
        PhraseList.Match m = matches.get(0);
        return String.join(" ", w.subList(m.start(), m.end()).stream().map(Word::surface).toList());
    }

    @ParameterizedTest(name = "{0} ''{1}'' in ''{2}''")
    @CsvSource(delimiter = '|', value = {
        "fr|entreprise|Les entreprises ont signé.|entreprises",
        "nl|*bedrijf|Het telecombedrijf tekende.|telecombedrijf",
        "nl|cyber*|Tegen cyberaanvallen helpt dat.|cyberaanvallen",
        "nl|doen .. mee|Google en Apple doen niet mee.|doen niet mee",
        "nl|doen .. mee|Zij doen vandaag en morgen echt niet mee.|-",
        "nl|traden ... toe|Eerder traden ook het Nederlandse Hoogland Security en het Limburgse Maasvolt toe.|traden ook het Nederlandse Hoogland Security en het Limburgse Maasvolt toe",
        "nl|traden ... toe|Zij traden op, de zaal juichte toe.|-",
        "nl|traden ... toe|Zij traden een, twee, drie, vier, vijf, zes, zeven, acht, negen, tien en elf keer toe.|-",
        "fr|à l'initiative de|Le pacte est né à l'initiative de Microsoft.|à initiative de",
        "fr|signer|Elles ont signé le texte.|signé",
        "en|=led|Microsoft led the effort.|led",
        "en|=led|The leading firms signed.|-",
        "fr|alors qu'*|Cisco a signé, alors qu'Apple s'est abstenu.|alors Apple",
        "fr|alors qu'*|Cisco a alors signé l'accord.|-",
        "fr|l'* lancé|Microsoft et Facebook l'ont lancé en 2018.|ont lancé",
        "fr|l'* lancé|Microsoft l'a lancé en 2018.|a lancé",
        "fr|l'* lancé|Microsoft et Facebook ont lancé l'accord.|-",
    })
    void entriesMatchInflectionsCompoundsAndGaps(String language, String entry, String sentence, String expected) {
        assertEquals(expected, firstMatch(Language.fromCode(language), entry, sentence));
    }

    @ParameterizedTest
    @ValueSource(strings = {".. mee", "doen ..", "..", "... mee", "doen ..."})
    void anEntryNeedsAWordAtEachEnd(String entry) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Phrase.compile(entry, Language.NL, NORMALIZER));
        assertEquals("bad cue entry '" + entry + "': it needs a word at each end", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"faisait .. ==partie", "=-partie"})
    void anExactWordStartsWithALetterOrDigit(String entry) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Phrase.compile(entry, Language.FR, NORMALIZER));
        assertTrue(e.getMessage().startsWith("an exact word must start with a letter or digit"), e.getMessage());
    }
}
