package dev.accord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilterOptionsCliTest {

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    private Path[] seedPair() throws Exception {
        return new Path[] {BatchTexts.write(dir, "seed.nl.txt", BatchTexts.seed("nl")),
            BatchTexts.write(dir, "seed.fr.txt", BatchTexts.seed("fr"))};
    }

    private static double score(String beadLine) {
        return Double.parseDouble(beadLine.substring(beadLine.lastIndexOf(':') + 1));
    }

    @Test
    void aMinimumScoreWritesOnlyTheBeadsAtOrAboveIt() throws Exception {
        Path[] seed = seedPair();
        assertEquals(ExitCodes.OK, cli.run("align", seed[0].toString(), seed[1].toString()));
        List<String> all = cli.out.toString().lines().toList();
        cli.clear();
        assertEquals(ExitCodes.OK, cli.run("align", "--min-score", "0.9", seed[0].toString(), seed[1].toString()));
        List<String> kept = cli.out.toString().lines().toList();
        assertEquals(all.stream().filter(l -> score(l) >= 0.9).toList(), kept);
        assertTrue(kept.size() < all.size(), all.toString());
    }

    @Test
    void onlyOneToOneDropsTheMergedBead() throws Exception {
        Path[] seed = seedPair();
        assertEquals(ExitCodes.OK, cli.run("align", "--only-one-to-one", "--format", "jsonl", seed[0].toString(),
                seed[1].toString()));
        List<String> lines = cli.out.toString().lines().toList();
        assertEquals(17, lines.size());
        assertTrue(lines.stream().allMatch(l -> l.endsWith("\"type\":\"1-1\"}")), lines.toString());
    }

    @Test
    void statsGoToStandardErrorBesideTheBeadsAndToStandardOutputBesideAFile() throws Exception {
        Path[] seed = seedPair();
        assertEquals(ExitCodes.OK, cli.run("align", "--stats", "--only-one-to-one", seed[0].toString(), seed[1].toString()));
        String err = cli.err.toString();
        assertTrue(err.startsWith("beads: 18, written: 17, mean score: 0."), err);
        assertTrue(err.contains("\nby type: 1-1 17 1-3 1\nscore histogram:\n  [0.0, 0.1)      0\n"), err);
        assertTrue(err.contains("\n  [0.9, 1.0] "), err);
        cli.clear();
        Path out = dir.resolve("out.beads");
        assertEquals(ExitCodes.OK, cli.run("align", "--stats", "-o", out.toString(), seed[0].toString(), seed[1].toString()));
        assertTrue(cli.out.toString().startsWith("beads: 18, written: 18, mean score: "), cli.out.toString());
        assertEquals(18, Files.readAllLines(out).size());
    }

    @Test
    void filterValuesOutOfRangeAreUsageErrorsNamingTheOption() throws Exception {
        Path[] seed = seedPair();
        assertEquals(ExitCodes.USAGE, cli.run("align", "--min-score", "1.5", seed[0].toString(), seed[1].toString()));
        assertEquals("accord: --min-score must be in [0, 1], got 1.5", cli.err.toString().strip());
        cli.clear();
        assertEquals(ExitCodes.USAGE, cli.run("align", "--max-length-ratio", "0.5", seed[0].toString(), seed[1].toString()));
        assertEquals("accord: --max-length-ratio must be at least 1, got 0.5", cli.err.toString().strip());
    }

    @Test
    void aBatchFiltersEachPairAndLogsItsHistogramWithStats() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        BatchTexts.write(in, "seed.nl.txt", BatchTexts.seed("nl"));
        BatchTexts.write(in, "seed.fr.txt", BatchTexts.seed("fr"));
        BatchTexts.write(in, "farm.nl.txt", BatchTexts.DUTCH);
        BatchTexts.write(in, "farm.fr.txt", BatchTexts.FRENCH);
        Path out = dir.resolve("out");
        assertEquals(ExitCodes.OK, cli.run("batch", in.toString(), "-o", out.toString(), "--quiet", "--stats",
                "--only-one-to-one", "--format", "beads"), cli.err.toString());
        List<String> log = Files.readAllLines(out.resolve("batch.jsonl"));
        assertTrue(log.get(1).contains("\"beads\":18,") && log.get(1).contains("\"kept\":17,\"histogram\":["), log.get(1));
        assertEquals(17, Files.readAllLines(out.resolve("seed.beads")).size());
        assertEquals(5, Files.readAllLines(out.resolve("farm.beads")).size());
        String summary = cli.out.toString();
        assertTrue(summary.contains("\nbeads: 24, written: 22, mean score: "), summary);
        assertTrue(summary.contains("\nby type: 1-1 22 1-2 1 1-3 1\n"), summary);
    }
}
