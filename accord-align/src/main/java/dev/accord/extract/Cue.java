package dev.accord.extract;

import dev.accord.core.text.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A phrase pattern over tokens, such as {@code "een initiatief van"} or {@code "ne ... pas ... sign*"}.
 *
 * <p>Syntax: slots separated by spaces; a slot lists alternatives separated by {@code |}; an
 * alternative is a word ({@code ondertekend}), a prefix ({@code ondertek*}), a suffix
 * ({@code *bedrijven}, for Dutch compounds) or a part ({@code *onderzoek*}); the slot {@code ...}
 * lets up to {@value #GAP} tokens pass before the next slot. A word matches a token whose folded
 * form is the word's, or whose Lucene term is the word's Lucene term (so {@code weigerden} also
 * matches {@code weigerde}); a prefix, suffix or part is tried on both forms of the token.
 *
 * <p>Immutable and thread-safe.
 *
 * @param source the pattern as written
 * @param slots the parsed slots
 */
record Cue(String source, List<Slot> slots) {

    /** How many tokens a {@code ...} slot lets pass. */
    static final int GAP = 6;

    Cue {
        Objects.requireNonNull(source, "source");
        slots = List.copyOf(slots);
        if (slots.isEmpty()) {
            throw new IllegalArgumentException("cue '" + source + "' has no word");
        }
    }

    /** A position of the pattern: its alternatives and how many tokens may pass before it. */
    record Slot(List<Alternative> alternatives, List<String> terms, int gapBefore) {
        Slot {
            alternatives = List.copyOf(alternatives);
            terms = List.copyOf(terms);
        }

        boolean matches(Token token) {
            // An index loop: this runs for every cue at every token, and an iterator here is garbage.
            for (int i = 0; i < alternatives.size(); i++) {
                Alternative a = alternatives.get(i);
                if (a.matches(token.fold()) || a.isWildcard() && a.matches(token.term())) {
                    return true;
                }
            }
            return terms.contains(token.term());
        }
    }

    /**
     * One alternative of a slot, parsed once: a folded word, or with a {@code *} at its end
     * ({@code prefix}), at its start ({@code suffix}) or both, a word part.
     *
     * <p>Design decision: matching runs for every cue at every token of every sentence, so the
     * pattern is taken apart here rather than on each comparison.
     */
    record Alternative(String core, boolean prefix, boolean suffix) {

        static Alternative of(String pattern) {
            boolean prefix = pattern.endsWith("*") && pattern.length() > 1;
            boolean suffix = pattern.startsWith("*") && pattern.length() > 1;
            String core = pattern.substring(suffix ? 1 : 0, pattern.length() - (prefix ? 1 : 0));
            return new Alternative(core, prefix, suffix);
        }

        boolean isWildcard() {
            return prefix || suffix;
        }

        boolean matches(String form) {
            if (prefix && suffix) {
                return form.contains(core);
            }
            if (prefix) {
                return form.startsWith(core);
            }
            if (suffix) {
                return form.endsWith(core);
            }
            return form.equals(core);
        }
    }

    /** A match of a cue: tokens {@code [start, end)} of the sentence. */
    record Match(Cue cue, int start, int end) {
    }

    /**
     * Parses a pattern of words without Lucene terms (folded forms only).
     *
     * @throws IllegalArgumentException if the pattern has no word or starts or ends with a gap
     */
    static Cue of(String pattern) {
        return of(null, pattern);
    }

    /**
     * Parses a pattern; its plain words also match by their Lucene term in {@code language}.
     *
     * @param language the language of the words, or {@code null} to match folded forms only
     * @throws IllegalArgumentException if the pattern has no word or starts or ends with a gap
     */
    static Cue of(Language language, String pattern) {
        List<Slot> slots = new ArrayList<>();
        int gap = 0;
        for (String part : pattern.strip().split("\\s+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.equals("...")) {
                if (slots.isEmpty()) {
                    throw new IllegalArgumentException("cue '" + pattern + "' starts with a gap");
                }
                gap = GAP;
                continue;
            }
            List<Alternative> alternatives = new ArrayList<>();
            List<String> terms = new ArrayList<>();
            for (String a : part.split("\\|")) {
                alternatives.add(Alternative.of(Tokenizer.fold(a)));
                if (language != null && !a.contains("*")) {
                    Terms.termOf(language, a).ifPresent(terms::add);
                }
            }
            slots.add(new Slot(alternatives, terms, gap));
            gap = 0;
        }
        if (gap != 0) {
            throw new IllegalArgumentException("cue '" + pattern + "' ends with a gap");
        }
        return new Cue(pattern, slots);
    }

    /** Parses each pattern, in {@code language}. */
    static List<Cue> all(Language language, String... patterns) {
        List<Cue> cues = new ArrayList<>(patterns.length);
        for (String p : patterns) {
            cues.add(of(language, p));
        }
        return List.copyOf(cues);
    }

    /** Returns the first match starting in {@code [from, to)} and ending by {@code to}. */
    Optional<Match> find(List<Token> tokens, int from, int to) {
        return find(tokens, from, to, 0);
    }

    /**
     * Returns the first match starting in {@code [from, to)} and ending by {@code to}, trying only
     * the tokens whose signature has {@code listBit} (the bit of a cue list that holds this cue, see
     * {@link CueSignatures}), or every token if {@code listBit} is 0.
     */
    Optional<Match> find(List<Token> tokens, int from, int to, long listBit) {
        for (int start = from; start < to; start++) {
            if (listBit != 0 && (tokens.get(start).cues() & listBit) == 0) {
                continue; // no cue of the list, so not this one, starts here
            }
            int end = matchAt(tokens, start, 0, to);
            if (end >= 0) {
                return Optional.of(new Match(this, start, end));
            }
        }
        return Optional.empty();
    }

    /** Returns the match that starts exactly at token {@code start} and ends by {@code limit}, if any. */
    Optional<Match> at(List<Token> tokens, int start, int limit) {
        int end = start < limit ? matchAt(tokens, start, 0, limit) : -1;
        return end >= 0 ? Optional.of(new Match(this, start, end)) : Optional.empty();
    }

    /** Returns every non-overlapping match in {@code [from, to)}, left to right. */
    List<Match> findAll(List<Token> tokens, int from, int to) {
        return findAll(tokens, from, to, 0);
    }

    /** Returns every non-overlapping match in {@code [from, to)}, left to right, as {@link #find(List, int, int, long)} tries them. */
    List<Match> findAll(List<Token> tokens, int from, int to, long listBit) {
        List<Match> matches = new ArrayList<>();
        int start = from;
        while (start < to) {
            Optional<Match> m = find(tokens, start, to, listBit);
            if (m.isEmpty()) {
                break;
            }
            matches.add(m.get());
            start = m.get().end();
        }
        return matches;
    }

    /**
     * Returns every match of any of {@code cues}, sorted by start (longer first), each cue's
     * matches non-overlapping. The lexicon's lists are {@link CueList}s, indexed once; any other
     * list is indexed on each call.
     */
    static List<Match> findAll(List<Cue> cues, List<Token> tokens, int from, int to) {
        return CueList.of(cues).findAll(tokens, from, to);
    }

    /** Returns the end of a match of slots {@code [slot..)} that begins at token {@code at}, or -1. */
    private int matchAt(List<Token> tokens, int at, int slot, int to) {
        if (slot == slots.size()) {
            return at;
        }
        Slot s = slots.get(slot);
        int maxSkip = slot == 0 ? 0 : s.gapBefore();
        for (int skip = 0; skip <= maxSkip && at + skip < to; skip++) {
            if (s.matches(tokens.get(at + skip))) {
                int end = matchAt(tokens, at + skip + 1, slot + 1, to);
                if (end >= 0) {
                    return end;
                }
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return source;
    }
}
