package dev.accord.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words and names that are never companies: places ({@code San Francisco}, {@code Genève}), and
 * capitalised words that are not names (sentence-initial function words, months, days, Dutch
 * demonyms, titles). Bundled lists, loaded from the jar on first use.
 *
 * <p>Immutable and thread-safe.
 */
final class Gazetteer {

    /** Titles that mark a person, not a company, next to a capitalised name. */
    private static final Set<String> PERSON_TITLES = Set.of("topman", "topvrouw", "voorzitter", "ceo", "directeur",
            "woordvoerder", "woordvoerster", "minister", "president", "premier", "oprichter", "baas", "chef", "patron",
            "porte-parole", "ministre", "fondateur", "fondatrice", "dirigeant", "pdg", "mr", "mevrouw", "monsieur",
            "madame", "heer");

    /** Verbs of saying that, right before a capitalised name, mark a person ({@code zei Brad Smith}). */
    private static final Set<String> SPEECH_VERBS = Set.of("zei", "zegt", "zeggen", "aldus", "verklaarde", "verklaart",
            "vertelde", "vertelt", "benadrukte", "dixit", "declare", "explique", "affirme", "precise", "souligne",
            "ajoute", "estime", "indique");

    /** Capitalised words inside names that make the name an agreement or an event, never a company. */
    private static final Set<String> NON_COMPANY_HEADS = Set.of("accord", "akkoord", "pact", "pacte", "convention",
            "conventie", "verdrag", "traite", "agreement", "conference", "conferentie", "congres", "congress", "summit",
            "forum", "week", "day", "dag", "jour");

    /** Each place name, folded and tokenised, mapped to the first name of its line. */
    private final Map<String, String> places;
    private final int longestPlace;
    private final Set<String> notNames;

    private Gazetteer() {
        Map<String, String> p = new HashMap<>();
        for (String line : lines("places.txt")) {
            String[] names = line.split("\\|");
            for (String name : names) {
                p.put(key(name), names[0].strip());
            }
        }
        this.places = Map.copyOf(p);
        this.notNames = Set.copyOf(lines("not-names.txt").stream().map(Gazetteer::key).toList());
        this.longestPlace = places.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
    }

    private static String key(String name) {
        return String.join(" ", Tokenizer.tokenize(name.strip(), 0).stream().map(Token::fold).toList());
    }

    /** Returns the bundled gazetteer. */
    static Gazetteer bundled() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final Gazetteer INSTANCE = new Gazetteer();
    }

    private static List<String> lines(String resource) {
        List<String> entries = new ArrayList<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("resource " + resource + " missing from the jar"));
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    entries.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + resource, e);
        }
        return entries;
    }

    /** Returns the number of tokens of the longest place name starting at token {@code at}, or 0. */
    int placeAt(List<Token> tokens, int at) {
        StringBuilder key = new StringBuilder();
        int found = 0;
        for (int n = 1; n <= longestPlace && at + n <= tokens.size(); n++) {
            if (n > 1) {
                key.append(' ');
            }
            key.append(tokens.get(at + n - 1).fold());
            if (places.containsKey(key.toString())) {
                found = n;
            }
        }
        return found;
    }

    /** Returns the name by which the two sides compare a place (its first name in the list), or the name itself. */
    String canonicalPlace(String name) {
        return places.getOrDefault(key(name), name);
    }

    /** Returns true if tokens {@code [start, end)} are exactly a place name. */
    boolean isPlace(List<Token> tokens, int start, int end) {
        return placeAt(tokens, start) == end - start;
    }

    /** Returns true if the folded word is a capitalised non-name (function word, month, demonym, title). */
    boolean isNotName(String fold) {
        return notNames.contains(fold);
    }

    /** Returns true if the folded word is a title that marks a person. */
    boolean isPersonTitle(String fold) {
        return PERSON_TITLES.contains(fold);
    }

    /** Returns true if the folded word is a verb of saying that marks the person after it. */
    boolean isSpeechVerb(String fold) {
        return SPEECH_VERBS.contains(fold);
    }

    /** Returns true if the folded word makes a name an agreement or an event. */
    boolean isNonCompanyHead(String fold) {
        return NON_COMPANY_HEADS.contains(fold);
    }
}
