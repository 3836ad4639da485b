package dev.accord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accord.AccordPipeline;
import dev.accord.core.Accord;
import dev.accord.core.Role;
import dev.accord.eval.ExtractionGold;
import dev.accord.eval.ExtractionScorer;
import dev.accord.eval.ExtractionScores;
import dev.accord.eval.StatedCount;
import dev.accord.eval.TextScore;
import dev.accord.extract.Extraction;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code accord eval-extract} on texts of the extraction corpus, scored from the JSON that
 * {@code accord extract} writes for them, from the texts themselves, and from predictions made
 * from the gold.
 */
class EvalExtractCommandTest {

    /** Of the dev half: a Dutch explainer, a Dutch text off the topic, an English explainer. */
    private static final List<String> TEXTS = List.of("explainer-five-questions.nl", "football-ghent-bruges.nl",
            "explainer-plain-guide.en");
    /** Of the test half: a French interview. */
    private static final String TEST_HALF_TEXT = "interview-antwerp-cloud.fr";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    /** Copies {@code NAME.gold.json} and {@code NAME.txt} of the corpus into {@code folder}; returns the gold. */
    private Path corpusText(String name, Path folder) throws IOException {
        Files.createDirectories(folder);
        for (String suffix : List.of(".gold.json", ".txt")) {
            try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream(
                    ExtractionCorpusTest.CORPUS + "/" + name + suffix), name + suffix)) {
                Files.write(folder.resolve(name + suffix), in.readAllBytes());
            }
        }
        return folder.resolve(name + ".gold.json");
    }

    /** Runs {@code accord extract TEXT --lang L} and writes its JSON to {@code folder/NAME.json}. */
    private Path extractJson(Path gold, Path folder) throws Exception {
        String name = EvalExtractCommand.id(gold);
        Path text = gold.resolveSibling(name + ".txt");
        CliRun extract = new CliRun();
        assertEquals(ExitCodes.OK, extract.run("extract", text.toString(), "--lang", GoldJson.read(gold).language()
                .iso639_1()), extract.err.toString());
        Files.createDirectories(folder);
        return Files.writeString(folder.resolve(name + ".json"), extract.out.toString());
    }

    /** The scores of the texts as the library computes them, extracting in memory. */
    private static ExtractionScores libraryScores(List<Path> golds) throws Exception {
        AccordPipeline pipeline = AccordPipeline.standard();
        List<TextScore> texts = new ArrayList<>();
        for (Path gold : golds) {
            ExtractionGold g = GoldJson.read(gold);
            String id = EvalExtractCommand.id(gold);
            texts.add(EvalExtractCommand.extractAndScore(id, g, pipeline.load(gold.resolveSibling(id + ".txt"),
                    g.language()), Extraction.extractor(Accord.cybersecurityTechAccord())));
        }
        return ExtractionScorer.summarize(texts);
    }

    /** Returns the JSON the command writes for {@code scores}, parsed. */
    private static JsonNode expectedJson(ExtractionScores scores) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = JsonOutput.generator(out)) {
            EvalExtractCommand.writeJson(generator, scores);
        }
        return JSON.readTree(out.toString());
    }

    private JsonNode runJson(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add(0, "eval-extract");
        all.add("--json");
        assertEquals(ExitCodes.OK, cli.run(all.toArray(String[]::new)), cli.err.toString());
        return JSON.readTree(cli.out.toString());
    }

    @Test
    void extractsJsonScoresAsTheExtractorsFindingsDo() throws Exception {
        List<Path> golds = new ArrayList<>();
        List<String> args = new ArrayList<>();
        for (String name : TEXTS) {
            Path gold = corpusText(name, dir.resolve("corpus"));
            golds.add(gold);
            args.addAll(List.of("--gold", gold.toString(), "--predicted", extractJson(gold, dir.resolve("json")).toString()));
        }
        JsonNode scored = runJson(args.toArray(String[]::new));
        assertEquals(expectedJson(libraryScores(golds)), scored);
        assertEquals(3, scored.get("total").get("texts").intValue());
        assertEquals(List.of("explainer", "off-topic"), List.copyOf(scored.get("byKind").propertyNames()));
        assertEquals(List.of("nl", "en"), List.copyOf(scored.get("byLanguage").propertyNames()));
        assertFalse(scored.has("bySplit"), "every text is of the dev half");
        assertEquals("football-ghent-bruges.nl", scored.get("texts").get(1).get("id").stringValue());
    }

    @Test
    void textsExtractedOnTheSpotScoreAsTheirJson() throws Exception {
        Path gold = corpusText(TEXTS.get(0), dir);
        Path json = extractJson(gold, dir.resolve("json"));
        JsonNode fromJson = runJson("--gold", gold.toString(), "--predicted", json.toString());
        cli.clear();
        JsonNode fromText = runJson("--gold", gold.toString(), "--text", dir.resolve(TEXTS.get(0) + ".txt").toString(),
                "--lang", "nl");
        assertEquals(fromJson, fromText);
    }

    @Test
    void aPerfectPredictionScoresOne() throws Exception {
        Path gold = corpusText(TEXTS.get(0), dir);
        ExtractionGold g = GoldJson.read(gold);
        JsonNode scored = runJson("--gold", gold.toString(), "--predicted", prediction(gold, null).toString());
        JsonNode total = scored.get("total");
        for (String part : List.of("companies", "pillars")) {
            for (String score : List.of("precision", "recall", "f1")) {
                assertEquals(1.0, total.get(part).get(score).doubleValue(), part + " " + score);
            }
        }
        assertEquals(1.0, total.get("roles").get("accuracy").doubleValue());
        assertEquals(g.companies().size(), total.get("roles").get("right").intValue());
        for (String fact : List.of("signatoryCounts", "pillarCount", "signingDay")) {
            JsonNode tally = total.get(fact);
            assertEquals(tally.get("gold"), tally.get("right"), fact);
            assertEquals(tally.get("gold"), tally.get("reported"), fact);
        }
        assertEquals(2, total.get("signatoryCounts").get("right").intValue());
        assertEquals(0, total.get("offTopicErrors").intValue());
        assertEquals(0, scored.get("texts").get(0).get("differences").size());
    }

    @Test
    void aWrongRoleLowersRoleAccuracyOnly() throws Exception {
        Path gold = corpusText(TEXTS.get(0), dir);
        ExtractionGold g = GoldJson.read(gold);
        int companies = g.companies().size();
        JsonNode scored = runJson("--gold", gold.toString(), "--predicted", prediction(gold, "Cisco").toString());
        JsonNode total = scored.get("total");
        assertEquals(1.0, total.get("companies").get("f1").doubleValue());
        assertEquals((double) (companies - 1) / companies, total.get("roles").get("accuracy").doubleValue());
        assertEquals(companies - 1, total.get("roles").get("right").intValue());
        assertEquals("roles of 'Cisco': [MENTIONED], gold [SIGNATORY]",
                scored.get("texts").get(0).get("differences").get(0).stringValue());
    }

    @Test
    void tableHasARowPerKindLanguageAndAllWithTheDifferencesAfterIt() throws Exception {
        Path gold = corpusText(TEXTS.get(0), dir);
        assertEquals(ExitCodes.OK, cli.run("eval-extract", "--gold", gold.toString(), "--predicted",
                prediction(gold, "Cisco").toString(), "--differences"));
        String out = cli.out.toString();
        List<String> lines = out.lines().toList();
        assertEquals("All, 1 text:", lines.get(0));
        assertTrue(lines.get(1).startsWith("group          texts  co-P  co-R co-F1 roles pil-P pil-R"), out);
        assertTrue(lines.get(2).startsWith("explainer          1  1.00  1.00  1.00  0.93  1.00  1.00"), out);
        assertTrue(lines.get(3).startsWith("lang nl            1"), out);
        assertTrue(lines.get(4).startsWith("all                1"), out);
        assertTrue(out.endsWith("Differences from the gold:\nexplainer-five-questions.nl\n"
                + "    roles of 'Cisco': [MENTIONED], gold [SIGNATORY]\n"), out);
        assertEquals("", cli.err.toString());
    }

    @Test
    void goldsOfBothHalvesGetATableEach() throws Exception {
        Path dev = corpusText(TEXTS.get(0), dir);
        Path test = corpusText(TEST_HALF_TEXT, dir);
        assertEquals(ExitCodes.OK, cli.run("eval-extract", "--gold", dev.toString(), test.toString(),
                "--predicted", prediction(dev, null).toString(),
                prediction(test, null).toString()));
        String out = cli.out.toString();
        assertTrue(out.startsWith("Development half, 1 text:\n"), out);
        assertTrue(out.contains("\n\nTest half, 1 text:\ngroup"), out);
        cli.clear();
        JsonNode scored = runJson("--gold", dev.toString(), test.toString(), "--predicted",
                dir.resolve("from-gold").resolve(TEXTS.get(0) + ".json").toString(),
                dir.resolve("from-gold").resolve(TEST_HALF_TEXT + ".json").toString());
        assertEquals(List.of("dev", "test"), List.copyOf(scored.get("bySplit").propertyNames()));
        assertEquals(1, scored.get("bySplit").get("test").get("texts").intValue());
    }

    @Test
    void foldersArePairedByName() throws Exception {
        Path golds = dir.resolve("gold");
        Path predictions = dir.resolve("predicted");
        List<String> inOrder = new ArrayList<>();
        for (String name : TEXTS) {
            Path gold = corpusText(name, golds);
            Path json = extractJson(gold, predictions);
            inOrder.addAll(List.of("--gold", gold.toString(), "--predicted", json.toString()));
        }
        Files.writeString(predictions.resolve("notes.json"), "not read: it has no gold");
        JsonNode byFolder = runJson("--gold", golds.toString(), "--predicted", predictions.toString());
        assertEquals(3, byFolder.get("total").get("texts").intValue());
        cli.clear();
        JsonNode sorted = runJson(sortedByName(inOrder).toArray(String[]::new));
        assertEquals(sorted, byFolder);
        cli.clear();
        JsonNode textFolder = runJson("--gold", golds.toString(), "--text", golds.toString());
        assertEquals(byFolder, textFolder, "the texts beside their golds, extracted now");
    }

    /** Returns the pairs of {@code --gold G --predicted P} arguments sorted by gold file. */
    private static List<String> sortedByName(List<String> pairs) {
        List<List<String>> groups = new ArrayList<>();
        for (int k = 0; k < pairs.size(); k += 4) {
            groups.add(pairs.subList(k, k + 4));
        }
        groups.sort((a, b) -> a.get(1).compareTo(b.get(1)));
        return groups.stream().flatMap(List::stream).toList();
    }

    @Test
    void aGoldWithoutItsPredictionInTheFolderIsNamed() throws Exception {
        Path golds = dir.resolve("gold");
        Path gold = corpusText(TEXTS.get(0), golds);
        Files.createDirectories(dir.resolve("predicted"));
        assertEquals(ExitCodes.INPUT, cli.run("eval-extract", "--gold", golds.toString(), "--predicted",
                dir.resolve("predicted").toString()));
        assertEquals("accord: " + gold + ": nothing to score it against: no "
                + dir.resolve("predicted").resolve(TEXTS.get(0) + ".json"), cli.err.toString().strip());
    }

    @Test
    void malformedPredictionIsOneLineAndExitThree() throws Exception {
        Path gold = corpusText(TEXTS.get(0), dir);
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"language\":\"nl\",\n\"companies\":[}\n");
        assertEquals(ExitCodes.INPUT, cli.run("eval-extract", "--gold", gold.toString(), "--predicted", broken.toString()));
        String err = cli.err.toString();
        assertEquals("accord: " + broken + ": not valid JSON: Unexpected close marker '}': expected ']' (line 2, "
                + "column 14)", err.strip());
        assertEquals(1, err.lines().count(), err);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "{\"language\":\"nl\",\"companies\":[],\"pillars\":[]}|the top level: missing key(s) [facts]",
        "{\"language\":\"nl\",\"companies\":[{\"name\":\"Cisco\"}],\"pillars\":[],\"facts\":[]}|companies[0]: missing key(s) [roles]",
        "{\"language\":\"fr\",\"companies\":[],\"pillars\":[],\"facts\":[]}|language: fr, but its gold GOLD is nl: are they of the same text?",
    })
    void predictionThatDoesNotFitIsNamedOnOneLine(String json, String message) throws Exception {
        Path gold = corpusText(TEXTS.get(0), dir);
        Path predicted = Files.writeString(dir.resolve("p.json"), json);
        assertEquals(ExitCodes.INPUT, cli.run("eval-extract", "--gold", gold.toString(), "--predicted", predicted.toString()));
        assertEquals("accord: " + predicted + ": " + message.replace("GOLD", gold.toString()), cli.err.toString().strip());
    }

    @Test
    void malformedGoldIsOneLineAndExitThree() throws Exception {
        Path gold = Files.writeString(dir.resolve("x.nl.gold.json"), "{\"language\":\"nl\"}");
        Path predicted = Files.writeString(dir.resolve("x.nl.json"), "{}");
        assertEquals(ExitCodes.INPUT, cli.run("eval-extract", "--gold", gold.toString(), "--predicted", predicted.toString()));
        assertEquals("accord: " + gold + ": the top level: missing key(s) [aboutAccord, companies, facts, kind, "
                + "notCompanies, pillars, split] (every key is required: use [] or null)", cli.err.toString().strip());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "--predicted P --text T|give --predicted or --text, not both",
        "''|give what to score against the gold: --predicted PRED... (the JSON of accord extract) or --text TEXT...",
        "--predicted P P|got 1 gold files but 2 files to score: give one per gold file, in the same order",
        "--predicted P --lang nl|--lang is for --text: a prediction's JSON says its language and is read as UTF-8",
        "--predicted DIR|folders are paired by name: give one gold folder and one folder to score, and no files",
    })
    void optionsThatDoNotGoTogetherAreAUsageError(String options, String message) throws Exception {
        Path gold = corpusText(TEXTS.get(0), dir);
        Path predicted = Files.writeString(dir.resolve("p.json"), "{}");
        List<String> args = new ArrayList<>(List.of("eval-extract", "--gold", gold.toString()));
        for (String option : options.split(" ")) {
            if (!option.isEmpty()) {
                args.add(switch (option) {
                    case "P", "T" -> predicted.toString();
                    case "DIR" -> dir.toString();
                    default -> option;
                });
            }
        }
        assertEquals(ExitCodes.USAGE, cli.run(args.toArray(String[]::new)));
        assertEquals("accord: " + message + " (see 'accord eval-extract --help')", cli.err.toString().strip());
    }

    @Test
    void aTextInALanguageExtractionDoesNotReadIsScoredAsNothingFoundWithAWarning() throws Exception {
        Path gold = Files.writeString(dir.resolve("kurz.de.gold.json"), """
                {"language": "de", "kind": "brief", "split": "test", "aboutAccord": true,
                 "companies": [{"name": "Siemens", "aliases": [], "roles": ["SIGNATORY"]}], "notCompanies": [],
                 "pillars": [], "facts": {"signatoryCounts": [], "pillarCount": null, "signingDay": null}}
                """);
        Path text = Files.writeString(dir.resolve("kurz.de.txt"),
                "Siemens hat den Cybersecurity Tech Accord unterzeichnet. Das Unternehmen ist nun dabei.\n");
        JsonNode scored = runJson("--gold", gold.toString(), "--text", text.toString(), "--force");
        assertEquals(1, scored.get("total").get("notExtracted").intValue());
        assertEquals(0, scored.get("total").get("companies").get("right").intValue());
        assertEquals(1, scored.get("total").get("companies").get("gold").intValue());
        assertEquals("accord: warning: " + text + ": not extracted: extraction does not read German texts; scored as "
                + "if nothing was found", cli.err.toString().strip());
    }

    @Test
    void aTextInALanguageOtherThanItsGoldsIsRefused() throws Exception {
        Path gold = corpusText(TEXTS.get(0), dir);
        assertEquals(ExitCodes.INPUT, cli.run("eval-extract", "--gold", gold.toString(), "--text",
                dir.resolve(TEXTS.get(0) + ".txt").toString(), "--lang", "fr"));
        assertEquals("accord: " + gold + ": the gold is of a Dutch text, but --lang says French",
                cli.err.toString().strip());
    }

    /**
     * Writes the prediction of everything a gold states, as extract's JSON without its optional
     * keys, to {@code from-gold/NAME.LANG.json}; with {@code mentionedOnly}, that company is
     * reported as only {@link Role#MENTIONED}.
     */
    private Path prediction(Path goldFile, String mentionedOnly) throws Exception {
        ExtractionGold gold = GoldJson.read(goldFile);
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JsonOutput.generator(out)) {
            json.writeStartObject();
            json.writeName("language").writeString(gold.language().iso639_1());
            json.writeName("companies").writeStartArray();
            for (ExtractionGold.Company company : gold.companies()) {
                json.writeStartObject();
                json.writeName("name").writeString(company.name());
                json.writeName("roles").writeStartArray();
                for (Role role : company.name().equals(mentionedOnly) ? Set.of(Role.MENTIONED) : company.roles()) {
                    json.writeString(role.name());
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeName("pillars").writeStartArray();
            gold.pillars().forEach(p -> json.writeStartObject().writeName("pillar").writeString(p.name()).writeEndObject());
            json.writeEndArray();
            json.writeName("facts").writeStartArray();
            for (StatedCount count : gold.facts().signatoryCounts()) {
                json.writeStartObject();
                json.writeName("fact").writeString("signatoryCount");
                json.writeName("value").writeNumber(count.value());
                json.writeName("qualifier").writeString(count.qualifier().name());
                json.writeEndObject();
            }
            if (gold.facts().pillarCount() != null) {
                json.writeStartObject().writeName("fact").writeString("pillarCount")
                        .writeName("value").writeNumber(gold.facts().pillarCount()).writeEndObject();
            }
            if (gold.facts().signingDay() != null) {
                json.writeStartObject().writeName("fact").writeString("signingDay")
                        .writeName("value").writeString("dinsdag")
                        .writeName("dayOfWeek").writeString(gold.facts().signingDay().name()).writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        Path folder = Files.createDirectories(dir.resolve("from-gold"));
        return Files.writeString(folder.resolve(EvalExtractCommand.id(goldFile) + ".json"), out.toString());
    }
}
