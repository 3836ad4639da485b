package dev.accord.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accord.core.Pillar;
import dev.accord.core.Role;
import dev.accord.core.extract.CountQualifier;
import dev.accord.core.text.Language;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExtractionScorerTest {

    private static final ExtractionGold.Company MICROSOFT = new ExtractionGold.Company("Microsoft",
            List.of("Microsoft Corp."), Set.of(Role.INITIATOR, Role.SIGNATORY));
    private static final ExtractionGold.Company HPE = new ExtractionGold.Company("Hewlett Packard Enterprise",
            List.of("HPE"), Set.of(Role.SIGNATORY));
    private static final ExtractionGold.Company APPLE = new ExtractionGold.Company("Apple", List.of(),
            Set.of(Role.NON_SIGNATORY));
    private static final ExtractionGold.Facts FACTS = new ExtractionGold.Facts(
            List.of(new StatedCount(34, CountQualifier.EXACT), new StatedCount(100, CountQualifier.MORE_THAN)), 4,
            DayOfWeek.TUESDAY);
    private static final ExtractionGold GOLD = new ExtractionGold(Language.EN, TextKind.WIRE, CorpusSplit.DEV, true,
            List.of(MICROSOFT, HPE, APPLE), List.of(new ExtractionGold.NotCompany("Brad Smith",
                    ExtractionGold.NotCompany.Kind.PERSON)),
            Set.of(Pillar.STRONGER_DEFENSE, Pillar.NO_OFFENSE), FACTS);

    /** The gold itself, as an extractor would report it. */
    private static ExtractionPrediction perfect() {
        return new ExtractionPrediction(companies("Microsoft", Set.of(Role.INITIATOR, Role.SIGNATORY),
                "Hewlett Packard Enterprise", Set.of(Role.SIGNATORY), "Apple", Set.of(Role.NON_SIGNATORY)),
                GOLD.pillars(), FACTS.signatoryCounts(), 4, DayOfWeek.TUESDAY);
    }

    private static Map<String, Set<Role>> companies(Object... nameThenRoles) {
        Map<String, Set<Role>> map = new LinkedHashMap<>();
        for (int i = 0; i < nameThenRoles.length; i += 2) {
            @SuppressWarnings("unchecked")
            Set<Role> roles = (Set<Role>) nameThenRoles[i + 1];
            map.put((String) nameThenRoles[i], roles);
        }
        return map;
    }

    private static ExtractionPrediction withCompanies(Map<String, Set<Role>> companies) {
        ExtractionPrediction p = perfect();
        return new ExtractionPrediction(companies, p.pillars(), p.signatoryCounts(), p.pillarCount(), p.signingDay());
    }

    @Test
    void perfectPredictionScoresOneEverywhere() {
        TextScore score = ExtractionScorer.score("wire.en", GOLD, perfect());
        ExtractionCounts c = score.counts();
        assertEquals(new PrecisionRecall(1.0, 1.0, 1.0), c.companyScores());
        assertEquals(1.0, c.roleAccuracy());
        assertEquals(new PrecisionRecall(1.0, 1.0, 1.0), c.pillarScores());
        assertTrue(c.factsPerfect());
        assertEquals(0, c.offTopicErrors());
        assertEquals(List.of(), score.problems());
    }

    @Test
    void missedCompanyLowersRecallButNotPrecision() {
        TextScore score = ExtractionScorer.score("t", GOLD, withCompanies(companies(
                "Microsoft", Set.of(Role.INITIATOR, Role.SIGNATORY), "Apple", Set.of(Role.NON_SIGNATORY))));
        PrecisionRecall companies = score.counts().companyScores();
        assertEquals(1.0, companies.precision());
        assertEquals(2.0 / 3, companies.recall(), 1e-12);
        assertEquals(0.8, companies.f1(), 1e-12);
        assertEquals(List.of("missed company 'Hewlett Packard Enterprise' [SIGNATORY]"), score.problems());
    }

    @Test
    void wrongRoleLowersRoleAccuracyButNotCompanyScores() {
        TextScore score = ExtractionScorer.score("t", GOLD, withCompanies(companies(
                "Microsoft", Set.of(Role.SIGNATORY), "HPE", Set.of(Role.SIGNATORY), "Apple", Set.of(Role.NON_SIGNATORY))));
        assertEquals(1.0, score.counts().companyScores().f1());
        assertEquals(2.0 / 3, score.counts().roleAccuracy(), 1e-12);
        assertEquals(List.of("roles of 'Microsoft': [SIGNATORY], gold [INITIATOR, SIGNATORY]"), score.problems());
    }

    @Test
    void companyMatchesThroughAnAlias() {
        TextScore score = ExtractionScorer.score("t", GOLD, withCompanies(companies(
                "Microsoft Corp", Set.of(Role.INITIATOR, Role.SIGNATORY), "hpe", Set.of(Role.SIGNATORY),
                "Apple", Set.of(Role.NON_SIGNATORY))));
        assertEquals(new Tally(3, 3, 3), score.counts().companies());
        assertEquals(3, score.counts().rolesRight());
    }

    @Test
    void companyReportedTwiceUnderTwoNamesCountsOnceAndTheSecondIsAFalsePositive() {
        TextScore score = ExtractionScorer.score("t", GOLD, withCompanies(companies(
                "Microsoft", Set.of(Role.INITIATOR, Role.SIGNATORY), "Hewlett Packard Enterprise", Set.of(Role.SIGNATORY),
                "HPE", Set.of(Role.MENTIONED), "Apple", Set.of(Role.NON_SIGNATORY))));
        assertEquals(new Tally(3, 3, 4), score.counts().companies());
        assertEquals(3, score.counts().rolesRight());
        assertEquals(List.of("company reported twice: 'HPE' is 'Hewlett Packard Enterprise' again"), score.problems());
    }

    @Test
    void personReportedAsCompanyIsAFalsePositiveCountedAsNotACompany() {
        Map<String, Set<Role>> reported = new LinkedHashMap<>(perfect().companies());
        reported.put("Brad Smith", Set.of(Role.SIGNATORY));
        reported.put("Veridian", Set.of(Role.MENTIONED));
        ExtractionCounts c = ExtractionScorer.score("t", GOLD, withCompanies(reported)).counts();
        assertEquals(new Tally(3, 3, 5), c.companies());
        assertEquals(0.6, c.companyScores().precision(), 1e-12);
        assertEquals(1, c.notCompaniesReported());
    }

    @ParameterizedTest(name = "''{0}'' folds to ''{1}''")
    @CsvSource(delimiter = '|', value = {
        "Telefónica S.A.|telefonica sa",
        "  Hewlett   Packard\tEnterprise |hewlett packard enterprise",
        "F-Secure|fsecure",
        "ORANGE BELGIUM|orange belgium",
        "Nestlé|nestle",
        "AT&T|att",
        "...|''",
    })
    void namesFoldToLowerCaseAsciiWithoutPunctuationAndWithSingleSpaces(String name, String folded) {
        assertEquals(folded, NameFold.fold(name));
    }

    @Test
    void foldedNamesMatchAcrossCaseAccentsAndPunctuation() {
        ExtractionGold gold = new ExtractionGold(Language.FR, TextKind.BRIEF, CorpusSplit.TEST, true,
                List.of(new ExtractionGold.Company("Telefónica", List.of(), Set.of(Role.SIGNATORY)),
                        new ExtractionGold.Company("F-Secure", List.of(), Set.of(Role.SIGNATORY))),
                List.of(), Set.of(), ExtractionGold.Facts.NONE);
        ExtractionPrediction predicted = new ExtractionPrediction(companies("TELEFONICA", Set.of(Role.SIGNATORY),
                "FSecure", Set.of(Role.SIGNATORY)), Set.of(), List.of(), null, null);
        assertEquals(new Tally(2, 2, 2), ExtractionScorer.score("t", gold, predicted).counts().companies());
    }

    @Test
    void aCompanyMatchesByTheFormTheTextWritesItInWhenItsNameDoesNot() {
        ExtractionGold gold = new ExtractionGold(Language.NL, TextKind.WIRE, CorpusSplit.DEV, true,
                List.of(new ExtractionGold.Company("HP", List.of(), Set.of(Role.SIGNATORY)),
                        new ExtractionGold.Company("Cisco", List.of(), Set.of(Role.SIGNATORY))),
                List.of(), Set.of(), ExtractionGold.Facts.NONE);
        ExtractionPrediction predicted = new ExtractionPrediction(
                companies("HP Inc.", Set.of(Role.SIGNATORY), "Cisco", Set.of(Role.SIGNATORY), "Juniper Networks", Set.of(Role.SIGNATORY)),
                Map.of("HP Inc.", Set.of("HP"), "Juniper Networks", Set.of("Juniper")), Set.of(), List.of(), null, null);
        TextScore score = ExtractionScorer.score("t", gold, predicted);
        assertEquals(new Tally(2, 2, 3), score.counts().companies());
        assertEquals(2, score.counts().rolesRight());
        assertEquals(List.of("not a company in the gold: 'Juniper Networks'"), score.problems());
    }

    @Test
    void offTopicTextCountsEveryRoleOtherThanMentionedAndEveryPillarAndFact() {
        ExtractionGold gold = new ExtractionGold(Language.NL, TextKind.OFF_TOPIC, CorpusSplit.DEV, false,
                List.of(new ExtractionGold.Company("Proximus", List.of(), Set.of(Role.MENTIONED))),
                List.of(new ExtractionGold.NotCompany("Anderlecht", ExtractionGold.NotCompany.Kind.TEAM)),
                Set.of(), ExtractionGold.Facts.NONE);
        ExtractionPrediction predicted = new ExtractionPrediction(companies(
                "Proximus", Set.of(Role.INITIATOR, Role.SIGNATORY), "Anderlecht", Set.of(Role.NON_SIGNATORY)),
                Set.of(Pillar.COLLECTIVE_ACTION), List.of(new StatedCount(11, CountQualifier.EXACT)), null,
                DayOfWeek.SUNDAY);
        ExtractionCounts c = ExtractionScorer.score("t", gold, predicted).counts();
        assertEquals(6, c.offTopicErrors()); // 3 roles, 1 pillar, 1 count, 1 day
        assertEquals(0, c.rolesRight());
        assertEquals(1, c.notCompaniesReported());
    }

    @Test
    void offTopicTextWithOnlyMentionsHasNoError() {
        ExtractionGold gold = new ExtractionGold(Language.EN, TextKind.OFF_TOPIC, CorpusSplit.TEST, false,
                List.of(new ExtractionGold.Company("Proximus", List.of(), Set.of(Role.MENTIONED))),
                List.of(), Set.of(), ExtractionGold.Facts.NONE);
        ExtractionPrediction predicted = new ExtractionPrediction(companies("Proximus", Set.of(Role.MENTIONED)),
                Set.of(), List.of(), null, null);
        TextScore score = ExtractionScorer.score("t", gold, predicted);
        assertEquals(0, score.counts().offTopicErrors());
        assertEquals(List.of(), score.problems());
    }

    @Test
    void signatoryCountIsRightOnlyWithItsQualifier() {
        ExtractionPrediction p = perfect();
        ExtractionPrediction exactHundred = new ExtractionPrediction(p.companies(), p.pillars(),
                List.of(new StatedCount(34, CountQualifier.EXACT), new StatedCount(100, CountQualifier.EXACT)),
                p.pillarCount(), p.signingDay());
        TextScore score = ExtractionScorer.score("t", GOLD, exactHundred);
        assertEquals(new Tally(1, 2, 2), score.counts().signatoryCounts());
        assertEquals(List.of("signatory count not in the gold: 100 EXACT", "missed signatory count 100 MORE_THAN"),
                score.problems());
    }

    @Test
    void wrongDayAndMissedPillarCountAreEachTallied() {
        ExtractionPrediction p = perfect();
        ExtractionPrediction wrong = new ExtractionPrediction(p.companies(), Set.of(Pillar.STRONGER_DEFENSE,
                Pillar.CAPACITY_BUILDING), p.signatoryCounts(), null, DayOfWeek.MONDAY);
        ExtractionCounts c = ExtractionScorer.score("t", GOLD, wrong).counts();
        assertEquals(new Tally(0, 1, 0), c.pillarCounts());
        assertEquals(new Tally(0, 1, 1), c.signingDays());
        assertEquals(new PrecisionRecall(0.5, 0.5, 0.5), c.pillarScores());
        assertTrue(!c.factsPerfect());
    }

    @Test
    void textNotExtractedScoresAsNothingFoundAndIsCounted() {
        TextScore score = ExtractionScorer.notExtracted("wire.en", GOLD, "English is not supported");
        assertTrue(score.notExtracted());
        assertEquals(new Tally(0, 3, 0), score.counts().companies());
        assertEquals("not extracted: English is not supported", score.problems().getFirst());
    }

    @Test
    void sumsAddCountsBeforeRatiosAndGroupByKindAndLanguage() {
        ExtractionGold other = new ExtractionGold(Language.NL, TextKind.OPINION, CorpusSplit.TEST, true,
                List.of(MICROSOFT), List.of(), Set.of(), ExtractionGold.Facts.NONE);
        ExtractionScores scores = ExtractionScorer.summarize(List.of(
                ExtractionScorer.score("a", GOLD, perfect()),
                ExtractionScorer.notExtracted("b", other, "failed")));
        assertEquals(new Tally(3, 4, 3), scores.total().companies());
        assertEquals(0.75, scores.total().companyScores().recall());
        assertEquals(Set.of(TextKind.WIRE, TextKind.OPINION), scores.byKind().keySet());
        assertEquals(List.of(Language.NL, Language.EN), List.copyOf(scores.byLanguage().keySet()));
        assertEquals(1, scores.split(CorpusSplit.TEST).total().texts());
        assertEquals(1, scores.split(CorpusSplit.TEST).total().notExtracted());
    }

    @Test
    void tableHasOneRowPerKindPerLanguageAndForAll() {
        ExtractionScores scores = ExtractionScorer.summarize(List.of(ExtractionScorer.score("a", GOLD, perfect())));
        List<String> lines = ExtractionTable.render(scores).lines().toList();
        assertEquals(4, lines.size(), ExtractionTable.render(scores));
        assertTrue(lines.get(1).startsWith("wire "), lines.get(1));
        assertTrue(lines.get(2).startsWith("lang en "), lines.get(2));
        assertTrue(lines.get(3).matches("all\\s+1\\s+1\\.00\\s+1\\.00\\s+1\\.00\\s+1\\.00\\s+1\\.00\\s+1\\.00"
                + "\\s+2/2 \\(2\\)\\s+1/1 \\(1\\)\\s+1/1 \\(1\\)\\s+0\\s+0"), lines.get(3));
    }

    @Test
    void goldRefusesTwoCompaniesWithTheSameFoldedName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ExtractionGold(
                Language.EN, TextKind.LIST, CorpusSplit.DEV, true,
                List.of(HPE, new ExtractionGold.Company("H.P.E.", List.of(), Set.of(Role.MENTIONED))),
                List.of(), Set.of(), ExtractionGold.Facts.NONE));
        assertEquals("companies 'Hewlett Packard Enterprise' and 'H.P.E.' both answer to 'H.P.E.': give each company "
                + "one entry", e.getMessage());
    }

    @Test
    void goldOfATextNotAboutTheAccordRefusesRoles() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ExtractionGold(
                Language.EN, TextKind.OFF_TOPIC, CorpusSplit.DEV, false, List.of(APPLE), List.of(), Set.of(),
                ExtractionGold.Facts.NONE));
        assertEquals("the text is not about the accord, so company 'Apple' can only be MENTIONED, not [NON_SIGNATORY]",
                e.getMessage());
    }

    @Test
    void goldCompanyRefusesMentionedWithAnotherRole() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ExtractionGold.Company("SAP", List.of(), EnumSet.of(Role.MENTIONED, Role.SIGNATORY)));
        assertEquals("company 'SAP' has roles [SIGNATORY, MENTIONED]: MENTIONED means the text gives no other role",
                e.getMessage());
    }
}
