package dev.accord.align;

import dev.accord.internal.Utf8Lines;
import dev.accord.io.InvalidInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A bilingual word list: pairs of a source word and a target word that may translate each other.
 * Words are compared in lower case ({@link Locale#ROOT}); multi-word entries are kept but only
 * single words are used as evidence by the aligner.
 *
 * <p>Immutable and thread-safe.
 */
public final class BilingualDictionary {

    /** The dictionary without entries. */
    public static final BilingualDictionary EMPTY = new BilingualDictionary(Map.of());

    private final Map<String, Set<String>> entries;
    private final int size;

    private BilingualDictionary(Map<String, Set<String>> entries) {
        Map<String, Set<String>> copy = new TreeMap<>();
        int n = 0;
        for (Map.Entry<String, Set<String>> e : entries.entrySet()) {
            Set<String> targets = Collections.unmodifiableSet(new TreeSet<>(e.getValue()));
            copy.put(e.getKey(), targets);
            n += targets.size();
        }
        this.entries = Collections.unmodifiableMap(copy);
        this.size = n;
    }

    /**
     * Returns the dictionary of the given pairs.
     *
     * @param pairs {@code source, target} pairs; each side is stripped and lower-cased
     * @throws IllegalArgumentException if a side of a pair is blank
     */
    public static BilingualDictionary of(List<Map.Entry<String, String>> pairs) {
        Map<String, Set<String>> map = new TreeMap<>();
        for (Map.Entry<String, String> p : pairs) {
            String s = key(p.getKey());
            String t = key(p.getValue());
            if (s.isEmpty() || t.isEmpty()) {
                throw new IllegalArgumentException("dictionary entry with a blank side: '" + p.getKey() + "' / '"
                        + p.getValue() + "'");
            }
            map.computeIfAbsent(s, k -> new TreeSet<>()).add(t);
        }
        return new BilingualDictionary(map);
    }

    /**
     * Reads a word list, one {@code source<TAB>target} pair a line, UTF-8. Blank lines and lines
     * starting with {@code #} are skipped.
     *
     * @throws InvalidInputException if the file is missing, unreadable, not UTF-8, has a line
     *     without exactly one tab or with a blank side (the message names the line), or has no entry
     */
    public static BilingualDictionary read(Path file) throws InvalidInputException {
        Objects.requireNonNull(file, "file");
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        Utf8Lines.forEach(file, (lineNumber, line) -> {
            if (line.isBlank() || line.startsWith("#")) {
                return;
            }
            String[] parts = line.split("\t", -1);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new InvalidInputException(file, "line " + lineNumber + ": expected a source word, a tab and a target word");
            }
            pairs.add(Map.entry(parts[0], parts[1]));
        });
        if (pairs.isEmpty()) {
            throw new InvalidInputException(file, "the dictionary has no entries");
        }
        return of(pairs);
    }

    private static String key(String word) {
        return Objects.requireNonNull(word, "word").strip().toLowerCase(Locale.ROOT);
    }

    /** Returns the target words listed for {@code sourceWord} (any case), possibly none. */
    public Set<String> translations(String sourceWord) {
        return entries.getOrDefault(key(sourceWord), Set.of());
    }

    /** Returns the source words with entries, sorted. */
    public Set<String> sourceWords() {
        return entries.keySet();
    }

    /** Returns the number of pairs. */
    public int size() {
        return size;
    }

    /** Returns true if the dictionary has no entries. */
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public String toString() {
        return "BilingualDictionary[" + size + " pairs]";
    }
}
