package dev.accord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accord.testing.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractAndReportCommandTest {

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    private Path copy(String resource, String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            Path p = dir.resolve(name);
            Files.write(p, in.readAllBytes());
            return p;
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T at(Object json, String... path) {
        Object o = json;
        for (String p : path) {
            o = ((Map<String, Object>) o).get(p);
        }
        return (T) o;
    }

    @Test
    void reportWithoutArgumentsCoversTheBundledSeedArticles() {
        assertEquals(ExitCodes.OK, cli.run("report"), cli.err.toString());
        String report = cli.out.toString();
        for (String part : List.of("== Aligned sentences", "== The four pillars", "== Companies", "== Facts",
                "== Reconciliation", "NL  INITIATOR, SIGNATORY", "NON_SIGNATORY; parent Alphabet",
                "RSA Conference, San Francisco", "0 disagreements")) {
            assertTrue(report.contains(part), "missing '" + part + "' in\n" + report);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void extractPrintsTheJsonShapeOfTheIssue() throws IOException {
        Path nl = copy("/corpus/seed-nl.txt", "nl.txt");
        Path fr = copy("/corpus/seed-fr.txt", "fr.txt");
        assertEquals(ExitCodes.OK, cli.run("extract", nl.toString(), fr.toString()), cli.err.toString());
        Object json = Json.parse(cli.out.toString().strip());
        List<Object> companies = at(json, "nl", "companies");
        Map<String, Object> google = companies.stream().map(c -> (Map<String, Object>) c)
                .filter(c -> c.get("name").equals("Google")).findFirst().orElseThrow();
        assertEquals(List.of("NON_SIGNATORY"), google.get("roles"));
        assertEquals("Alphabet", google.get("parent"));
        Map<String, Object> mention = (Map<String, Object>) ((List<Object>) google.get("mentions")).get(0);
        assertEquals("Google", mention.get("text"));
        assertEquals(6.0, (Double) mention.get("end") - (Double) mention.get("start"));
        assertEquals(4, ((List<?>) at(json, "fr", "pillars")).size());
        List<Map<String, Object>> facts = ((List<Object>) at(json, "fr", "facts")).stream().map(f -> (Map<String, Object>) f).toList();
        assertEquals(Map.of("fact", "signatoryCount", "value", 34.0, "qualifier", "EXACT", "sentences", List.of(0.0, 8.0, 13.0)),
                facts.get(0));
        assertEquals(List.of("mardi", "TUESDAY"), List.of(facts.get(2).get("value"), facts.get(2).get("dayOfWeek")));
        assertEquals(Boolean.TRUE, at(json, "fr", "aboutAccord"));
        assertEquals(Boolean.TRUE, at(json, "reconciliation", "consistent"));
        assertTrue(((List<?>) at(json, "alignment")).size() >= 17);
        assertEquals(18, ((List<?>) at(json, "nl", "sentences")).size());
    }

    @Test
    void extractReadsPreSplitSentencesAndPrintsText() throws IOException {
        Path nl = copy("/seed/nl.sentences.txt", "nl.txt");
        Path fr = copy("/seed/fr.sentences.txt", "fr.txt");
        assertEquals(ExitCodes.OK, cli.run("extract", nl.toString(), fr.toString(), "--input", "sentences",
                "--format", "text"), cli.err.toString());
        assertTrue(cli.out.toString().contains("Dutch 18 sentences, French 20 sentences"), cli.out.toString());
        assertTrue(cli.out.toString().contains("== Companies"), cli.out.toString());
        assertTrue(!cli.out.toString().contains("== Aligned sentences"), cli.out.toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void extractOfOneTextPrintsWhatThatTextSays() throws IOException {
        Path fr = copy("/corpus/seed-fr.txt", "fr.txt");
        assertEquals(ExitCodes.OK, cli.run("extract", fr.toString(), "--lang", "fr"), cli.err.toString());
        Object json = Json.parse(cli.out.toString().strip());
        assertEquals("fr", at(json, "language"));
        assertEquals(20, ((List<?>) at(json, "sentences")).size());
        assertEquals(4, ((List<?>) at(json, "pillars")).size());
        List<Object> facts = at(json, "facts");
        assertTrue(facts.contains(Map.of("fact", "signingDay", "value", "mardi", "dayOfWeek", "TUESDAY", "sentences", List.of(0.0))),
                facts.toString());
        List<Object> companies = at(json, "companies");
        assertTrue(companies.stream().map(c -> ((Map<String, Object>) c).get("name")).toList().contains("Microsoft"));
        cli.out.getBuffer().setLength(0);
        assertEquals(ExitCodes.OK, cli.run("extract", fr.toString(), "--lang", "fr", "--format", "text"), cli.err.toString());
        String text = cli.out.toString();
        for (String part : List.of("French 20 sentences", "== The four pillars", "FR  [7]", "== Companies",
                "NON_SIGNATORY; parent Alphabet", "signingDay       FR mardi [0]")) {
            assertTrue(text.contains(part), "missing '" + part + "' in\n" + text);
        }
    }

    @Test
    void reportWithOnlyOneFileIsAUsageError() throws IOException {
        Path nl = copy("/corpus/seed-nl.txt", "nl.txt");
        assertEquals(ExitCodes.USAGE, cli.run("report", nl.toString()));
        String message = cli.err.toString().strip();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.startsWith("accord: give SOURCE and TARGET, or no file"), message);
    }

    @Test
    void extractOfAMissingFileIsAnInputError() {
        assertEquals(ExitCodes.INPUT, cli.run("extract", dir.resolve("none.txt").toString(),
                dir.resolve("none-fr.txt").toString()));
        String message = cli.err.toString().strip();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.startsWith("accord: " + dir.resolve("none.txt")), message);
    }

    @Test
    void anUnknownFormatIsAUsageError() throws IOException {
        Path nl = copy("/corpus/seed-nl.txt", "nl.txt");
        assertEquals(ExitCodes.USAGE, cli.run("extract", nl.toString(), nl.toString(), "--format", "xml"));
        assertTrue(cli.err.toString().contains("unknown format 'xml': expected json or text"), cli.err.toString());
    }

    @Test
    void aFrenchTextAndItsEnglishTranslationAreReconciledWithARoleCarriedOver() throws IOException {
        Path fr = dir.resolve("fr.txt");
        Path en = dir.resolve("en.txt");
        Files.writeString(fr, """
                Mardi, Cisco et Oracle ont signé le Cybersecurity Tech Accord, une initiative de Microsoft.

                Le réseau de la salle était fourni par Nokia, qui a également signé. Google et Apple n'ont pas signé.
                """, StandardCharsets.UTF_8);
        Files.writeString(en, """
                On Tuesday, Cisco and Oracle signed the Cybersecurity Tech Accord, an initiative of Microsoft.

                The hall's network was supplied by Nokia. Google and Apple did not sign.
                """, StandardCharsets.UTF_8);
        assertEquals(ExitCodes.OK, cli.run("extract", fr.toString(), en.toString(), "--source-lang", "fr", "--target-lang", "en",
                "--format", "text"), cli.err.toString());
        String text = cli.out.toString();
        for (String part : List.of("French 3 sentences, English 3 sentences", "   FR  SIGNATORY  | 1:", "   EN  MENTIONED  | 1:",
                "1 role carried over from the translation", "carried  COMPANY  Nokia              SIGNATORY, stated only in the French text",
                "signingDay       FR Mardi [0]", "EN Tuesday [0]")) {
            assertTrue(text.contains(part), "missing '" + part + "' in\n" + text);
        }
    }
}
