package dev.accord.eval;

import dev.accord.core.Pillar;
import dev.accord.core.Role;
import dev.accord.core.extract.CompanyFinding;
import dev.accord.core.extract.CompanyMention;
import dev.accord.core.extract.DocumentFindings;
import dev.accord.core.extract.Fact;
import dev.accord.core.extract.PillarStatement;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an extractor reported for one text, reduced to what {@link ExtractionScorer} compares with
 * an {@link ExtractionGold}: company names and their roles, pillars, signatory counts, the pillar
 * count and the signing day.
 *
 * @param companies each reported company's name and roles, in the order reported; every role set
 *     non-empty and iterated in {@link Role} order
 * @param forms for a reported company, the forms the text writes it in (its mentions'
 *     {@code HP} for {@code HP Inc.}), by which the scorer may match it too; a company absent
 *     here has only its name
 * @param pillars the pillars reported, iterated in {@link Pillar} order
 * @param signatoryCounts the signatory counts reported, in the order reported
 * @param pillarCount the number of principles reported, or {@code null}
 * @param signingDay the signing day reported, or {@code null}
 */
public record ExtractionPrediction(Map<String, Set<Role>> companies, Map<String, Set<String>> forms, Set<Pillar> pillars,
        List<StatedCount> signatoryCounts, Integer pillarCount, DayOfWeek signingDay) {

    /**
     * Validates and copies.
     *
     * @throws NullPointerException if a reference, name, role or form is null
     * @throws IllegalArgumentException if a company has no role, forms are given for a company not
     *     reported, or the pillar count is not positive
     */
    public ExtractionPrediction {
        Objects.requireNonNull(companies, "companies");
        Map<String, Set<Role>> copy = new LinkedHashMap<>();
        companies.forEach((name, roles) -> {
            Objects.requireNonNull(name, "company name");
            Objects.requireNonNull(roles, () -> "roles of " + name);
            if (roles.isEmpty()) {
                throw new IllegalArgumentException("company '" + name + "' needs at least one role");
            }
            copy.put(name, Collections.unmodifiableSet(EnumSet.copyOf(roles)));
        });
        companies = Collections.unmodifiableMap(copy);
        Objects.requireNonNull(forms, "forms");
        Map<String, Set<String>> formsCopy = new LinkedHashMap<>();
        for (Map.Entry<String, Set<String>> e : forms.entrySet()) {
            if (!companies.containsKey(e.getKey())) {
                throw new IllegalArgumentException("forms of '" + e.getKey() + "', which is not a reported company");
            }
            formsCopy.put(e.getKey(), Set.copyOf(e.getValue()));
        }
        forms = Collections.unmodifiableMap(formsCopy);
        Objects.requireNonNull(pillars, "pillars");
        pillars = pillars.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(pillars));
        signatoryCounts = List.copyOf(Objects.requireNonNull(signatoryCounts, "signatoryCounts"));
        if (pillarCount != null && pillarCount <= 0) {
            throw new IllegalArgumentException("pillarCount must be > 0 or null, got " + pillarCount);
        }
    }

    /**
     * A prediction whose companies have only their names.
     *
     * @throws NullPointerException if a reference, name or role is null
     * @throws IllegalArgumentException if a company has no role, or the pillar count is not positive
     */
    public ExtractionPrediction(Map<String, Set<Role>> companies, Set<Pillar> pillars, List<StatedCount> signatoryCounts,
            Integer pillarCount, DayOfWeek signingDay) {
        this(companies, Map.of(), pillars, signatoryCounts, pillarCount, signingDay);
    }

    /** Returns a prediction of nothing at all: what a text that could not be extracted scores as. */
    public static ExtractionPrediction nothing() {
        return new ExtractionPrediction(Map.of(), Set.of(), List.of(), null, null);
    }

    /**
     * Returns the summary of an extractor's findings: each company's canonical name, roles and
     * forms as written (its mentions' text), the
     * pillars stated, every signatory count with its qualifier, the first
     * pillar count, and the first signing day that names a weekday.
     *
     * @throws NullPointerException if {@code findings} is null
     */
    public static ExtractionPrediction of(DocumentFindings findings) {
        Objects.requireNonNull(findings, "findings");
        Map<String, Set<Role>> companies = new LinkedHashMap<>();
        Map<String, Set<String>> forms = new LinkedHashMap<>();
        for (CompanyFinding company : findings.companies()) {
            companies.put(company.name(), company.roles());
            forms.put(company.name(), company.mentions().stream().map(CompanyMention::text).collect(Collectors.toSet()));
        }
        Set<Pillar> pillars = EnumSet.noneOf(Pillar.class);
        for (PillarStatement statement : findings.pillars()) {
            pillars.add(statement.pillar());
        }
        List<StatedCount> counts = new ArrayList<>();
        Integer pillarCount = null;
        DayOfWeek day = null;
        for (Fact fact : findings.facts()) {
            switch (fact) {
                case Fact.SignatoryCount count -> counts.add(statedCount(count));
                case Fact.PillarCount count -> pillarCount = pillarCount == null ? count.count() : pillarCount;
                case Fact.SigningDay signing -> day = day != null ? day : signing.dayOfWeek();
                case Fact.FirstMeeting meeting -> {
                    // not scored: the gold format has no first meeting
                }
            }
        }
        return new ExtractionPrediction(companies, forms, pillars, counts, pillarCount, day);
    }

    /** Returns a reported signatory count as a stated count, with the qualifier the text gives it. */
    static StatedCount statedCount(Fact.SignatoryCount count) {
        return new StatedCount(count.count(), count.qualifier());
    }
}
