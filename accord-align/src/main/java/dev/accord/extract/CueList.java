package dev.accord.extract;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * An immutable list of cues indexed by their first slot, so that a search tries at each token only
 * the cues that can start there instead of every cue.
 *
 * <p>Design decision: a cue can only match from a token its first slot matches, so the index
 * finds, per cue, the first token where it may start; the cue's own search then runs from there.
 * The results are therefore exactly those of trying every cue at every token. The first slot's
 * words are looked up by the token's folded form and its Lucene terms by the token's term; its
 * prefixes ({@code ondertek*}) by the first letter and its suffixes ({@code *bedrijven}) by the last
 * letter of either form, then checked; cues whose first slot has a part ({@code *onderzoek*}) are
 * tried at every token, as before.
 *
 * <p>Built once per lexicon; immutable and thread-safe (the index is never written after
 * construction).
 */
final class CueList extends AbstractList<Cue> implements RandomAccess {

    private static final int[] NONE = new int[0];

    private final Cue[] cues;
    /** Folded word of a first slot → the cues, in order, whose first slot has it. */
    private final Map<String, int[]> byFold;
    /** Lucene term of a first slot → the cues, in order, whose first slot has it. */
    private final Map<String, int[]> byTerm;
    /** First letter of a prefix ({@code ondertek*}) of a first slot → the cues, in order. */
    private final Map<Character, int[]> byFirstChar;
    /** Last letter of a suffix ({@code *bedrijven}) of a first slot → the cues, in order. */
    private final Map<Character, int[]> byLastChar;
    /** The cues whose first slot has a part ({@code *onderzoek*}): tried at every token. */
    private final int[] wildcards;

    private CueList(Collection<Cue> cues) {
        this.cues = cues.toArray(Cue[]::new);
        Map<String, List<Integer>> folds = new HashMap<>();
        Map<String, List<Integer>> terms = new HashMap<>();
        Map<Character, List<Integer>> firstChars = new HashMap<>();
        Map<Character, List<Integer>> lastChars = new HashMap<>();
        List<Integer> wild = new ArrayList<>();
        for (int c = 0; c < this.cues.length; c++) {
            Cue.Slot first = this.cues[c].slots().get(0);
            if (first.alternatives().stream().anyMatch(a -> a.core().isEmpty() || a.prefix() && a.suffix())) {
                wild.add(c);
                continue;
            }
            for (Cue.Alternative a : first.alternatives()) {
                if (a.prefix()) {
                    add(firstChars, a.core().charAt(0), c);
                } else if (a.suffix()) {
                    add(lastChars, a.core().charAt(a.core().length() - 1), c);
                } else {
                    add(folds, a.core(), c);
                }
            }
            for (String t : first.terms()) {
                add(terms, t, c);
            }
        }
        this.byFold = frozen(folds);
        this.byTerm = frozen(terms);
        this.byFirstChar = frozen(firstChars);
        this.byLastChar = frozen(lastChars);
        this.wildcards = wild.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Returns {@code cues} indexed, or {@code cues} itself if it already is. */
    static CueList of(Collection<Cue> cues) {
        return cues instanceof CueList list ? list : new CueList(cues);
    }

    private static <K> void add(Map<K, List<Integer>> index, K key, int cue) {
        List<Integer> ids = index.computeIfAbsent(key, k -> new ArrayList<>());
        if (ids.isEmpty() || ids.get(ids.size() - 1) != cue) {
            ids.add(cue);
        }
    }

    private static <K> Map<K, int[]> frozen(Map<K, List<Integer>> index) {
        Map<K, int[]> frozen = new HashMap<>();
        index.forEach((k, v) -> frozen.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return frozen;
    }

    @Override
    public Cue get(int index) {
        return cues[index];
    }

    @Override
    public int size() {
        return cues.length;
    }

    /**
     * Returns every match of any cue in {@code [from, to)}, sorted by start (longer first), each
     * cue's matches non-overlapping: the same as each cue's {@link Cue#findAll(List, int, int)} in
     * list order, then a stable sort.
     */
    List<Cue.Match> findAll(List<Token> tokens, int from, int to) {
        int[] first = firstStarts(tokens, from, to);
        List<Cue.Match> matches = new ArrayList<>();
        for (int c = 0; c < cues.length; c++) {
            if (first[c] >= 0) {
                matches.addAll(cues[c].findAll(tokens, first[c], to));
            }
        }
        matches.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        return matches;
    }

    /** Returns, per cue (in list order), whether it matches anywhere in {@code [from, to)}. */
    boolean[] matching(List<Token> tokens, int from, int to) {
        int[] first = firstStarts(tokens, from, to);
        boolean[] found = new boolean[cues.length];
        for (int c = 0; c < cues.length; c++) {
            found[c] = first[c] >= 0 && cues[c].find(tokens, first[c], to).isPresent();
        }
        return found;
    }

    /** Per cue, the first token in {@code [from, to)} its first slot matches, or -1. */
    private int[] firstStarts(List<Token> tokens, int from, int to) {
        int[] first = new int[cues.length];
        Arrays.fill(first, -1);
        for (int p = from; p < to; p++) {
            Token t = tokens.get(p);
            mark(first, byFold.getOrDefault(t.fold(), NONE), p);
            mark(first, t.term() == null ? NONE : byTerm.getOrDefault(t.term(), NONE), p);
            markByLetters(first, t.fold(), t, p);
            markByLetters(first, t.term(), t, p);
            markIfMatching(first, wildcards, t, p);
        }
        return first;
    }

    /** Marks the cues with a prefix or suffix in their first slot that match {@code token}, by one of its forms. */
    private void markByLetters(int[] first, String form, Token token, int at) {
        if (form != null && !form.isEmpty()) {
            markIfMatching(first, byFirstChar.getOrDefault(form.charAt(0), NONE), token, at);
            markIfMatching(first, byLastChar.getOrDefault(form.charAt(form.length() - 1), NONE), token, at);
        }
    }

    /** Marks the cues of {@code candidates} whose first slot does match {@code token} (a bucket is wider). */
    private void markIfMatching(int[] first, int[] candidates, Token token, int at) {
        for (int c : candidates) {
            if (first[c] < 0 && cues[c].slots().get(0).matches(token)) {
                first[c] = at;
            }
        }
    }

    private static void mark(int[] first, int[] cues, int at) {
        for (int c : cues) {
            if (first[c] < 0) {
                first[c] = at;
            }
        }
    }
}
