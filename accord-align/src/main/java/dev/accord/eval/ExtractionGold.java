package dev.accord.eval;

import dev.accord.core.Pillar;
import dev.accord.core.Role;
import dev.accord.core.text.Language;
import java.time.DayOfWeek;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The gold annotation of one text for extraction: what a careful reader finds the text states
 * about the Cybersecurity Tech Accord. The format is documented for annotators in
 * {@code docs/extraction-gold.md}; {@link ExtractionScorer} scores predictions against it.
 *
 * @param language the language of the text
 * @param kind the kind of text
 * @param split the half of the corpus the text belongs to
 * @param aboutAccord whether the text speaks of the Tech Accord at all
 * @param companies every business firm the text names, each once, with the roles the text gives it
 * @param notCompanies capitalised names that are not companies (persons, places, institutions...);
 *     not scored, kept so that a report can say which of them an extractor took for a company
 * @param pillars the accord's principles the text states, iterated in {@link Pillar} order
 * @param facts the numbers and the day the text states
 */
public record ExtractionGold(Language language, TextKind kind, CorpusSplit split, boolean aboutAccord,
        List<Company> companies, List<NotCompany> notCompanies, Set<Pillar> pillars, Facts facts) {

    /**
     * Validates and copies.
     *
     * @throws NullPointerException if a reference is null
     * @throws IllegalArgumentException if two companies (names or aliases) fold to the same form, a
     *     name that is not a company folds like a company's, or a text not about the accord gives a
     *     company another role than {@link Role#MENTIONED}, states a pillar or a fact
     */
    public ExtractionGold {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(split, "split");
        companies = List.copyOf(Objects.requireNonNull(companies, "companies"));
        notCompanies = List.copyOf(Objects.requireNonNull(notCompanies, "notCompanies"));
        Objects.requireNonNull(pillars, "pillars");
        pillars = pillars.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(pillars));
        Objects.requireNonNull(facts, "facts");
        Map<String, String> owners = new HashMap<>();
        for (Company company : companies) {
            for (String form : company.forms()) {
                String previous = owners.putIfAbsent(NameFold.fold(form), company.name());
                if (previous != null && !previous.equals(company.name())) {
                    throw new IllegalArgumentException("companies '" + previous + "' and '" + company.name()
                            + "' both answer to '" + form + "': give each company one entry");
                }
            }
        }
        for (NotCompany other : notCompanies) {
            String owner = owners.get(NameFold.fold(other.text()));
            if (owner != null) {
                throw new IllegalArgumentException("'" + other.text() + "' is listed as " + other.kind()
                        + " and as the company '" + owner + "'");
            }
        }
        if (!aboutAccord) {
            for (Company company : companies) {
                if (!company.roles().equals(Set.of(Role.MENTIONED))) {
                    throw new IllegalArgumentException("the text is not about the accord, so company '" + company.name()
                            + "' can only be MENTIONED, not " + company.roles());
                }
            }
            if (!pillars.isEmpty()) {
                throw new IllegalArgumentException("the text is not about the accord but states pillars " + pillars);
            }
            if (!facts.equals(Facts.NONE)) {
                throw new IllegalArgumentException("the text is not about the accord but states facts " + facts);
            }
        }
    }

    /**
     * A company a text names.
     *
     * @param name the form a reader would use ({@code Hewlett Packard Enterprise}); not blank
     * @param aliases the other forms this text writes it in ({@code HPE}); none blank
     * @param roles the roles the text gives it, iterated in {@link Role} order; not empty, and
     *     {@link Role#MENTIONED} only alone
     */
    public record Company(String name, List<String> aliases, Set<Role> roles) {

        /**
         * Validates and copies.
         *
         * @throws NullPointerException if a reference is null
         * @throws IllegalArgumentException if the name or an alias has no letter or digit, there is
         *     no role, or {@link Role#MENTIONED} comes with another role
         */
        public Company {
            Objects.requireNonNull(name, "name");
            if (NameFold.fold(name).isEmpty()) {
                throw new IllegalArgumentException("company name '" + name + "' has no letter or digit");
            }
            aliases = List.copyOf(Objects.requireNonNull(aliases, () -> "aliases of " + name));
            for (String alias : aliases) {
                if (NameFold.fold(alias).isEmpty()) {
                    throw new IllegalArgumentException("alias '" + alias + "' of '" + name + "' has no letter or digit");
                }
            }
            roles = Role.checkedSet(name, roles);
        }

        /** Returns the name followed by the aliases. */
        public List<String> forms() {
            return Stream.concat(Stream.of(name), aliases.stream()).toList();
        }
    }

    /**
     * A capitalised name in a text that is not a company.
     *
     * @param text the name as written; not blank
     * @param kind what it is
     */
    public record NotCompany(String text, Kind kind) {

        /**
         * Validates.
         *
         * @throws NullPointerException if a reference is null
         * @throws IllegalArgumentException if the text is blank
         */
        public NotCompany {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(kind, () -> "kind of " + text);
            if (text.isBlank()) {
                throw new IllegalArgumentException("a name that is not a company must not be blank");
            }
        }

        /** What a name that is not a company names. */
        public enum Kind {
            /** A person. */
            PERSON,
            /** A town, region, country as a place. */
            PLACE,
            /** A government or a state as an actor ("the US government", "les États"). */
            GOVERNMENT,
            /** A public body: a commission, the UN, NATO, a ministry, a university. */
            INSTITUTION,
            /** A conference, summit or award. */
            EVENT,
            /** Malware or a named attack. */
            MALWARE,
            /** A news agency credited as the source of the text. */
            AGENCY,
            /** A sports team. */
            TEAM,
            /** A political party. */
            PARTY,
            /** A product or service name used as such. */
            PRODUCT,
            /** Anything else. */
            OTHER
        }
    }

    /**
     * The numbers and the day a text states about the accord.
     *
     * @param signatoryCounts every number of signatories stated, in text order
     * @param pillarCount the number of principles the text announces, or {@code null}
     * @param signingDay the weekday the text says the accord was signed or announced, or {@code null}
     */
    public record Facts(List<StatedCount> signatoryCounts, Integer pillarCount, DayOfWeek signingDay) {

        /** No fact stated. */
        public static final Facts NONE = new Facts(List.of(), null, null);

        /**
         * Validates and copies.
         *
         * @throws NullPointerException if the list or an element is null
         * @throws IllegalArgumentException if the pillar count is not positive
         */
        public Facts {
            signatoryCounts = List.copyOf(Objects.requireNonNull(signatoryCounts, "signatoryCounts"));
            if (pillarCount != null && pillarCount <= 0) {
                throw new IllegalArgumentException("pillarCount must be > 0 or null, got " + pillarCount);
            }
        }
    }
}
