package dev.accord.extract;

import dev.accord.internal.WordListFile;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One language's number words, read from {@code <lang>/numbers.txt} beside this package: the words
 * of 0 to 99 by kind, the hundred and the scales, the nouns of approximate quantity, the words of
 * halves before and after them, the joining
 * words, the elided prefixes and the digit separators. {@link NumberReader} composes them.
 *
 * <p>Each entry is written lower-case and ASCII-folded, as {@code ASCIIFoldingFilter} leaves it; a
 * hyphen inside an entry separates its parts ({@code quatre-vingt 80}, {@code dix-sept 17}), which
 * then match whether the text joins them by hyphens, spaces or nothing. The file is checked whole
 * when it is loaded: every value 1 to 19 and every ten 20 to 90 has a word, the hundred is 100, the
 * scales are powers of 1000, and no word is both a number and a joining word.
 *
 * <p>Immutable and thread-safe.
 */
final class NumberWords {

    /** What a number word contributes to the number it is part of. */
    enum Kind {
        /** The number 0, which stands only alone. */
        ZERO,
        /** 1 to 9. */
        UNIT,
        /** 10 to 19. */
        TEEN,
        /** A multiple of ten, 20 to 90. */
        TENS,
        /** 100, multiplying the 1 to 99 before it. */
        HUNDRED,
        /** A power of 1000, multiplying the 1 to 999 before it. */
        SCALE,
        /** A noun of approximate quantity ({@code tiental}, {@code centaine}, {@code dozen}). */
        APPROXIMATE,
        /** A word that stands for one only before a hundred, a scale or a noun of approximate quantity ({@code a}). */
        ARTICLE,
        /**
         * A number of halves, only before a hundred, a scale or a noun of approximate quantity, its value counted in
         * halves: {@code anderhalf} (3) {@code honderd} is 150, {@code half} (1) {@code a hundred} is 50, {@code une
         * demi} (1) {@code -centaine} about 50.
         */
        HALVES,
        /** Half of the scale or noun of approximate quantity just read, added to it: {@code une centaine et demie} (about 150). */
        HALF_MORE
    }

    /** Where a joining word may stand, and what it does there. */
    enum Joiner {
        /** Between a ten and the unit or teen that completes it ({@code vingt et un}, {@code soixante et onze}). */
        AFTER_TENS,
        /** After a hundred or a scale, before the rest ({@code one hundred and fifty}, {@code honderdeneen}). */
        AFTER_HUNDRED,
        /** Between a unit and the ten it is added to, the unit written first ({@code vier-en-dertig}). */
        BETWEEN_UNITS_AND_TENS
    }

    /**
     * A number word, or a fixed sequence of them read as one ({@code quatre-vingt}).
     *
     * @param parts the word's parts, one or more
     * @param kind what it contributes
     * @param value its value; 1 for an article
     * @param takesTeens for a ten: whether a teen may complete it ({@code soixante-dix}, {@code quatre-vingt-onze})
     */
    record Atom(List<String> parts, Kind kind, long value, boolean takesTeens) {
        Atom {
            parts = List.copyOf(parts);
        }
    }

    /** Sections of the file, each required even if empty. */
    static final Set<String> SECTIONS = Set.of("zero", "units", "teens", "tens", "tens-taking-teens",
            "hundred", "scales", "approximate", "articles", "halves", "halves-after", "joiners-after-tens", "joiners-after-hundred",
            "joiners-between-units-and-tens", "elisions", "digits");

    /** A longer word is never a number word; this bounds the search for a word's parts. */
    static final int MAX_WORD_LENGTH = 80;

    private final Map<String, List<Atom>> atomsByFirstPart;
    private final Map<String, Set<Joiner>> joiners;
    private final Set<String> parts;
    /** The first {@value #START_LENGTH} letters (or all, if fewer) of every part: a number word starts with one. */
    private final Set<String> starts;
    private final int longestPart;
    private final List<String> elisions;
    private final char grouping;
    private final char decimal;

    private NumberWords(Map<String, List<Atom>> atomsByFirstPart, Map<String, Set<Joiner>> joiners,
            List<String> elisions, char grouping, char decimal) {
        this.atomsByFirstPart = Map.copyOf(atomsByFirstPart);
        Map<String, Set<Joiner>> fixed = new HashMap<>();
        joiners.forEach((word, places) -> fixed.put(word, Set.copyOf(places)));
        this.joiners = Map.copyOf(fixed);
        this.elisions = List.copyOf(elisions);
        this.grouping = grouping;
        this.decimal = decimal;
        Set<String> all = new HashSet<>(joiners.keySet());
        atomsByFirstPart.values().forEach(atoms -> atoms.forEach(a -> all.addAll(a.parts())));
        this.parts = Set.copyOf(all);
        Set<String> first = new HashSet<>();
        all.forEach(part -> first.add(part.substring(0, Math.min(START_LENGTH, part.length()))));
        this.starts = Set.copyOf(first);
        this.longestPart = all.stream().mapToInt(String::length).max().orElse(0);
    }

    /** How many letters of a part index the quick check {@link #mayBegin}: {@value}. */
    static final int START_LENGTH = 3;

    /**
     * Returns false if no number word can start {@code word} (lower case, folded, without elision):
     * a quick check before {@link #segment}, true for every word that segments.
     */
    boolean mayBegin(String word) {
        for (int length = 1; length <= Math.min(START_LENGTH, word.length()); length++) {
            if (starts.contains(word.substring(0, length))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the atoms whose parts are {@code parts} from index {@code i} on, longest first.
     */
    List<Atom> atomsAt(List<String> parts, int i) {
        List<Atom> candidates = atomsByFirstPart.getOrDefault(parts.get(i), List.of());
        if (candidates.size() == 1 && candidates.get(0).parts().size() == 1) {
            return candidates;
        }
        List<Atom> matching = new ArrayList<>(candidates.size());
        for (Atom a : candidates) {
            if (i + a.parts().size() <= parts.size() && a.parts().equals(parts.subList(i, i + a.parts().size()))) {
                matching.add(a);
            }
        }
        return matching;
    }

    /** Returns where {@code part} may join two number words; empty if it is not a joining word. */
    Set<Joiner> joiner(String part) {
        return joiners.getOrDefault(part, Set.of());
    }

    /**
     * Splits a folded word into number-word parts: at its hyphens, then each piece into known parts,
     * longest first ({@code tweeenzestig} → {@code twee en zestig}).
     *
     * @return the parts, or null if the word is not made of number words only
     */
    List<String> segment(String word) {
        if (word.isEmpty() || word.length() > MAX_WORD_LENGTH) {
            return null;
        }
        List<String> result = new ArrayList<>(4);
        int start = 0;
        while (true) {
            int hyphen = word.indexOf('-', start);
            int end = hyphen < 0 ? word.length() : hyphen;
            if (end == start || !split(word, start, end, result)) {
                return null;
            }
            if (hyphen < 0) {
                return result;
            }
            start = hyphen + 1;
        }
    }

    private boolean split(String word, int start, int end, List<String> result) {
        if (start == end) {
            return true;
        }
        int size = result.size();
        for (int length = Math.min(longestPart, end - start); length > 0; length--) {
            String piece = word.substring(start, start + length);
            if (parts.contains(piece)) {
                result.add(piece);
                if (split(word, start + length, end, result)) {
                    return true;
                }
                result.subList(size, result.size()).clear();
            }
        }
        return false;
    }

    /** Returns the elided prefix ({@code d'}) that {@code word} starts with and goes on after, or null. */
    String elision(String word) {
        for (String e : elisions) {
            if (word.length() > e.length() && word.startsWith(e)) {
                return e;
            }
        }
        return null;
    }

    /** Returns the character that groups thousands in digits ({@code .} in {@code 1.000}). */
    char grouping() {
        return grouping;
    }

    /** Returns the decimal separator ({@code ,} in {@code 1,5 miljoen}). */
    char decimal() {
        return decimal;
    }

    /**
     * Reads {@code <folder>/numbers.txt} beside this package.
     *
     * @throws UncheckedIOException if the file is missing or breaks a rule of the class javadoc;
     *     the message names the file and, where there is one, the line
     */
    static NumberWords load(String folder) {
        WordListFile file = WordListFile.load("dev/accord/extract/" + folder + "/numbers.txt", SECTIONS);
        List<Atom> atoms = new ArrayList<>();
        atoms.addAll(valued(file, "zero", Kind.ZERO, false, 0, 0, 1));
        atoms.addAll(valued(file, "units", Kind.UNIT, false, 1, 9, 1));
        atoms.addAll(valued(file, "teens", Kind.TEEN, false, 10, 19, 1));
        atoms.addAll(valued(file, "tens", Kind.TENS, false, 20, 90, 10));
        atoms.addAll(valued(file, "tens-taking-teens", Kind.TENS, true, 20, 90, 10));
        atoms.addAll(valued(file, "hundred", Kind.HUNDRED, false, 100, 100, 100));
        atoms.addAll(valued(file, "scales", Kind.SCALE, false, 1000, 1_000_000_000_000L, 1000));
        atoms.addAll(valued(file, "approximate", Kind.APPROXIMATE, false, 1, 1_000_000, 1));
        for (WordListFile.Line line : file.section("articles")) {
            atoms.add(new Atom(List.of(word(file, line, line.text())), Kind.ARTICLE, 1, false));
        }
        atoms.addAll(valued(file, "halves", Kind.HALVES, false, 1, 9, 1));
        for (WordListFile.Line line : file.section("halves-after")) {
            atoms.add(new Atom(parts(file, line, line.text()), Kind.HALF_MORE, 1, false));
        }
        requireEvery(file, atoms, Kind.ZERO, 0, 0, 1);
        requireEvery(file, atoms, Kind.UNIT, 1, 9, 1);
        requireEvery(file, atoms, Kind.TEEN, 10, 19, 1);
        requireEvery(file, atoms, Kind.TENS, 20, 90, 10);
        requireEvery(file, atoms, Kind.HUNDRED, 100, 100, 100);
        requireEvery(file, atoms, Kind.SCALE, 1000, 1000, 1000);

        Map<String, Set<Joiner>> joiners = new HashMap<>();
        joiners(file, "joiners-after-tens", Joiner.AFTER_TENS, joiners);
        joiners(file, "joiners-after-hundred", Joiner.AFTER_HUNDRED, joiners);
        joiners(file, "joiners-between-units-and-tens", Joiner.BETWEEN_UNITS_AND_TENS, joiners);

        Map<String, List<Atom>> byFirstPart = new HashMap<>();
        Set<String> forms = new HashSet<>();
        for (Atom a : atoms) {
            String form = String.join("-", a.parts());
            if (!forms.add(form)) {
                throw file.error("'" + form + "' is listed twice");
            }
            if (a.parts().size() == 1 && joiners.containsKey(form)) {
                throw file.error("'" + form + "' is both a number word and a joining word");
            }
            byFirstPart.computeIfAbsent(a.parts().get(0), k -> new ArrayList<>()).add(a);
        }
        byFirstPart.replaceAll((k, list) -> list.stream()
                .sorted(Comparator.comparingInt((Atom a) -> a.parts().size()).reversed()).toList());

        List<String> elisions = new ArrayList<>();
        for (WordListFile.Line line : file.section("elisions")) {
            if (!line.text().endsWith("'") || line.text().length() < 2) {
                throw file.error(line, "an elided prefix ends in an apostrophe, got '" + line.text() + "'");
            }
            elisions.add(line.text());
        }
        Map<String, Character> digits = new HashMap<>();
        for (WordListFile.Line line : file.section("digits")) {
            String[] fields = line.text().split("\\s+");
            if (fields.length != 2 || !Set.of("grouping", "decimal").contains(fields[0]) || fields[1].length() != 1
                    || Character.isLetterOrDigit(fields[1].charAt(0)) || digits.put(fields[0], fields[1].charAt(0)) != null) {
                throw file.error(line, "expected 'grouping C' or 'decimal C' once each, C one sign, got '" + line.text() + "'");
            }
        }
        if (digits.size() != 2 || digits.get("grouping").equals(digits.get("decimal"))) {
            throw file.error("[digits] needs a grouping and a different decimal separator, got " + digits);
        }
        return new NumberWords(byFirstPart, joiners, elisions, digits.get("grouping"), digits.get("decimal"));
    }

    private static List<Atom> valued(WordListFile file, String section, Kind kind, boolean takesTeens,
            long min, long max, long step) {
        List<Atom> atoms = new ArrayList<>();
        for (WordListFile.Line line : file.section(section)) {
            String[] fields = line.text().split("\\s+");
            long value;
            try {
                value = fields.length == 2 ? Long.parseLong(fields[1]) : -1;
            } catch (NumberFormatException e) {
                value = -1;
            }
            boolean powerOfStep = kind == Kind.SCALE ? isPowerOf1000(value) : value % step == 0;
            if (value < min || value > max || !powerOfStep) {
                throw file.error(line, "expected 'word value' with a value " + min + ".." + max
                        + (kind == Kind.SCALE ? ", a power of 1000" : step > 1 ? " in steps of " + step : "")
                        + " in [" + section + "], got '" + line.text() + "'");
            }
            List<String> parts = parts(file, line, fields[0]);
            atoms.add(new Atom(parts, kind, value, takesTeens));
        }
        return atoms;
    }

    private static boolean isPowerOf1000(long value) {
        long v = value;
        while (v >= 1000 && v % 1000 == 0) {
            v /= 1000;
        }
        return v == 1 && value >= 1000;
    }

    private static void requireEvery(WordListFile file, List<Atom> atoms, Kind kind, long min, long max, long step) {
        Set<Long> missing = new TreeSet<>();
        for (long v = min; v <= max; v += step) {
            missing.add(v);
        }
        atoms.stream().filter(a -> a.kind() == kind).forEach(a -> missing.remove(a.value()));
        if (!missing.isEmpty()) {
            throw file.error("no " + kind.name().toLowerCase(Locale.ROOT) + " word for " + missing);
        }
    }

    private static void joiners(WordListFile file, String section, Joiner place, Map<String, Set<Joiner>> joiners) {
        for (WordListFile.Line line : file.section(section)) {
            joiners.computeIfAbsent(word(file, line, line.text()), k -> EnumSet.noneOf(Joiner.class)).add(place);
        }
    }

    /** Returns the parts of an entry, separated by hyphens ({@code quatre-vingt}, {@code et-demie}), each checked by {@link #word}. */
    private static List<String> parts(WordListFile file, WordListFile.Line line, String entry) {
        return Arrays.stream(entry.split("-", -1)).map(p -> word(file, line, p)).toList();
    }

    /** Checks that {@code part} is a lower-case ASCII word, as the fold leaves it. */
    private static String word(WordListFile file, WordListFile.Line line, String part) {
        if (part.isEmpty() || !part.chars().allMatch(c -> (c >= 'a' && c <= 'z') || c == '\'')) {
            throw file.error(line, "expected lower-case ASCII letters, got '" + part + "' in '" + line.text() + "'");
        }
        return part;
    }
}
