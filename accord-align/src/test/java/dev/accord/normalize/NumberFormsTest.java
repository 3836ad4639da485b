package dev.accord.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.accord.core.text.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberFormsTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "NL | 34          | 34",
        "NL | 3,5         | 3.5",
        "NL | 1.000       | 1000",
        "NL | 10.000.000  | 10000000",
        "NL | 1.000,50    | 1000.5",
        "NL | 2,00        | 2",
        "NL | 0,05        | 0.05",
        "NL | 2.5         | 2.5",
        "NL | 007         | 007",
        "FR | 1 000       | 1000",
        "FR | 1\u00A0000,5 | 1000.5",
        "FR | 1\u202F000\u202F000 | 1000000",
        "FR | 3,5         | 3.5",
        "DE | 1.000       | 1000",
        "EN | 1,000       | 1000",
        "EN | 1,000.50    | 1000.5",
        "EN | 3.5         | 3.5",
        "EN | 3,5         | 3.5",
        "NL | 23.11.2026  | 23.11.2026",
        "NL | 1.2.3       | 1.2.3",
        "NL | 1000.000,5,5 | 1000.000,5,5",
        "EN | 1,00,000    | 1,00,000",
    })
    void numbersGetOneSpellingForEveryLanguage(Language language, String raw, String expected) {
        assertEquals(expected, NumberForms.canonical(raw, language));
    }
}
