package dev.accord.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.DictionaryNameFinder;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;
import org.junit.jupiter.api.Test;

class NameIndexTest {

    private static final String[] VOCABULARY = {"Google", "Microsoft", "Cloud", "Cloudflare", "Inc", "&", "de", "cloud", "Hewlett", "Packard", "Enterprise"};

    @Test
    void findsExactlyWhatOpenNlpsDictionaryNameFinderFinds() {
        Random random = new Random(20261123L);
        for (int round = 0; round < 2000; round++) {
            List<List<String>> names = new ArrayList<>();
            for (int n = random.nextInt(6); n > 0; n--) {
                names.add(Arrays.asList(words(random, 1 + random.nextInt(3))));
            }
            String[] sentence = words(random, random.nextInt(12));
            Dictionary dictionary = new Dictionary(true);
            names.forEach(n -> dictionary.put(new StringList(n.toArray(String[]::new))));
            List<CompanyRecognizer.Run> expected = new ArrayList<>();
            for (Span s : new DictionaryNameFinder(dictionary, "company").find(sentence)) {
                expected.add(new CompanyRecognizer.Run(s.getStart(), s.getEnd()));
            }
            assertEquals(expected, new NameIndex(names).find(sentence), names + " in " + Arrays.toString(sentence));
        }
    }

    private static String[] words(Random random, int count) {
        String[] words = new String[count];
        for (int i = 0; i < count; i++) {
            words[i] = VOCABULARY[random.nextInt(VOCABULARY.length)];
        }
        return words;
    }
}
