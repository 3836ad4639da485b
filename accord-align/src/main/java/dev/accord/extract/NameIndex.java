package dev.accord.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The names sought in a document, as word sequences, and the longest-match search over a
 * sentence's words: from each word, the longest name that starts there, then on after it.
 *
 * <p>Design decision: this is the search of OpenNLP's {@code DictionaryNameFinder} over a
 * case-sensitive {@code Dictionary} (the same names, longest match, the same skipping), without its
 * cost: that finder copies and interns every window of up to the longest name's length at every
 * word. Here a word that starts no name is passed over with one hash look-up, and the windows of a
 * word that does are views of the sentence, not copies.
 *
 * <p>Immutable and thread-safe.
 */
final class NameIndex {

    private final Set<List<String>> names;
    private final Set<String> firstWords;
    private final int longest;

    /** Indexes {@code names}, each a non-empty sequence of words. */
    NameIndex(Collection<List<String>> names) {
        Set<List<String>> copies = new HashSet<>();
        Set<String> firsts = new HashSet<>();
        int max = 0;
        for (List<String> n : names) {
            if (n.isEmpty()) {
                throw new IllegalArgumentException("a name has no word");
            }
            copies.add(List.copyOf(n));
            firsts.add(n.get(0));
            max = Math.max(max, n.size());
        }
        this.names = Set.copyOf(copies);
        this.firstWords = Set.copyOf(firsts);
        this.longest = max;
    }

    /** Returns the names found in {@code words}, left to right, as word ranges {@code [start, end)}. */
    List<CompanyRecognizer.Run> find(String[] words) {
        List<String> all = Arrays.asList(words);
        List<CompanyRecognizer.Run> found = new ArrayList<>();
        for (int start = 0; start < words.length; start++) {
            if (!firstWords.contains(words[start])) {
                continue;
            }
            int end = -1;
            for (int len = 1; len <= longest && start + len <= words.length; len++) {
                if (names.contains(all.subList(start, start + len))) {
                    end = start + len;
                }
            }
            if (end > 0) {
                found.add(new CompanyRecognizer.Run(start, end));
                start = end - 1;
            }
        }
        return found;
    }
}
