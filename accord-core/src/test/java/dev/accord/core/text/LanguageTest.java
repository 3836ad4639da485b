package dev.accord.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTest {

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {
        "nl|NL", "nld|NL", "dut|NL", "NL|NL", "Nld|NL",
        "fr|FR", "fra|FR", "fre|FR", "FRA|FR",
        "de|DE", "deu|DE", "ger|DE",
        "en|EN", "eng|EN", "ENG|EN"})
    void parsesIso639Codes(String code, Language expected) {
        assertEquals(expected, Language.fromCode(code));
    }

    @Test
    void ignoresSurroundingWhitespace() {
        assertEquals(Language.NL, Language.fromCode(" nl "));
        assertEquals(Language.FR, Language.fromCode("\tfra\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "xx", "nl-BE", "nl_NL", "dutch", "french", "n", "nlx", "es", "spa", "fr.", "ﬁ"})
    void rejectsUnknownCodesQuotingTheCodeAndListingTheAcceptedOnes(String code) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Language.fromCode(code));
        assertEquals("unknown language code '" + code + "': expected one of nl/nld, fr/fra, de/deu, en/eng",
                e.getMessage());
    }

    @Test
    void rejectsNullCode() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Language.fromCode(null));
        assertEquals("code", e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyLanguageRoundTripsThroughBothCodesAndPrintsItsTwoLetterCode(Language language) {
        assertEquals(language, Language.fromCode(language.iso639_1()));
        assertEquals(language, Language.fromCode(language.iso639_3()));
        assertEquals(language.iso639_1(), language.toString());
        assertEquals(2, language.iso639_1().length());
        assertEquals(3, language.iso639_3().length());
        assertEquals(language.iso639_1(), language.locale().getLanguage());
        assertEquals("", language.locale().getCountry());
    }

    @Test
    void namesLanguagesInEnglish() {
        assertEquals("Dutch", Language.NL.englishName());
        assertEquals("French", Language.FR.englishName());
        assertEquals("German", Language.DE.englishName());
        assertEquals("English", Language.EN.englishName());
    }
}
