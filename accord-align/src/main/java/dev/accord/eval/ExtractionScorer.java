package dev.accord.eval;

import dev.accord.core.Pillar;
import dev.accord.core.Role;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Scores what an extractor reported for a text against the text's {@link ExtractionGold}, at the
 * level of the document (where in the text something is stated is not scored).
 *
 * <ul>
 *   <li><b>Companies.</b> A reported company matches a gold company when its name, in
 *       folded form (lower case, accents folded, punctuation removed, spaces
 *       collapsed), equals the gold name or one of its aliases; failing that, when one of the
 *       forms the text writes it in does (a reported {@code HP Inc.} written {@code HP}). Each gold company is matched at
 *       most once: a second reported name for it (the company reported twice under two names) is
 *       a false positive. Precision is over reported companies, recall over gold companies.
 *   <li><b>Roles.</b> Over matched companies: right when the reported role set equals the gold's.
 *   <li><b>Pillars.</b> Precision and recall over (text, pillar) pairs.
 *   <li><b>Facts.</b> A signatory count is right when its value and its qualifier both match a
 *       gold count (each gold count matches once); the pillar count and the signing day are
 *       right when equal to the gold's. Each is tallied as right / stated in the gold / reported.
 *   <li><b>Off-topic errors.</b> In a text whose gold says it is not about the accord, every
 *       reported role other than {@link Role#MENTIONED}, every pillar, every signatory count, a
 *       pillar count and a signing day are each one error.
 *   <li><b>Not companies.</b> Reported companies that the gold lists as persons, places,
 *       institutions and the like are counted apart as well (they are already false positives).
 * </ul>
 * Sums over several texts add the counts before any ratio is taken (micro-averaging).
 *
 * <p>Stateless and thread-safe.
 */
public final class ExtractionScorer {

    private ExtractionScorer() {
    }

    /**
     * Scores one text.
     *
     * @param id the text's name, for reports; not blank
     * @param gold the text's gold
     * @param predicted what the extractor reported for it
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code id} is blank
     */
    public static TextScore score(String id, ExtractionGold gold, ExtractionPrediction predicted) {
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(predicted, "predicted");
        List<String> problems = new ArrayList<>();
        CompanyCounts companies = companies(gold, predicted, problems);
        Tally pillars = pillars(gold.pillars(), predicted.pillars(), problems);
        Tally counts = signatoryCounts(gold.facts().signatoryCounts(), predicted.signatoryCounts(), problems);
        Tally pillarCount = single("pillar count", gold.facts().pillarCount(), predicted.pillarCount(), problems);
        Tally day = single("signing day", gold.facts().signingDay(), predicted.signingDay(), problems);
        int offTopic = gold.aboutAccord() ? 0 : offTopicErrors(predicted, problems);
        return new TextScore(id, gold, new ExtractionCounts(1, 0, companies.tally, companies.rolesRight,
                companies.notCompanies, pillars, counts, pillarCount, day, offTopic), problems);
    }

    /**
     * Scores a text the extractor could not process as if it reported nothing, and says why.
     *
     * @param reason why it was not extracted, e.g. the exception's message
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code id} is blank
     */
    public static TextScore notExtracted(String id, ExtractionGold gold, String reason) {
        Objects.requireNonNull(reason, "reason");
        TextScore nothing = score(id, gold, ExtractionPrediction.nothing());
        ExtractionCounts c = nothing.counts();
        List<String> problems = new ArrayList<>();
        problems.add("not extracted: " + reason);
        problems.addAll(nothing.problems());
        return new TextScore(id, gold, new ExtractionCounts(1, 1, c.companies(), c.rolesRight(),
                c.notCompaniesReported(), c.pillars(), c.signatoryCounts(), c.pillarCounts(), c.signingDays(),
                c.offTopicErrors()), problems);
    }

    /**
     * Gathers the scores of several texts.
     *
     * @throws NullPointerException if the collection or an element is null
     */
    public static ExtractionScores summarize(Collection<TextScore> texts) {
        return new ExtractionScores(List.copyOf(texts));
    }

    private record CompanyCounts(Tally tally, int rolesRight, int notCompanies) {
    }

    private static CompanyCounts companies(ExtractionGold gold, ExtractionPrediction predicted, List<String> problems) {
        Map<String, ExtractionGold.Company> byForm = new HashMap<>();
        for (ExtractionGold.Company company : gold.companies()) {
            company.forms().forEach(form -> byForm.put(NameFold.fold(form), company));
        }
        Map<String, ExtractionGold.NotCompany> notCompanies = new HashMap<>();
        gold.notCompanies().forEach(other -> notCompanies.putIfAbsent(NameFold.fold(other.text()), other));
        Map<ExtractionGold.Company, Set<Role>> matched = new HashMap<>();
        int notCompanyCount = 0;
        for (Map.Entry<String, Set<Role>> reported : predicted.companies().entrySet()) {
            String name = reported.getKey();
            String folded = NameFold.fold(name);
            ExtractionGold.Company company = byForm.get(folded);
            for (String form : predicted.forms().getOrDefault(name, Set.of())) {
                ExtractionGold.Company byText = byForm.get(NameFold.fold(form));
                if (company == null && byText != null && !matched.containsKey(byText)) {
                    company = byText; // "HP Inc." as the text writes it: "HP"
                }
            }
            ExtractionGold.NotCompany other = notCompanies.get(folded);
            if (company != null && matched.putIfAbsent(company, reported.getValue()) == null) {
                continue;
            }
            if (company != null) {
                problems.add("company reported twice: '" + name + "' is '" + company.name() + "' again");
            } else if (other != null) {
                notCompanyCount++;
                problems.add("not a company: '" + name + "' (" + other.kind() + ")");
            } else {
                problems.add("not a company in the gold: '" + name + "'");
            }
        }
        int rolesRight = 0;
        for (ExtractionGold.Company company : gold.companies()) {
            Set<Role> roles = matched.get(company);
            if (roles == null) {
                problems.add("missed company '" + company.name() + "' " + company.roles());
            } else if (roles.equals(company.roles())) {
                rolesRight++;
            } else {
                problems.add("roles of '" + company.name() + "': " + roles + ", gold " + company.roles());
            }
        }
        return new CompanyCounts(new Tally(matched.size(), gold.companies().size(), predicted.companies().size()),
                rolesRight, notCompanyCount);
    }

    private static Tally pillars(Set<Pillar> gold, Set<Pillar> predicted, List<String> problems) {
        Set<Pillar> right = EnumSet.noneOf(Pillar.class);
        for (Pillar pillar : Pillar.values()) {
            boolean inGold = gold.contains(pillar);
            boolean reported = predicted.contains(pillar);
            if (inGold && reported) {
                right.add(pillar);
            } else if (inGold) {
                problems.add("missed pillar " + pillar);
            } else if (reported) {
                problems.add("pillar not in the gold: " + pillar);
            }
        }
        return new Tally(right.size(), gold.size(), predicted.size());
    }

    private static Tally signatoryCounts(List<StatedCount> gold, List<StatedCount> predicted, List<String> problems) {
        List<StatedCount> unmatched = new ArrayList<>(gold);
        int right = 0;
        for (StatedCount count : predicted) {
            if (unmatched.remove(count)) {
                right++;
            } else {
                problems.add("signatory count not in the gold: " + count);
            }
        }
        unmatched.forEach(count -> problems.add("missed signatory count " + count));
        return new Tally(right, gold.size(), predicted.size());
    }

    /** Tallies a fact stated at most once a text: the pillar count or the signing day. */
    private static <T> Tally single(String fact, T gold, T predicted, List<String> problems) {
        boolean right = gold != null && gold.equals(predicted);
        if (!right && gold != null) {
            problems.add(predicted == null ? "missed " + fact + " " + gold
                    : fact + " " + predicted + ", gold " + gold);
        } else if (!right && predicted != null) {
            problems.add(fact + " not in the gold: " + predicted);
        }
        return new Tally(right ? 1 : 0, gold == null ? 0 : 1, predicted == null ? 0 : 1);
    }

    private static int offTopicErrors(ExtractionPrediction predicted, List<String> problems) {
        int errors = 0;
        for (Map.Entry<String, Set<Role>> company : predicted.companies().entrySet()) {
            Set<Role> roles = EnumSet.copyOf(company.getValue());
            roles.remove(Role.MENTIONED);
            errors += roles.size();
            if (!roles.isEmpty()) {
                problems.add("off-topic text, yet '" + company.getKey() + "' is " + roles);
            }
        }
        int facts = predicted.pillars().size() + predicted.signatoryCounts().size()
                + (predicted.pillarCount() == null ? 0 : 1) + (predicted.signingDay() == null ? 0 : 1);
        if (facts > 0) {
            problems.add("off-topic text, yet " + facts + " pillar(s) or fact(s) reported");
        }
        return errors + facts;
    }
}
