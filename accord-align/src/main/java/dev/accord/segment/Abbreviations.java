package dev.accord.segment;

import dev.accord.core.text.Language;
import dev.accord.internal.WordListFile;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A language's list of abbreviations that end in a period, read from
 * {@code abbreviations-<code>.txt} beside this class, with the words that mark a preceding
 * {@code N.} as an ordinal (section {@code [ordinal-before]}, German months).
 *
 * <p>Immutable and thread-safe. Each language's list is loaded once, on first use, by a lazy
 * holder; a missing or broken list is a defect of the jar and fails with
 * {@link UncheckedIOException}.
 */
final class Abbreviations {

    /** What an abbreviation says about the period that ends it. */
    enum Kind {
        /** Not a known abbreviation. */
        NONE,
        /** Never ends a sentence ({@code dhr.}, {@code M.}, {@code p.}). */
        INSIDE,
        /** Ends a sentence if a capitalised word follows ({@code enz.}, {@code etc.}). */
        MAY_END,
        /** Never ends a sentence before a number ({@code No. 10}), but may before a word ({@code Google? No. Apple?}). */
        BEFORE_NUMBER
    }

    /** Abbreviations are short; a longer token is never looked up. */
    static final int MAX_LENGTH = 16;

    private final Map<String, Kind> exact;
    private final Map<String, Kind> ignoringCase;
    private final Set<String> ordinalContext;

    private Abbreviations(Map<String, Kind> exact, Map<String, Kind> ignoringCase, Set<String> ordinalContext) {
        this.exact = Map.copyOf(exact);
        this.ignoringCase = Map.copyOf(ignoringCase);
        this.ordinalContext = Set.copyOf(ordinalContext);
    }

    /** Returns the list for {@code language}, loading it on first use. */
    static Abbreviations of(Language language) {
        return switch (language) {
            case NL -> Nl.LIST;
            case FR -> Fr.LIST;
            case DE -> De.LIST;
            case EN -> En.LIST;
        };
    }

    /**
     * Classifies {@code token}, written without its final period ({@code "o.a"} for {@code o.a.}).
     */
    Kind classify(String token) {
        if (token.isEmpty() || token.length() > MAX_LENGTH) {
            return Kind.NONE;
        }
        Kind kind = exact.get(token);
        if (kind == null) {
            kind = ignoringCase.get(token.toLowerCase(Locale.ROOT));
        }
        return kind == null ? Kind.NONE : kind;
    }

    /**
     * Returns true if {@code word}, following a number and a period, shows that the period marks
     * an ordinal rather than the end of a sentence (German {@code am 18. Mai}).
     */
    boolean isOrdinalContext(String word) {
        return ordinalContext.contains(word);
    }

    /** Returns the number of abbreviations in the list. */
    int size() {
        return exact.size();
    }

    static Abbreviations load(String resource) {
        Set<String> expected = new HashSet<>(SECTIONS.keySet());
        expected.add(ORDINAL_BEFORE);
        WordListFile file = WordListFile.load("dev/accord/segment/" + resource, expected);
        Map<String, Kind> exact = new HashMap<>();
        Map<String, Kind> ignoringCase = new HashMap<>();
        for (Map.Entry<String, Kind> section : SECTIONS.entrySet()) {
            for (WordListFile.Line line : file.section(section.getKey())) {
                String entry = line.text();
                if (!entry.endsWith(".") || entry.length() > MAX_LENGTH + 1) {
                    throw file.error(line, "expected an abbreviation ending in '.', got '" + entry + "'");
                }
                String token = entry.substring(0, entry.length() - 1);
                exact.put(token, section.getValue());
                if (token.equals(token.toLowerCase(Locale.ROOT))) {
                    ignoringCase.put(token, section.getValue());
                }
            }
        }
        Set<String> ordinalContext = new HashSet<>();
        file.section(ORDINAL_BEFORE).forEach(line -> ordinalContext.add(line.text()));
        return new Abbreviations(exact, ignoringCase, ordinalContext);
    }

    /** The sections of abbreviations, by the kind their entries are, in file order: a later one wins. */
    private static final Map<String, Kind> SECTIONS = orderedSections();
    /** The section of words after which a number's period marks an ordinal. */
    private static final String ORDINAL_BEFORE = "ordinal-before";

    private static Map<String, Kind> orderedSections() {
        Map<String, Kind> sections = new LinkedHashMap<>();
        sections.put("inside", Kind.INSIDE);
        sections.put("may-end", Kind.MAY_END);
        sections.put("before-number", Kind.BEFORE_NUMBER);
        return Collections.unmodifiableMap(sections);
    }

    private static final class Nl {
        static final Abbreviations LIST = load("abbreviations-nl.txt");
    }

    private static final class Fr {
        static final Abbreviations LIST = load("abbreviations-fr.txt");
    }

    private static final class De {
        static final Abbreviations LIST = load("abbreviations-de.txt");
    }

    private static final class En {
        static final Abbreviations LIST = load("abbreviations-en.txt");
    }
}
