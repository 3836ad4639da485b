package dev.accord.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accord.extract.CompanyRecognizer.NameWindow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.DictionaryNameFinder;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;
import org.junit.jupiter.api.Test;

/** Feeding the name finder only the runs of words of names finds exactly what feeding it the whole sentence finds. */
class NameWindowTest {

    private static final List<List<String>> NAMES = List.of(List.of("Apple"), List.of("Tech"), List.of("Tech", "Accord"),
            List.of("Cybersecurity", "Tech", "Accord"), List.of("Accord"), List.of("Check", "Point"), List.of("AT", "&", "T"),
            List.of("Point"));

    private static final String[] VOCABULARY = {"Apple", "Tech", "Accord", "Cybersecurity", "Check", "Point", "AT", "&", "T",
        "apple", "tech", "APPLE", "de", "en", "Microsoft", "Apples", "signe", "Pointe", ""};

    @Test
    void theWindowFindsExactlyWhatTheWholeSentenceGives() {
        Dictionary dictionary = new Dictionary(true);
        Set<String> nameWords = new HashSet<>();
        for (List<String> name : NAMES) {
            dictionary.put(new StringList(name.toArray(String[]::new)));
            nameWords.addAll(name);
        }
        DictionaryNameFinder finder = new DictionaryNameFinder(dictionary, "company");
        Random random = new Random(11);
        int withNames = 0;
        for (int round = 0; round < 3000; round++) {
            String[] lookup = new String[random.nextInt(25)];
            for (int i = 0; i < lookup.length; i++) {
                lookup[i] = VOCABULARY[random.nextInt(VOCABULARY.length)];
            }
            List<Span> expected = Arrays.asList(finder.find(lookup));
            NameWindow window = NameWindow.of(lookup, nameWords);
            List<Span> actual = new ArrayList<>();
            if (window == null) {
                assertTrue(expected.isEmpty(), Arrays.toString(lookup));
            } else {
                actual.addAll(window.find(finder));
                withNames += expected.isEmpty() ? 0 : 1;
            }
            assertEquals(expected.isEmpty() ? List.of() : expected, actual.isEmpty() ? List.of() : actual,
                    Arrays.toString(lookup));
        }
        assertTrue(withNames > 1000, "sentences with names: " + withNames);
    }

    @Test
    void aSentenceWithoutWordsOfNamesHasNoWindow() {
        assertNull(NameWindow.of(new String[] {"apple", "de", "Pointe"}, Set.of("Apple", "Point")));
    }
}
