package dev.accord.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The compiled entries of one word list, indexed by their first word, with the searches every
 * rule needs.
 *
 * <p>Immutable and thread-safe.
 */
final class PhraseList {

    /** A match of an entry: words {@code [start, end)} of a sentence. */
    record Match(int start, int end, Phrase phrase) {
    }

    /** How many letters of a word index the entries that start with a prefix or suffix pattern: {@value}. */
    static final int AFFIX_KEY = 3;

    private final String name;
    private final List<Phrase> phrases;
    /** The index this list belongs to, with its number there; null and -1 for a list on its own. */
    private final CueIndexSlot slot;
    private final Map<String, List<Phrase>> byFirstWord;
    /** Entries whose first pattern is a prefix or suffix, by its first or last {@link #AFFIX_KEY} letters. */
    private final Map<String, List<Phrase>> byPrefix;
    private final Map<String, List<Phrase>> bySuffix;
    /** Entries whose first pattern is an affix shorter than {@link #AFFIX_KEY} letters: tried at every word. */
    private final List<Phrase> shortAffixes;
    private final int size;

    /** Where a list stands in a {@link CueIndex}: the index is set once, when the lexicon has built all its lists. */
    static final class CueIndexSlot {
        private final int number;
        private volatile CueIndex index;

        CueIndexSlot(int number) {
            this.number = number;
        }

        void attach(CueIndex built) {
            if (index != null) {
                throw new IllegalStateException("list " + number + " is already in an index");
            }
            index = built;
        }
    }

    PhraseList(String name, List<Phrase> phrases) {
        this(name, phrases, null);
    }

    PhraseList(String name, List<Phrase> phrases, CueIndexSlot slot) {
        this.name = name;
        this.phrases = List.copyOf(phrases);
        this.slot = slot;
        Map<String, List<Phrase>> index = new HashMap<>();
        Map<String, List<Phrase>> prefixes = new HashMap<>();
        Map<String, List<Phrase>> suffixes = new HashMap<>();
        List<Phrase> shortOnes = new ArrayList<>();
        for (Phrase p : phrases) {
            if (p.firstKey() == null) {
                String affix = p.firstAffix();
                if (affix.length() < AFFIX_KEY) {
                    shortOnes.add(p);
                } else if (p.startsWithPrefix()) {
                    prefixes.computeIfAbsent(affix.substring(0, AFFIX_KEY), k -> new ArrayList<>()).add(p);
                } else {
                    suffixes.computeIfAbsent(affix.substring(affix.length() - AFFIX_KEY), k -> new ArrayList<>()).add(p);
                }
                continue;
            }
            index.computeIfAbsent(p.firstKey(), k -> new ArrayList<>()).add(p);
            if (p.firstTerm() != null && !p.firstTerm().equals(p.firstKey())) {
                index.computeIfAbsent(p.firstTerm(), k -> new ArrayList<>()).add(p);
            }
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        this.byFirstWord = Map.copyOf(index);
        prefixes.replaceAll((k, v) -> List.copyOf(v));
        suffixes.replaceAll((k, v) -> List.copyOf(v));
        this.byPrefix = Map.copyOf(prefixes);
        this.bySuffix = Map.copyOf(suffixes);
        this.shortAffixes = List.copyOf(shortOnes);
        this.size = phrases.size();
    }

    /** Returns the number of entries. */
    int size() {
        return size;
    }

    /** Returns the entries, in file order. */
    List<Phrase> phrases() {
        return phrases;
    }

    /**
     * Returns the longest match that starts at word {@code i}, or null. Words matched with this
     * list's {@link CueIndex} answer from their array.
     */
    Match matchAt(List<Word> words, int i) {
        if (slot != null && words instanceof Words indexed && indexed.matchedWith(slot.index)) {
            return indexed.at(slot.number, i);
        }
        Word w = words.get(i);
        Match best = null;
        best = longest(byFirstWord.get(w.fold()), words, i, best);
        if (!w.term().equals(w.fold())) {
            best = longest(byFirstWord.get(w.term()), words, i, best);
        }
        String fold = w.fold();
        if (fold.length() >= AFFIX_KEY) {
            best = longest(byPrefix.get(fold.substring(0, AFFIX_KEY)), words, i, best);
            best = longest(bySuffix.get(fold.substring(fold.length() - AFFIX_KEY)), words, i, best);
        }
        return longest(shortAffixes, words, i, best);
    }

    private static Match longest(List<Phrase> candidates, List<Word> words, int i, Match best) {
        if (candidates == null) {
            return best;
        }
        for (Phrase p : candidates) {
            int end = p.matchAt(words, i);
            if (end > i && (best == null || end > best.end())) {
                best = new Match(i, end, p);
            }
        }
        return best;
    }

    /** Returns the matches in {@code words[from, to)}, left to right, not overlapping (longest first at each start). */
    List<Match> find(List<Word> words, int from, int to) {
        if (slot != null && words instanceof Words indexed && indexed.matchedWith(slot.index) && indexed.never(slot.number)) {
            return List.of();
        }
        List<Match> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            Match m = matchAt(words, i);
            if (m != null && m.end() <= to) {
                out.add(m);
                i = m.end();
            } else {
                i++;
            }
        }
        return out;
    }

    /** Returns the matches in all of {@code words}. */
    List<Match> find(List<Word> words) {
        return find(words, 0, words.size());
    }

    /** Returns true if an entry matches somewhere in {@code words[from, to)}. */
    boolean occursIn(List<Word> words, int from, int to) {
        if (slot != null && words instanceof Words indexed && indexed.matchedWith(slot.index) && indexed.never(slot.number)) {
            return false;
        }
        for (int i = from; i < to; i++) {
            Match m = matchAt(words, i);
            if (m != null && m.end() <= to) {
                return true;
            }
        }
        return false;
    }

    /** Returns the list's name. */
    @Override
    public String toString() {
        return name + " (" + size + " entries)";
    }
}
