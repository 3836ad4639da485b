package dev.accord.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * All the word lists of one language in one index, so that a sentence is matched against every
 * list in a single pass: each word is looked up once by its fold, its term and its first and last
 * letters, and every entry of every list that can start there is tried. The result,
 * {@link Words}, answers each later question about a list at a word ({@link PhraseList#matchAt})
 * from an array.
 *
 * <p>Design decision: the rules ask about some forty lists, many of them several times per
 * sentence; matching each list on its own made extraction cost three times the alignment of the
 * same text (JMH, 10,000 sentences). The index keeps every list's meaning (its entries and
 * {@link Phrase} syntax) and changes only how often words are looked up; the lists stay usable on
 * their own for any other word list (tests compare both ways).
 *
 * <p>Immutable and thread-safe once built; built by {@link Lexicon} after its lists.
 */
final class CueIndex {

    /** An entry of a list: the list's number in the index and the phrase. */
    private record Entry(int list, Phrase phrase) {
    }

    private final List<PhraseList> lists;
    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
    private final Map<String, List<Entry>> byPrefix = new HashMap<>();
    private final Map<String, List<Entry>> bySuffix = new HashMap<>();
    private final List<Entry> shortAffixes = new ArrayList<>();

    /** Indexes {@code lists}; list {@code k} must have been built with number {@code k} and this index's owner. */
    CueIndex(List<PhraseList> lists) {
        this.lists = List.copyOf(lists);
        for (int k = 0; k < lists.size(); k++) {
            for (Phrase p : lists.get(k).phrases()) {
                Entry e = new Entry(k, p);
                if (p.firstKey() == null) {
                    String affix = p.firstAffix();
                    if (affix.length() < PhraseList.AFFIX_KEY) {
                        shortAffixes.add(e);
                    } else if (p.startsWithPrefix()) {
                        byPrefix.computeIfAbsent(affix.substring(0, PhraseList.AFFIX_KEY), x -> new ArrayList<>()).add(e);
                    } else {
                        bySuffix.computeIfAbsent(affix.substring(affix.length() - PhraseList.AFFIX_KEY), x -> new ArrayList<>()).add(e);
                    }
                } else {
                    byFirstWord.computeIfAbsent(p.firstKey(), x -> new ArrayList<>()).add(e);
                    if (p.firstTerm() != null && !p.firstTerm().equals(p.firstKey())) {
                        byFirstWord.computeIfAbsent(p.firstTerm(), x -> new ArrayList<>()).add(e);
                    }
                }
            }
        }
    }

    /** Returns the number of lists. */
    int size() {
        return lists.size();
    }

    /** Returns the words of a sentence with the longest match of every list at every word. */
    Words match(List<Word> words) {
        PhraseList.Match[][] at = new PhraseList.Match[lists.size()][];
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            tryAll(byFirstWord.get(w.fold()), words, i, at);
            if (!w.term().equals(w.fold())) {
                tryAll(byFirstWord.get(w.term()), words, i, at);
            }
            String fold = w.fold();
            if (fold.length() >= PhraseList.AFFIX_KEY) {
                tryAll(byPrefix.get(fold.substring(0, PhraseList.AFFIX_KEY)), words, i, at);
                tryAll(bySuffix.get(fold.substring(fold.length() - PhraseList.AFFIX_KEY)), words, i, at);
            }
            tryAll(shortAffixes, words, i, at);
        }
        return new Words(words, this, at);
    }

    private void tryAll(List<Entry> entries, List<Word> words, int i, PhraseList.Match[][] at) {
        if (entries == null) {
            return;
        }
        for (Entry e : entries) {
            int end = e.phrase().matchAt(words, i);
            if (end <= i) {
                continue;
            }
            PhraseList.Match[] row = at[e.list()];
            if (row == null) {
                row = new PhraseList.Match[words.size()];
                at[e.list()] = row;
            }
            if (row[i] == null || end > row[i].end()) {
                row[i] = new PhraseList.Match(i, end, e.phrase());
            }
        }
    }
}
