package dev.accord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.accord.core.Pillar;
import dev.accord.core.Role;
import dev.accord.core.extract.CountQualifier;
import dev.accord.core.text.Language;
import dev.accord.eval.CorpusSplit;
import dev.accord.eval.ExtractionGold;
import dev.accord.eval.StatedCount;
import dev.accord.eval.TextKind;
import dev.accord.io.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoldJsonTest {

    private static final Path FILE = Path.of("wire-x.en.gold.json");

    private static final String VALID = """
            {
              "language": "en",
              "kind": "press-release",
              "split": "test",
              "aboutAccord": true,
              "companies": [
                {"name": "Hewlett Packard Enterprise", "aliases": ["HPE"], "roles": ["SIGNATORY"]},
                {"name": "Microsoft", "aliases": [], "roles": ["INITIATOR", "SIGNATORY"]}
              ],
              "notCompanies": [{"text": "Brad Smith", "kind": "PERSON"}],
              "pillars": ["NO_OFFENSE", "STRONGER_DEFENSE"],
              "facts": {
                "signatoryCounts": [{"value": 34, "qualifier": "EXACT"}, {"value": 150, "qualifier": "MORE_THAN"}],
                "pillarCount": 4,
                "signingDay": "TUESDAY"
              }
            }
            """;

    @Test
    void validGoldMapsToTheRecord() throws InvalidInputException {
        ExtractionGold gold = GoldJson.parse(VALID, FILE);
        assertEquals(new ExtractionGold(Language.EN, TextKind.PRESS_RELEASE, CorpusSplit.TEST, true,
                List.of(new ExtractionGold.Company("Hewlett Packard Enterprise", List.of("HPE"), Set.of(Role.SIGNATORY)),
                        new ExtractionGold.Company("Microsoft", List.of(), Set.of(Role.INITIATOR, Role.SIGNATORY))),
                List.of(new ExtractionGold.NotCompany("Brad Smith", ExtractionGold.NotCompany.Kind.PERSON)),
                Set.of(Pillar.STRONGER_DEFENSE, Pillar.NO_OFFENSE),
                new ExtractionGold.Facts(List.of(new StatedCount(34, CountQualifier.EXACT),
                        new StatedCount(150, CountQualifier.MORE_THAN)), 4, DayOfWeek.TUESDAY)), gold);
    }

    @Test
    void nullFactsAreAbsent() throws InvalidInputException {
        ExtractionGold gold = GoldJson.parse(VALID.replace("\"pillarCount\": 4", "\"pillarCount\": null")
                .replace("\"TUESDAY\"", "null"), FILE);
        assertEquals(null, gold.facts().pillarCount());
        assertEquals(null, gold.facts().signingDay());
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "\"SIGNATORY\"]},|\"SIGNED\"]},|companies[0].roles[0]: unknown Role 'SIGNED', expected one of [INITIATOR, SIGNATORY, NON_SIGNATORY, MENTIONED]",
        "\"kind\": \"press-release\"|\"kind\": \"press release\"|kind: unknown text kind 'press release': expected one of wire, press-release, explainer, list, interview, opinion, feature, brief, other-pledge, off-topic",
        "\"split\": \"test\"|\"split\": \"held-out\"|split: unknown split 'held-out': expected dev or test",
        "\"language\": \"en\"|\"language\": \"xx\"|language: unknown language code 'xx': expected one of nl/nld, fr/fra, de/deu, en/eng",
        "\"aboutAccord\": true|\"aboutAccord\": \"yes\"|aboutAccord: expected true or false, got STRING",
        "\"value\": 34|\"value\": 34.5|facts.signatoryCounts[0].value: expected a whole number, got 34.5",
        "\"value\": 34|\"value\": 0|facts.signatoryCounts[0]: a signatory count must be > 0, got 0",
        "\"MORE_THAN\"|\"OVER\"|facts.signatoryCounts[1].qualifier: unknown CountQualifier 'OVER', expected one of [EXACT, ABOUT, MORE_THAN, AT_LEAST, FEWER_THAN, AT_MOST]",
        "\"TUESDAY\"|\"Tuesday\"|facts.signingDay: unknown DayOfWeek 'Tuesday', expected one of [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY]",
        "\"PERSON\"|\"HUMAN\"|notCompanies[0].kind: unknown Kind 'HUMAN', expected one of [PERSON, PLACE, GOVERNMENT, INSTITUTION, EVENT, MALWARE, AGENCY, TEAM, PARTY, PRODUCT, OTHER]",
        "\"aliases\": [],|\"aliases\": [], \"role\": [],|companies[1]: unknown key(s) [role], expected [aliases, name, roles]",
        "Enterprise\", \"aliases\": [\"HPE\"],|Enterprise\",|companies[0]: missing key(s) [aliases] (every key is required: use [] or null)",
        "\"NO_OFFENSE\", \"STRONGER_DEFENSE\"|\"NO_OFFENSE\", \"NO_OFFENSE\"|pillars[1]: pillar NO_OFFENSE listed twice",
        "\"roles\": [\"INITIATOR\", \"SIGNATORY\"]|\"roles\": []|companies[1]: company 'Microsoft' needs at least one role",
        "\"pillars\": [\"NO_OFFENSE\", \"STRONGER_DEFENSE\"]|\"pillars\": \"NO_OFFENSE\"|pillars: expected an array, got STRING",
        "\"Brad Smith\"|\"HPE\"|the top level: 'HPE' is listed as PERSON and as the company 'Hewlett Packard Enterprise'",
    })
    void badFieldIsNamedWithTheFile(String from, String to, String message) {
        String json = VALID.replace(from, to);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> GoldJson.parse(json, FILE));
        assertEquals(FILE + ": " + message, e.getMessage());
    }

    @Test
    void duplicateKeyIsRefused() {
        String json = VALID.replace("\"split\": \"test\",", "\"split\": \"test\", \"split\": \"dev\",");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> GoldJson.parse(json, FILE));
        assertEquals(FILE + ": not valid JSON: Duplicate Object property \"split\" (line 4, column 27)", e.getMessage());
    }

    @Test
    void brokenJsonIsRefusedWithItsLine() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> GoldJson.parse(VALID.replace("\"aboutAccord\": true,", "\"aboutAccord\": true"), FILE));
        assertEquals(FILE + ": ", e.getMessage().substring(0, FILE.toString().length() + 2));
        assertEquals(true, e.getMessage().contains("(line 6,"), e.getMessage());
    }

    @Test
    void missingFileIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("none.en.gold.json");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> GoldJson.read(missing));
        assertEquals(missing + ": no such file", e.getMessage());
    }

    @Test
    void fileThatIsNotUtf8IsRefused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("latin.fr.gold.json");
        Files.write(file, new byte[] {'{', '"', (byte) 0xE9, '"', '}'});
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> GoldJson.read(file));
        assertEquals(file + ": is not valid UTF-8 at byte offset 2 (line 1, byte 0xE9)", e.getMessage());
    }
}
