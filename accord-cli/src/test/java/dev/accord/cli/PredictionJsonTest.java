package dev.accord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.accord.AccordPipeline;
import dev.accord.core.Accord;
import dev.accord.core.Pillar;
import dev.accord.core.Role;
import dev.accord.core.extract.CountQualifier;
import dev.accord.core.extract.DocumentFindings;
import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import dev.accord.eval.ExtractionPrediction;
import dev.accord.eval.StatedCount;
import dev.accord.extract.Extraction;
import dev.accord.io.InvalidInputException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PredictionJsonTest {

    private static final Path FILE = Path.of("wire-x.nl.json");

    /** What extract writes, reduced to one line per part, with every optional key present. */
    private static final String VALID = """
            {"language":"nl","sentences":["Microsoft en HP tekenden dinsdag.","Vier pijlers."],
             "companies":[{"name":"Microsoft","roles":["INITIATOR","SIGNATORY"],
                           "mentions":[{"sentence":0,"start":0,"end":9,"text":"Microsoft"}]},
                          {"name":"HP","roles":["SIGNATORY"],"parent":"HP Inc.","mentions":[]}],
             "pillars":[{"pillar":"NO_OFFENSE","sentences":[1]},{"pillar":"STRONGER_DEFENSE","sentences":[1]}],
             "facts":[{"fact":"signatoryCount","value":34,"qualifier":"EXACT","sentences":[0]},
                      {"fact":"signatoryCount","value":100,"qualifier":"MORE_THAN","sentences":[1]},
                      {"fact":"pillarCount","value":4,"sentences":[1]},
                      {"fact":"pillarCount","value":3,"sentences":[1]},
                      {"fact":"signingDay","value":"dinsdag","dayOfWeek":"TUESDAY","sentences":[0]},
                      {"fact":"firstMeeting","event":"RSA Conference","place":"San Francisco","sentences":[1]}],
             "aboutAccord":true,"accordSentences":[0,1]}
            """;

    @Test
    void extractJsonMapsToThePredictionScoredWithTheFormsItsMentionsWrite() throws InvalidInputException {
        PredictionJson.PredictedText read = PredictionJson.parse(VALID, FILE);
        Map<String, Set<Role>> companies = new LinkedHashMap<>();
        companies.put("Microsoft", Set.of(Role.INITIATOR, Role.SIGNATORY));
        companies.put("HP", Set.of(Role.SIGNATORY));
        assertEquals(Language.NL, read.language());
        assertEquals(new ExtractionPrediction(companies, Map.of("Microsoft", Set.of("Microsoft"), "HP", Set.of()),
                Set.of(Pillar.STRONGER_DEFENSE, Pillar.NO_OFFENSE),
                List.of(new StatedCount(34, CountQualifier.EXACT), new StatedCount(100, CountQualifier.MORE_THAN)),
                4, DayOfWeek.TUESDAY), read.prediction());
    }

    @Test
    void onlyTheScoredKeysAreRequired() throws InvalidInputException {
        String minimal = """
                {"language":"fr","companies":[{"name":"Orange","roles":["MENTIONED"]}],"pillars":[{"pillar":"NO_OFFENSE"}],
                 "facts":[{"fact":"signingDay","value":"mardi"},{"fact":"signingDay","value":"mardi","dayOfWeek":"TUESDAY"}]}
                """;
        PredictionJson.PredictedText read = PredictionJson.parse(minimal, FILE);
        assertEquals(Language.FR, read.language());
        assertEquals(new ExtractionPrediction(Map.of("Orange", Set.of(Role.MENTIONED)), Set.of(Pillar.NO_OFFENSE),
                List.of(), null, DayOfWeek.TUESDAY), read.prediction(), "the first signing day that names a weekday");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"seed-nl.txt", "seed-fr.txt"})
    void whatExtractWritesReadsBackAsItsFindings(String seed) throws Exception {
        Language language = seed.contains("nl") ? Language.NL : Language.FR;
        String text;
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/corpus/" + seed), seed)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Document document = AccordPipeline.standard().load(text, language);
        DocumentFindings findings = Extraction.extractor(Accord.cybersecurityTechAccord()).extract(document);
        StringWriter json = new StringWriter();
        ReportWriter.json(document, findings, json);
        PredictionJson.PredictedText read = PredictionJson.parse(json.toString(), FILE);
        assertEquals(language, read.language());
        assertEquals(ExtractionPrediction.of(findings), read.prediction());
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "\"language\":\"nl\",|\"lang\":\"nl\",|the top level: unknown key(s) [lang], expected [aboutAccord, accordSentences, companies, facts, language, pillars, sentences]",
        "\"language\":\"nl\",|''|the top level: missing key(s) [language]",
        "\"language\":\"nl\"|\"language\":\"xx\"|language: unknown language code 'xx': expected one of nl/nld, fr/fra, de/deu, en/eng",
        "[\"INITIATOR\",\"SIGNATORY\"]|[\"SIGNED\"]|companies[0].roles[0]: unknown Role 'SIGNED', expected one of [INITIATOR, SIGNATORY, NON_SIGNATORY, MENTIONED]",
        "[\"INITIATOR\",\"SIGNATORY\"]|[]|companies[0].roles: company 'Microsoft' needs at least one role",
        "\"name\":\"HP\"|\"name\":\"Microsoft\"|companies[1]: company 'Microsoft' listed twice",
        "\"name\":\"HP\"|\"name\":\" \"|companies[1].name: a company name must not be blank",
        "\"roles\":[\"SIGNATORY\"],|''|companies[1]: missing key(s) [roles]",
        "\"start\":0|\"start\":-1|companies[0].mentions[0].start: expected a number >= 0, got -1",
        "\"pillar\":\"STRONGER_DEFENSE\"|\"pillar\":\"NO_OFFENSE\"|pillars[1].pillar: pillar NO_OFFENSE listed twice",
        "\"value\":34,|\"value\":\"34\",|facts[0].value: expected a whole number, got \"34\"",
        "\"value\":34,|\"value\":0,|facts[0]: a signatory count must be > 0, got 0",
        "\"qualifier\":\"MORE_THAN\"|\"qualifier\":\"OVER\"|facts[1].qualifier: unknown CountQualifier 'OVER', expected one of [EXACT, ABOUT, MORE_THAN, AT_LEAST, FEWER_THAN, AT_MOST]",
        "\"value\":4,|\"value\":0,|facts[2].value: a pillar count must be > 0, got 0",
        "\"fact\":\"pillarCount\",\"value\":4|\"fact\":\"pillars\",\"value\":4|facts[2]: unknown fact 'pillars', expected one of signatoryCount, pillarCount, signingDay, firstMeeting",
        "\"dayOfWeek\":\"TUESDAY\"|\"dayOfWeek\":\"Tuesday\"|facts[4].dayOfWeek: unknown DayOfWeek 'Tuesday', expected one of [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY]",
        "\"sentences\":[0]},|\"sentences\":[0], \"where\":1},|facts[0]: unknown key(s) [where], expected [fact, qualifier, sentences, value]",
        "\"accordSentences\":[0,1]|\"accordSentences\":[0,-1]|accordSentences[1]: a sentence id must be >= 0, got -1",
        "\"aboutAccord\":true|\"aboutAccord\":1|aboutAccord: expected true or false, got NUMBER",
        "\"facts\":[|\"facts\":[1,|facts[0]: expected an object with a string \"fact\": signatoryCount, pillarCount, signingDay or firstMeeting",
    })
    void badFieldIsNamedWithTheFile(String from, String to, String message) {
        String json = VALID.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PredictionJson.parse(json, FILE));
        assertEquals(FILE + ": " + message, e.getMessage());
    }

    @Test
    void jsonOfATextPairIsRefusedWithWhatToDoInstead() {
        String pair = "{\"nl\":" + VALID.replace("\"language\":\"nl\",", "") + ",\"fr\":{},\"alignment\":[],"
                + "\"reconciliation\":{}}";
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PredictionJson.parse(pair, FILE));
        assertEquals(FILE + ": the top level: this is the JSON of a text and its translation (accord extract SOURCE "
                + "TARGET), whose findings are reconciled over both; score the JSON of each text alone (accord extract "
                + "FILE --lang L)", e.getMessage());
    }

    @Test
    void brokenJsonIsRefusedWithItsLine() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PredictionJson.parse(VALID.replace("\"pillars\":[", "\"pillars\":"), FILE));
        assertEquals(true, e.getMessage().startsWith(FILE + ": not valid JSON: "), e.getMessage());
        assertEquals(true, e.getMessage().contains("(line 5, column "), e.getMessage());
    }

    @Test
    void textAfterTheObjectIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PredictionJson.parse(VALID + VALID, FILE));
        assertEquals(true, e.getMessage().startsWith(FILE + ": not valid JSON: "), e.getMessage());
    }
}
