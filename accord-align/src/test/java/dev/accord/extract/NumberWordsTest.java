package dev.accord.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberWordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"nl", "fr", "en"})
    void everyBundledLanguageHasCompleteWordLists(String folder) {
        NumberReader.load(folder); // throws, naming the file, if a list is missing or incomplete
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "xx|word list dev/accord/extract/xx/numbers.txt is missing from the jar",
        "broken-lists/no-seven|word list dev/accord/extract/broken-lists/no-seven/numbers.txt: no unit word for [7]",
        "broken-lists/no-digits|word list dev/accord/extract/broken-lists/no-digits/numbers.txt has no section [digits]"
                + " (write it empty if the language has no such words)",
        "broken-lists/entry-before-section|word list dev/accord/extract/broken-lists/entry-before-section/numbers.txt"
                + " line 2: entry 'zero 0' before the first [section]",
    })
    void aMissingOrIncompleteNumberListIsAnErrorNamingTheFile(String folder, String message) {
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> NumberReader.load(folder));
        assertEquals(message, e.getCause().getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "xx|word list dev/accord/extract/xx/count-qualifiers.txt is missing from the jar",
        "broken-lists/no-at-most|word list dev/accord/extract/broken-lists/no-at-most/count-qualifiers.txt:"
                + " [AT_MOST] has no phrase",
    })
    void aMissingOrIncompleteQualifierListIsAnErrorNamingTheFile(String folder, String message) {
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> CountQualifierPhrases.load(folder));
        assertEquals(message, e.getCause().getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl|tweeenzestig|twee en zestig",
        "nl|tweeduizendvijfhonderd|twee duizend vijf honderd",
        "nl|achttien|achttien",
        "nl|eenmaal|none",
        "fr|quatre-vingt-dix|quatre vingt dix",
        "fr|quatrevingts|quatre vingts",
        "fr|-dix|none",
        "en|thirty-four|thirty four",
        "en|seventeen|seventeen",
        "en|often|none",
    })
    void wordsAreSplitIntoTheLongestNumberWordsTheyAreMadeOf(String folder, String word, String expected) {
        List<String> parts = NumberWords.load(folder).segment(word);
        assertEquals(expected, parts == null ? "none" : String.join(" ", parts));
    }
}
