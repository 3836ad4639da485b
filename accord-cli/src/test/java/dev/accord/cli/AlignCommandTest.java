package dev.accord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlignCommandTest {

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    private static String seed(String name) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(AlignCommandTest.class.getResource("/seed/" + name), name).toURI())
                .toString();
    }

    private static String corpus(String name) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(AlignCommandTest.class.getResource("/corpus/" + name), name)
                .toURI()).toString();
    }

    private static String withoutScores(String beads) {
        return beads.replaceAll(":[0-9.]+(\\R)", "$1").replace("\r", "");
    }

    @Test
    void seedSentencesAlignAsTheGoldSays() throws Exception {
        assertEquals(ExitCodes.OK, cli.run("align", "--input", "sentences", seed("nl.sentences.txt"), seed("fr.sentences.txt")));
        String gold = Files.readString(Path.of(seed("alignment.gold"))).replace(",", ", ");
        assertEquals(gold, withoutScores(cli.out.toString()));
        assertEquals("", cli.err.toString());
    }

    @Test
    void rawSeedArticlesAlignFromText() throws Exception {
        assertEquals(ExitCodes.OK, cli.run("align", corpus("seed-nl.txt"), corpus("seed-fr.txt")));
        String gold = Files.readString(Path.of(seed("alignment.gold"))).replace(",", ", ");
        assertEquals(gold, withoutScores(cli.out.toString()));
    }

    @Test
    void everyBeadCarriesAScoreBetweenZeroAndOne() throws Exception {
        assertEquals(ExitCodes.OK, cli.run("align", "--input", "sentences", seed("nl.sentences.txt"), seed("fr.sentences.txt")));
        for (String line : cli.out.toString().split("\\R")) {
            double score = Double.parseDouble(line.substring(line.lastIndexOf(':') + 1));
            assertTrue(score >= 0 && score <= 1, line);
        }
    }

    @Test
    void lengthMethodAndOtherFormatsWriteEverySentence() throws Exception {
        assertEquals(ExitCodes.OK, cli.run("align", "--input", "sentences", "--method", "length", "--format", "jsonl",
                seed("nl.sentences.txt"), seed("fr.sentences.txt")));
        assertTrue(cli.out.toString().lines().allMatch(l -> l.startsWith("{\"source_ids\":")), cli.out.toString());
    }

    @Test
    void mosesWritesTwoFilesNamedByLanguage() throws Exception {
        Path outFile = dir.resolve("seed");
        assertEquals(ExitCodes.OK, cli.run("align", "--input", "sentences", "--format", "moses", "-o", outFile.toString(),
                seed("nl.sentences.txt"), seed("fr.sentences.txt")));
        assertEquals(18, Files.readAllLines(dir.resolve("seed.nl")).size());
        assertEquals(18, Files.readAllLines(dir.resolve("seed.fr")).size());
    }

    @Test
    void mosesWithoutAnOutputFileIsAUsageError() throws Exception {
        assertEquals(ExitCodes.USAGE, cli.run("align", "--input", "sentences", "--format", "moses",
                seed("nl.sentences.txt"), seed("fr.sentences.txt")));
        assertTrue(cli.err.toString().startsWith("accord: format moses writes two files: name them with -o OUT"),
                cli.err.toString());
    }

    @Test
    void aTranslationWithTheWrongNumberOfLinesIsInvalidInput() throws Exception {
        Path mt = Files.writeString(dir.resolve("mt.fr"), "Une seule ligne.\n", StandardCharsets.UTF_8);
        assertEquals(ExitCodes.INPUT, cli.run("align", "--input", "sentences", "--translation", mt.toString(),
                seed("nl.sentences.txt"), seed("fr.sentences.txt")));
        assertEquals("accord: " + mt + ": has 1 non-blank lines but the source has 18 sentences: give one line per "
                + "source sentence", cli.err.toString().strip());
    }

    @Test
    void aMalformedDictionaryIsInvalidInput() throws Exception {
        Path dictionary = Files.writeString(dir.resolve("dict.tsv"), "akkoord accord\n", StandardCharsets.UTF_8);
        assertEquals(ExitCodes.INPUT, cli.run("align", "--input", "sentences", "--dictionary", dictionary.toString(),
                seed("nl.sentences.txt"), seed("fr.sentences.txt")));
        assertEquals("accord: " + dictionary + ": line 1: expected a source word, a tab and a target word",
                cli.err.toString().strip());
    }

    @Test
    void maxBeadOutOfRangeIsAUsageError() throws Exception {
        assertEquals(ExitCodes.USAGE, cli.run("align", "--max-bead", "9", "--input", "sentences",
                seed("nl.sentences.txt"), seed("fr.sentences.txt")));
        assertTrue(cli.err.toString().startsWith("accord: --max-bead must be in 1..6, got 9"), cli.err.toString());
    }

    @Test
    void largeInputsReportProgressUnlessQuiet() throws Exception {
        Random random = new Random(1);
        Path nl = dir.resolve("big.nl");
        Path fr = dir.resolve("big.fr");
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        for (int i = 0; i < 2600; i++) {
            String number = Integer.toString(random.nextInt(100_000));
            a.add("Zin nummer " + number + " van het verslag over de vergadering.");
            b.add("La phrase numéro " + number + " du rapport sur la réunion.");
        }
        Files.write(nl, a, StandardCharsets.UTF_8);
        Files.write(fr, b, StandardCharsets.UTF_8);
        assertEquals(ExitCodes.OK, cli.run("align", "--force", "--input", "sentences", nl.toString(), fr.toString()));
        assertTrue(cli.err.toString().contains("accord: alignment, first pass 100%"), cli.err.toString());
        assertEquals(2600, cli.out.toString().lines().count());
        cli.clear();
        assertEquals(ExitCodes.OK, cli.run("align", "--quiet", "--force", "--input", "sentences", nl.toString(),
                fr.toString()));
        assertEquals("", cli.err.toString());
    }
}
