package dev.accord.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accord.core.Pillar;
import dev.accord.core.text.Language;
import java.time.DayOfWeek;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each extraction language has every word list, and a language without them is refused by name. */
class LexiconTest {

    @ParameterizedTest
    @EnumSource(names = {"NL", "FR", "EN"})
    void everyLanguageHasEveryListWithEntries(Language language) {
        Lexicon lexicon = Lexicon.of(language);
        for (Lexicon.Cues cues : Lexicon.Cues.values()) {
            // a list may be empty only on purpose, saying so with its one entry "(none)"
            assertTrue(lexicon.get(cues).size() > 0 || Lexicon.lines(language, cues.file()).isEmpty(), language + " " + cues);
        }
        assertTrue(Lexicon.lines(Language.FR, "place-adjectives.txt").size() > 0);
        for (DayOfWeek day : DayOfWeek.values()) {
            assertTrue(Lexicon.lines(language, "days.txt").stream().anyMatch(l -> l.endsWith(day.name())), language + " " + day);
        }
        assertEquals(java.util.EnumSet.allOf(Pillar.class).size(), Pillar.values().length);
    }

    @ParameterizedTest
    @EnumSource(names = {"NL", "FR", "EN"})
    void theOfficialEnglishNamesOfThePillarsAreKnownInEveryLanguage(Language language) {
        Lexicon lexicon = Lexicon.of(language);
        var words = Analysis.analyze(Texts.sentences(language,
                "Stronger Defense, No Offense, Capacity Building and Collective Action."), dev.accord.normalize.Normalizer.lucene())
                .get(0).words();
        assertEquals(java.util.EnumSet.allOf(Pillar.class), lexicon.pillars().stated(words));
    }

    @ParameterizedTest
    @EnumSource(names = {"DE"})
    void aLanguageWithoutListsIsRefusedByName(Language language) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Lexicon.of(language));
        assertEquals("extraction supports Dutch, French and English, not German", e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(names = {"NL"})
    void aMissingListIsAnErrorNamingTheFile(Language language) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Lexicon.lines(language, "no-such-list.txt"));
        assertEquals("the extraction list dev/accord/extract/nl/no-such-list.txt is missing from the jar", e.getMessage());
    }
}
