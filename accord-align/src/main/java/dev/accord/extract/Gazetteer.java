package dev.accord.extract;

import dev.accord.internal.Names;
import dev.accord.normalize.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The names extraction knows whatever the language, bundled in {@code dev/accord/extract/}:
 * places ({@code places.txt}), names that are never companies with their kind
 * ({@code non-companies.txt}: institutions, governments, malware, news agencies, events, teams,
 * parties), well-known companies ({@code companies.txt}), given names of persons
 * ({@code first-names.txt}), capitalised words that are no name on their own
 * ({@code not-names.txt}), and home towns that stand for a company ({@code headquarters.txt}).
 *
 * <p>Immutable and thread-safe; loaded once, on first use.
 */
final class Gazetteer {

    /** What a name that is not a company is. */
    enum Kind { PLACE, PERSON, GOVERNMENT, INSTITUTION, EVENT, MALWARE, AGENCY, TEAM, PARTY, PRODUCT, OTHER }

    private final NameTable<String> places;
    private final NameTable<String> headquarters;
    private final Set<String> headquartered;
    private final NameTable<Kind> nonCompanies;
    private final Map<String, String> companies;
    private final Set<String> firstNames;
    private final Set<String> notNames;
    private final Set<String> placeWords;

    private Gazetteer(Normalizer normalizer) {
        Map<String, String> p = new HashMap<>();
        for (String line : Lexicon.resourceLines("dev/accord/extract/places.txt")) {
            String[] names = line.split("\\|");
            for (String name : names) {
                p.put(name.strip(), names[0].strip());
            }
        }
        this.places = NameTable.of(p, normalizer);
        this.placeWords = p.keySet().stream().filter(name -> !name.contains(" ")).map(Names::fold).collect(Collectors.toUnmodifiableSet());
        Map<String, Kind> n = new HashMap<>();
        for (String line : Lexicon.resourceLines("dev/accord/extract/non-companies.txt")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalStateException("dev/accord/extract/non-companies.txt: expected 'KIND: name | name', got '" + line + "'");
            }
            Kind kind = Kind.valueOf(line.substring(0, colon).strip().toUpperCase(Locale.ROOT));
            for (String name : line.substring(colon + 1).split("\\|")) {
                if (!name.isBlank()) {
                    n.put(name.strip(), kind);
                }
            }
        }
        this.nonCompanies = NameTable.of(n, normalizer);
        Map<String, String> h = new HashMap<>();
        for (String line : Lexicon.resourceLines("dev/accord/extract/headquarters.txt")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalStateException("dev/accord/extract/headquarters.txt: expected 'Town: Company', got '" + line + "'");
            }
            h.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        }
        this.headquarters = NameTable.of(h, normalizer);
        this.headquartered = h.values().stream().map(Names::fold).collect(Collectors.toUnmodifiableSet());
        Map<String, String> c = new HashMap<>();
        for (String line : Lexicon.resourceLines("dev/accord/extract/companies.txt")) {
            String[] names = line.split("\\|");
            for (String name : names) {
                c.put(name.strip(), names[0].strip());
            }
        }
        this.companies = Map.copyOf(c);
        Set<String> f = new HashSet<>();
        for (String line : Lexicon.resourceLines("dev/accord/extract/first-names.txt")) {
            for (String name : line.split("\\s+")) {
                f.add(Names.fold(name));
            }
        }
        this.firstNames = Set.copyOf(f);
        Set<String> nn = new HashSet<>();
        for (String line : Lexicon.resourceLines("dev/accord/extract/not-names.txt")) {
            nn.add(Names.fold(line));
        }
        this.notNames = Set.copyOf(nn);
    }

    /** Returns the bundled gazetteer. */
    static Gazetteer bundled() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final Gazetteer INSTANCE = new Gazetteer(Normalizer.lucene());
    }

    /** Returns the table of places, each mapped to its first name. */
    NameTable<String> places() {
        return places;
    }

    /** Returns the home towns that stand for one company ({@code headquarters.txt}), each mapped to the company's name. */
    NameTable<String> headquarters() {
        return headquarters;
    }

    /** Returns true if a folded company name is that of a company {@link #headquarters()} names a town for. */
    boolean isHeadquartered(String fold) {
        return headquartered.contains(fold);
    }

    /** Returns the table of names that are never companies, each mapped to its kind. */
    NameTable<Kind> nonCompanies() {
        return nonCompanies;
    }

    /** Returns the well-known companies: every written form mapped to the canonical name. */
    Map<String, String> companies() {
        return companies;
    }

    /** Returns true if a folded word is a common given name ({@code brad}, {@code satya}). */
    boolean isFirstName(String fold) {
        return firstNames.contains(fold);
    }

    /**
     * Returns true if a folded word is a Dutch adjective of a place of one word ({@code hasseltse},
     * {@code groningse}, {@code brugse}, {@code leidse}): the place's name, or its name without a
     * final {@code en}, {@code e}, {@code ge} or {@code n}, and {@code se}.
     */
    boolean isPlaceAdjective(String fold) {
        if (!fold.endsWith("se") || fold.length() < MIN_PLACE_ADJECTIVE) {
            return false;
        }
        String stem = fold.substring(0, fold.length() - 2);
        for (String ending : PLACE_ENDINGS) {
            if (placeWords.contains(stem + ending)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns true if a folded word is an adjective of a known place with one of its language's endings cut off
     * ({@code montrealaise}, {@code liegeois}, {@code finlandais}, {@code allemand}): what is left of it begins a place's
     * name of one word, all but at most its last letter ({@code lyonn} for {@code lyon}), and the name is at most
     * {@value #PLACE_NAME_SLACK} letters longer ({@code allem} for {@code allemagne}; not {@code proch} for {@code proche-orient}).
     */
    boolean isAdjectiveOfPlace(String fold, String ending) {
        String stem = fold.substring(0, fold.length() - ending.length());
        if (stem.length() < MIN_PLACE_STEM) {
            return false;
        }
        for (String place : placeWords) {
            int common = 0;
            while (common < stem.length() && common < place.length() && stem.charAt(common) == place.charAt(common)) {
                common++;
            }
            if (common >= Math.max(MIN_PLACE_STEM, stem.length() - 1) && place.length() <= stem.length() + PLACE_NAME_SLACK) {
                return true;
            }
        }
        return false;
    }

    /** The fewest letters of a place's name that an adjective of it keeps: {@value}. */
    static final int MIN_PLACE_STEM = 4;
    /** How many letters longer a place's name may be than what its adjective keeps of it: {@value}. */
    static final int PLACE_NAME_SLACK = 4;

    /** What a place's name may lose before {@code se} in its adjective ({@code Groningen}, {@code Brugge}, {@code Leiden}). */
    private static final List<String> PLACE_ENDINGS = List.of("", "en", "e", "ge", "n");
    /** The shortest adjective of a place read ({@code gentse}): {@value} letters. */
    static final int MIN_PLACE_ADJECTIVE = 6;

    /** Returns true if a folded word is never a name on its own (function words, months, titles). */
    boolean isNotName(String fold) {
        return notNames.contains(fold);
    }
}
