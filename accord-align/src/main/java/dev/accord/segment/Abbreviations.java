package dev.accord.segment;

import dev.accord.core.text.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
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
        MAY_END
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
        Map<String, Kind> exact = new HashMap<>();
        Map<String, Kind> ignoringCase = new HashMap<>();
        Set<String> ordinalContext = new HashSet<>();
        try (InputStream in = Abbreviations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("resource " + resource + " is missing from the jar"));
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Kind kind = null;
            boolean ordinals = false;
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                if (entry.equals("[inside]") || entry.equals("[may-end]")) {
                    kind = entry.equals("[inside]") ? Kind.INSIDE : Kind.MAY_END;
                    ordinals = false;
                } else if (entry.equals("[ordinal-before]")) {
                    ordinals = true;
                } else if (ordinals) {
                    ordinalContext.add(entry);
                } else if (kind == null || !entry.endsWith(".") || entry.length() > MAX_LENGTH + 1) {
                    throw new UncheckedIOException(new IOException(resource + " line " + lineNumber
                            + ": expected a section or an abbreviation ending in '.', got '" + entry + "'"));
                } else {
                    String token = entry.substring(0, entry.length() - 1);
                    exact.put(token, kind);
                    if (token.equals(token.toLowerCase(Locale.ROOT))) {
                        ignoringCase.put(token, kind);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Abbreviations(exact, ignoringCase, ordinalContext);
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
