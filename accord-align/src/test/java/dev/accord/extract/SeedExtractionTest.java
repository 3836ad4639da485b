package dev.accord.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accord.core.Accord;
import dev.accord.testing.Json;
import dev.accord.core.Pillar;
import dev.accord.core.Role;
import dev.accord.core.align.Alignment;
import dev.accord.core.align.Bead;
import dev.accord.core.extract.BilingualReport;
import dev.accord.core.extract.CompanyFinding;
import dev.accord.core.extract.CompanyMention;
import dev.accord.core.extract.DocumentFindings;
import dev.accord.core.extract.Fact;
import dev.accord.core.extract.PillarStatement;
import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The seed articles against the gold annotation (annotations.json), in both languages. */
class SeedExtractionTest {

    private static Map<String, Object> gold;
    private static BilingualReport report;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void extractSeed() throws IOException {
        gold = (Map<String, Object>) Json.parse(resource("/seed/annotations.json"));
        Document nl = Texts.seed(Language.NL);
        Document fr = Texts.seed(Language.FR);
        report = Extraction.bilingual(Accord.cybersecurityTechAccord(), nl, fr, goldAlignment(nl, fr));
    }

    static String resource(String name) throws IOException {
        try (InputStream in = SeedExtractionTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Alignment goldAlignment(Document nl, Document fr) throws IOException {
        List<Bead> beads = new ArrayList<>();
        for (String line : resource("/seed/alignment.gold").strip().split("\n")) {
            String[] sides = line.strip().split(":");
            beads.add(Bead.of(ids(sides[0]), ids(sides[1])));
        }
        return Alignment.of(nl, fr, beads);
    }

    private static List<Integer> ids(String list) {
        String inner = list.strip().replaceAll("[\\[\\]]", "");
        return inner.isBlank() ? List.of()
                : java.util.Arrays.stream(inner.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }

    private static DocumentFindings findings(Language l) {
        return report.findings(l);
    }

    @SuppressWarnings("unchecked")
    private static <T> T at(String... path) {
        Object o = gold;
        for (String p : path) {
            o = ((Map<String, Object>) o).get(p);
        }
        return (T) o;
    }

    private static int intValue(Object o) {
        return ((Number) o).intValue();
    }

    @ParameterizedTest
    @EnumSource(names = {"NL", "FR"})
    void everyCompanyMentionMatchesTheGoldAndNoOther(Language l) {
        List<Map<String, Object>> expected = at("companyMentions", l.iso639_1());
        Set<String> want = expected.stream().map(m -> m.get("company") + "@" + intValue(m.get("sentence")))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> got = findings(l).companies().stream().flatMap(c -> c.mentions().stream())
                .map(m -> m.company() + "@" + m.sentence()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(want, got);
    }

    @ParameterizedTest
    @EnumSource(names = {"NL", "FR"})
    void mentionSpansCoverTheNameInTheDocument(Language l) {
        Document d = report.document(l);
        for (CompanyFinding c : findings(l).companies()) {
            for (CompanyMention m : c.mentions()) {
                assertEquals(m.text(), m.span().coveredText(d.text()));
                assertTrue(d.sentence(m.sentence()).span().contains(m.span()), m.toString());
                assertEquals(c.name(), m.text(), "the seed writes every name in its canonical form");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"NL", "FR"})
    void rolesMatchTheGold(Language l) {
        Map<String, Role> roleOf = Map.of("initiator", Role.INITIATOR, "signatory", Role.SIGNATORY,
                "nonSignatory", Role.NON_SIGNATORY);
        for (Map.Entry<String, Role> e : roleOf.entrySet()) {
            List<String> want = at("companyRoles", e.getKey());
            Set<String> got = findings(l).companies().stream().filter(c -> c.roles().contains(e.getValue()))
                    .map(CompanyFinding::name).collect(Collectors.toSet());
            assertEquals(new TreeSet<>(want), new TreeSet<>(got), e.getKey());
        }
        assertTrue(findings(l).companies().stream().noneMatch(c -> c.roles().contains(Role.MENTIONED)));
    }

    @ParameterizedTest
    @EnumSource(names = {"NL", "FR"})
    void parentsMatchTheGold(Language l) {
        Map<String, String> want = at("companyRoles", "parentOf");
        Map<String, String> got = new TreeMap<>();
        findings(l).companies().forEach(c -> c.parent().ifPresent(p -> got.put(c.name(), p)));
        assertEquals(new TreeMap<>(want), got);
    }

    @ParameterizedTest
    @EnumSource(names = {"NL", "FR"})
    void pillarSentencesMatchTheGold(Language l) {
        Map<String, List<Object>> want = at("pillars");
        Map<String, List<Integer>> wanted = new TreeMap<>();
        want.forEach((k, v) -> wanted.put(k, v.stream().map(SeedExtractionTest::intValue).toList()));
        Map<String, List<Integer>> got = new TreeMap<>();
        for (PillarStatement p : findings(l).pillars()) {
            got.put(p.pillar().name(), p.sentences());
        }
        assertEquals(wanted, got);
        assertEquals(List.of(Pillar.values()), findings(l).pillars().stream().map(PillarStatement::pillar).toList());
    }

    @ParameterizedTest
    @EnumSource(names = {"NL", "FR"})
    void factsMatchTheGold(Language l) {
        List<Fact> facts = findings(l).facts();
        List<Integer> countSentences = at("facts", "signatoryCountSentences");
        assertEquals(new Fact.SignatoryCount(intValue(at("facts", "signatoryCount")),
                ((List<Object>) (List<?>) countSentences).stream().map(SeedExtractionTest::intValue).toList()), facts.get(0));
        assertEquals(new Fact.PillarCount(intValue(at("facts", "pillarCount")),
                List.of(intValue(at("facts", "pillarCountSentence")))), facts.get(1));
        Fact.SigningDay day = (Fact.SigningDay) facts.get(2);
        assertEquals(at("facts", "signingDay", l.iso639_1()), day.day());
        Fact.FirstMeeting meeting = (Fact.FirstMeeting) facts.get(3);
        assertEquals(at("facts", "firstMeeting", "event"), meeting.meeting().event());
        assertEquals(at("facts", "firstMeeting", "location"), meeting.meeting().place());
        assertEquals(List.of(intValue(at("facts", "firstMeeting", "sentence"))), meeting.sentences());
        assertEquals(4, facts.size());
    }

    @ParameterizedTest
    @EnumSource(names = {"NL", "FR"})
    void eventsPlacesAndTheAccordAreNoCompanies(Language l) {
        List<Map<String, Object>> not = at("notCompanies", l.iso639_1());
        Document d = report.document(l);
        for (Map<String, Object> n : not) {
            int sentence = intValue(n.get("sentence"));
            String text = (String) n.get("text");
            int start = d.sentence(sentence).span().start() + d.sentence(sentence).text().indexOf(text);
            for (CompanyFinding c : findings(l).companies()) {
                for (CompanyMention m : c.mentions()) {
                    assertTrue(m.span().end() <= start || m.span().start() >= start + text.length(),
                            c.name() + " found inside " + n.get("kind") + " '" + text + "'");
                }
            }
        }
        assertTrue(findings(l).companies().stream().noneMatch(c -> c.name().contains("Accord")));
    }

    @ParameterizedTest
    @EnumSource(names = {"NL", "FR"})
    void theTwoSeedArticlesAgreeOnEverything(Language ignored) {
        assertEquals(List.of(), report.reconciliation().disagreements());
        assertTrue(report.reconciliation().agreements().size() >= 9 + 9 + 4 + 4);
    }
}
