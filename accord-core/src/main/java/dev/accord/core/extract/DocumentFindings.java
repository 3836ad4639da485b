package dev.accord.core.extract;

import dev.accord.core.Pillar;
import dev.accord.core.Role;
import dev.accord.core.text.Language;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything extracted from one document: companies, pillar statements and facts; immutable.
 *
 * @param language the language of the document
 * @param companies one finding per company, in order of first mention
 * @param pillars the pillar statements found, in {@link Pillar} order, at most one per pillar
 * @param facts the facts found
 * @param accordSentences the sentences that name, describe or refer back to the accord, ascending;
 *     empty when the document does not speak of the accord, and then no company has a role other
 *     than {@link Role#MENTIONED} and there are no pillars and no facts
 */
public record DocumentFindings(Language language, List<CompanyFinding> companies, List<PillarStatement> pillars,
        List<Fact> facts, List<Integer> accordSentences) {

    /**
     * Validates and copies.
     *
     * @throws NullPointerException if a reference is null
     * @throws IllegalArgumentException if two findings name the same company, the pillar
     *     statements are not in {@link Pillar} order with at most one per pillar, or the document
     *     does not speak of the accord and yet a company has a role, or there is a pillar or a fact
     */
    public DocumentFindings {
        Objects.requireNonNull(language, "language");
        companies = List.copyOf(Objects.requireNonNull(companies, "companies"));
        pillars = List.copyOf(Objects.requireNonNull(pillars, "pillars"));
        facts = List.copyOf(Objects.requireNonNull(facts, "facts"));
        accordSentences = SentenceIndices.requireAscendingOrEmpty(accordSentences, "accord sentences");
        Set<String> names = new HashSet<>();
        for (CompanyFinding c : companies) {
            if (!names.add(c.name())) {
                throw new IllegalArgumentException("company '" + c.name() + "' has two findings; merge them into one");
            }
        }
        if (accordSentences.isEmpty()) {
            for (CompanyFinding c : companies) {
                if (!c.roles().equals(Set.of(Role.MENTIONED))) {
                    throw new IllegalArgumentException("company '" + c.name() + "' has roles " + c.roles()
                            + " in a document that does not speak of the accord");
                }
            }
            if (!pillars.isEmpty() || !facts.isEmpty()) {
                throw new IllegalArgumentException("a document that does not speak of the accord states no pillar and no fact, got "
                        + pillars + " and " + facts);
            }
        }
        for (int i = 1; i < pillars.size(); i++) {
            Pillar previous = pillars.get(i - 1).pillar();
            Pillar current = pillars.get(i).pillar();
            if (current.compareTo(previous) <= 0) {
                throw new IllegalArgumentException("pillar statements must be in pillar order, one per pillar: "
                        + current + " follows " + previous);
            }
        }
    }

    /**
     * Returns true if the document speaks of the accord: it names, describes or refers back to it
     * in at least one sentence.
     */
    public boolean aboutAccord() {
        return !accordSentences.isEmpty();
    }

    /**
     * Returns findings with nothing found, for a document that says nothing about the accord.
     *
     * @throws NullPointerException if {@code language} is null
     */
    public static DocumentFindings empty(Language language) {
        return new DocumentFindings(language, List.of(), List.of(), List.of(), List.of());
    }

    /**
     * Returns the finding for the company with this canonical name.
     *
     * @throws NullPointerException if {@code name} is null
     */
    public Optional<CompanyFinding> company(String name) {
        Objects.requireNonNull(name, "name");
        return companies.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /**
     * Returns the statement of {@code pillar}, if the document states it.
     *
     * @throws NullPointerException if {@code pillar} is null
     */
    public Optional<PillarStatement> pillar(Pillar pillar) {
        Objects.requireNonNull(pillar, "pillar");
        return pillars.stream().filter(p -> p.pillar() == pillar).findFirst();
    }
}
