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
 * <p>A list of a lexicon also has a bit of its own (see {@link CueSignatures}): tokens signed by the
 * lexicon say which of its lists have a cue that can start there, so that a search skips at once
 * the ranges where none of this list's cues can start, and tries the index only at the tokens where
 * one can. Tokens that are not signed ({@link Token#ANY_CUES}) are all tried, as before.
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
    /** First letter of a prefix ({@code ondertek*}) of a first slot → the prefixes, with their cues. */
    private final Map<Character, Affix[]> byFirstChar;
    /** Last letter of a suffix ({@code *bedrijven}) of a first slot → the suffixes, with their cues. */
    private final Map<Character, Affix[]> byLastChar;
    /** The cues whose first slot has a part ({@code *onderzoek*}): tried at every token. */
    private final int[] wildcards;
    /** The bit of this list in its lexicon's {@link CueSignatures}, or 0 for a list of no lexicon. */
    private final long bit;

    private CueList(Collection<Cue> cues, long bit) {
        this.bit = bit;
        this.cues = cues.toArray(Cue[]::new);
        Map<String, List<Integer>> folds = new HashMap<>();
        Map<String, List<Integer>> terms = new HashMap<>();
        Map<Character, List<Affix>> firstChars = new HashMap<>();
        Map<Character, List<Affix>> lastChars = new HashMap<>();
        List<Integer> wild = new ArrayList<>();
        for (int c = 0; c < this.cues.length; c++) {
            Cue.Slot first = this.cues[c].slots().get(0);
            if (first.alternatives().stream().anyMatch(a -> a.core().isEmpty() || a.prefix() && a.suffix())) {
                wild.add(c);
                continue;
            }
            for (Cue.Alternative a : first.alternatives()) {
                if (a.prefix()) {
                    firstChars.computeIfAbsent(a.core().charAt(0), k -> new ArrayList<>()).add(new Affix(c, a));
                } else if (a.suffix()) {
                    lastChars.computeIfAbsent(a.core().charAt(a.core().length() - 1), k -> new ArrayList<>()).add(new Affix(c, a));
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
        this.byFirstChar = frozenAffixes(firstChars);
        this.byLastChar = frozenAffixes(lastChars);
        this.wildcards = wild.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Returns {@code cues} indexed, or {@code cues} itself if it already is. */
    static CueList of(Collection<Cue> cues) {
        return cues instanceof CueList list ? list : new CueList(cues, 0);
    }

    /**
     * Returns {@code cues} indexed as list number {@code number} (0 to 63) of a lexicon.
     *
     * @throws IllegalArgumentException if {@code number} is out of range
     */
    static CueList of(Collection<Cue> cues, int number) {
        if (number < 0 || number >= Long.SIZE) {
            throw new IllegalArgumentException("list number must be in [0, 64), got " + number);
        }
        long bit = 1L << number;
        return cues instanceof CueList list && list.bit == bit ? list : new CueList(cues, bit);
    }

    /** Returns the bit of this list in its lexicon's signatures, or 0 if it belongs to no lexicon. */
    long bit() {
        return bit;
    }

    private static <K> void add(Map<K, List<Integer>> index, K key, int cue) {
        List<Integer> ids = index.computeIfAbsent(key, k -> new ArrayList<>());
        if (ids.isEmpty() || ids.get(ids.size() - 1) != cue) {
            ids.add(cue);
        }
    }

    private static Map<Character, Affix[]> frozenAffixes(Map<Character, List<Affix>> index) {
        Map<Character, Affix[]> frozen = new HashMap<>();
        index.forEach((k, v) -> frozen.put(k, v.toArray(Affix[]::new)));
        return frozen;
    }

    /** A prefix or suffix alternative of the first slot of cue {@code cue}. */
    private record Affix(int cue, Cue.Alternative alternative) {
    }

    private static final Affix[] NO_AFFIXES = new Affix[0];

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
        List<Cue.Match> matches = new ArrayList<>();
        if (!mayStartIn(tokens, from, to)) {
            return matches;
        }
        int[] first = firstStarts(tokens, from, to);
        for (int c = 0; c < cues.length; c++) {
            if (first[c] >= 0) {
                matches.addAll(cues[c].findAll(tokens, first[c], to, bit));
            }
        }
        matches.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        return matches;
    }

    /** Returns, per cue (in list order), whether it matches anywhere in {@code [from, to)}. */
    boolean[] matching(List<Token> tokens, int from, int to) {
        boolean[] found = new boolean[cues.length];
        if (!mayStartIn(tokens, from, to)) {
            return found;
        }
        int[] first = firstStarts(tokens, from, to);
        for (int c = 0; c < cues.length; c++) {
            found[c] = first[c] >= 0 && cues[c].find(tokens, first[c], to, bit).isPresent();
        }
        return found;
    }

    /** Returns false if the tokens' signatures say that no cue of this list starts in {@code [from, to)}. */
    private boolean mayStartIn(List<Token> tokens, int from, int to) {
        for (int p = from; p < to; p++) {
            if (mayStartAt(tokens.get(p))) {
                return true;
            }
        }
        return false;
    }

    private boolean mayStartAt(Token t) {
        return bit == 0 || (t.cues() & bit) != 0;
    }

    /** Per cue, the first token in {@code [from, to)} its first slot matches, or -1. */
    private int[] firstStarts(List<Token> tokens, int from, int to) {
        FirstStarts marks = new FirstStarts(cues.length);
        for (int p = from; p < to; p++) {
            Token t = tokens.get(p);
            if (mayStartAt(t)) {
                marks.at = p;
                markAt(t, marks);
            }
        }
        return marks.first;
    }

    /**
     * Returns the bits of the lists whose cues can start at {@code token}: this list being all the
     * cues of a lexicon, and {@code bitOfCue} giving, per cue, the bit of the list it comes from.
     */
    long signature(Token token, long[] bitOfCue) {
        Signature marks = new Signature(bitOfCue);
        markAt(token, marks);
        return marks.bits;
    }

    /** Marks every cue whose first slot matches {@code t} (some maybe more than once). */
    private void markAt(Token t, Marks marks) {
        mark(marks, byFold.getOrDefault(t.fold(), NONE));
        mark(marks, t.term() == null ? NONE : byTerm.getOrDefault(t.term(), NONE));
        markByLetters(marks, t.fold());
        if (t.term() != null && !t.term().equals(t.fold())) {
            markByLetters(marks, t.term()); // the same form again would mark nothing new
        }
        markIfMatching(marks, wildcards, t);
    }

    /**
     * Marks the cues with a prefix or suffix in their first slot that matches {@code form}, one of
     * the token's two forms: the slot matches the token if the alternative matches either form.
     */
    private void markByLetters(Marks marks, String form) {
        if (form != null && !form.isEmpty()) {
            markIfMatching(marks, byFirstChar.getOrDefault(form.charAt(0), NO_AFFIXES), form);
            markIfMatching(marks, byLastChar.getOrDefault(form.charAt(form.length() - 1), NO_AFFIXES), form);
        }
    }

    private static void markIfMatching(Marks marks, Affix[] candidates, String form) {
        for (Affix a : candidates) {
            if (!marks.done(a.cue()) && a.alternative().matches(form)) {
                marks.mark(a.cue());
            }
        }
    }

    /** Marks the cues of {@code candidates} whose first slot does match {@code token} (a bucket is wider). */
    private void markIfMatching(Marks marks, int[] candidates, Token token) {
        for (int c : candidates) {
            if (!marks.done(c) && cues[c].slots().get(0).matches(token)) {
                marks.mark(c);
            }
        }
    }

    private static void mark(Marks marks, int[] cues) {
        for (int c : cues) {
            marks.mark(c);
        }
    }

    /** What the index does with the cues it finds at a token. */
    private interface Marks {
        /** Returns true if marking cue {@code c} again would change nothing (so it need not be checked). */
        boolean done(int c);

        void mark(int c);
    }

    /** Records, per cue, the first position it was marked at. */
    private static final class FirstStarts implements Marks {
        final int[] first;
        int at;

        FirstStarts(int cues) {
            first = new int[cues];
            Arrays.fill(first, -1);
        }

        @Override
        public boolean done(int c) {
            return first[c] >= 0;
        }

        @Override
        public void mark(int c) {
            if (first[c] < 0) {
                first[c] = at;
            }
        }
    }

    /** Collects the bits of the lists of the cues marked. */
    private static final class Signature implements Marks {
        final long[] bitOfCue;
        long bits;

        Signature(long[] bitOfCue) {
            this.bitOfCue = bitOfCue;
        }

        @Override
        public boolean done(int c) {
            return (bits & bitOfCue[c]) != 0;
        }

        @Override
        public void mark(int c) {
            bits |= bitOfCue[c];
        }
    }
}
