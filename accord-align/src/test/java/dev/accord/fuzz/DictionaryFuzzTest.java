package dev.accord.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.accord.align.BilingualDictionary;
import dev.accord.io.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the word-list reader ({@code --dictionary}) with arbitrary bytes: every input is either
 * refused with a one-line {@link InvalidInputException} that names the file, or read into a
 * dictionary of at least one entry whose words are stripped, lower-cased ({@link Locale#ROOT})
 * and non-blank, each with at least one translation, and whose size counts those translations.
 * Any other exception is a finding.
 */
class DictionaryFuzzTest {

    /** Created and deleted by JUnit around the whole class; each input overwrites its file. */
    @TempDir
    static Path dir;

    @FuzzTest(maxDuration = "5m")
    void anyBytesAreRefusedInOneLineOrReadAsCleanEntries(byte[] input) throws IOException {
        Path file = Files.write(dir.resolve("words.tsv"), input);
        BilingualDictionary dictionary;
        try {
            dictionary = BilingualDictionary.read(file);
        } catch (InvalidInputException refused) {
            String why = refused.getMessage();
            assertTrue(why.contains("words.tsv"), "the message names the file: " + why);
            assertFalse(why.contains("\n") || why.contains("\r"), "one line: " + why);
            return;
        }
        assertFalse(dictionary.isEmpty(), "a dictionary that was read has an entry");
        int translations = 0;
        for (String source : dictionary.sourceWords()) {
            assertClean(source);
            Set<String> targets = dictionary.translations(source);
            assertFalse(targets.isEmpty(), source + " has a translation");
            targets.forEach(DictionaryFuzzTest::assertClean);
            assertEquals(targets, dictionary.translations(" " + source + "\t"), "looked up stripped");
            translations += targets.size();
        }
        assertEquals(translations, dictionary.size());
    }

    private static void assertClean(String word) {
        assertFalse(word.isBlank(), "blank word");
        assertEquals(word.strip().toLowerCase(Locale.ROOT), word, "stripped and lower-cased");
    }
}
