package dev.accord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    /** A folder with the seed articles and the test's own Dutch/French report, paired by name. */
    private Path dutchFrenchFolder() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        BatchTexts.write(in, "seed.nl.txt", BatchTexts.seed("nl"));
        BatchTexts.write(in, "seed.fr.txt", BatchTexts.seed("fr"));
        BatchTexts.write(in, "farm.nl.txt", BatchTexts.DUTCH);
        BatchTexts.write(in, "farm.fr.txt", BatchTexts.FRENCH);
        return in;
    }

    private List<String> log(Path out) throws IOException {
        return Files.readAllLines(out.resolve("batch.jsonl"));
    }

    private static String withoutTime(String logLine) {
        return logLine.replaceAll(",\"millis\":[0-9]+", "");
    }

    /** Every file of {@code folder} but the log, by name, with its content. */
    private static Map<String, String> files(Path folder) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path f : s.toList()) {
                String content = Files.readString(f);
                m.put(f.getFileName().toString(), f.getFileName().toString().endsWith(".json")
                        || f.getFileName().toString().endsWith(".jsonl") ? withoutTime(content) : content);
            }
        }
        return m;
    }

    @Test
    void aFolderIsPairedByNameAndEachPairAlignedAsAlignDoesIt() throws Exception {
        Path in = dutchFrenchFolder();
        Path out = dir.resolve("out");
        assertEquals(ExitCodes.OK, cli.run("batch", in.toString(), "-o", out.toString(), "--quiet"), cli.err.toString());
        assertEquals("2 pairs: 2 aligned, 0 up to date, 0 failed; log: " + out.resolve("batch.jsonl"),
                cli.out.toString().strip());
        List<String> log = log(out);
        assertEquals(2, log.size());
        assertTrue(log.get(0).startsWith("{\"name\":\"farm\",\"status\":\"aligned\","), log.get(0));
        assertTrue(log.get(1).startsWith("{\"name\":\"seed\",\"status\":\"aligned\","), log.get(1));
        assertTrue(log.get(1).contains("\"sourceLanguage\":\"nl\",\"targetLanguage\":\"fr\",\"sourceSentences\":18,"
                + "\"targetSentences\":20,\"beads\":18,\"beadTypes\":{\"1-1\":17,\"1-3\":1},"), log.get(1));
        assertTrue(log.get(0).contains("\"sourceSentences\":6,\"targetSentences\":7,"), log.get(0));
        assertTrue(log.get(0).contains("\"beadTypes\":{\"1-1\":5,\"1-2\":1}"), log.get(0));

        CliRun single = new CliRun();
        assertEquals(ExitCodes.OK, single.run("align", "--format", "tsv", in.resolve("seed.nl.txt").toString(),
                in.resolve("seed.fr.txt").toString()));
        assertEquals(single.out.toString(), Files.readString(out.resolve("seed.tsv")));
    }

    @Test
    void aManifestNamesLanguagesInItsHeaderAndOutputsInItsThirdColumn() throws Exception {
        Path in = Files.createDirectories(dir.resolve("texts"));
        BatchTexts.write(in, "tour-de.txt", BatchTexts.GERMAN);
        BatchTexts.write(in, "tour-fr.txt", BatchTexts.FRENCH_OF_GERMAN);
        Path manifest = BatchTexts.write(dir, "pairs.tsv", "#source=de\ttarget=fr\n\n"
                + "texts/tour-de.txt\ttexts/tour-fr.txt\tgletscher\n");
        Path out = dir.resolve("out");
        assertEquals(ExitCodes.OK, cli.run("batch", manifest.toString(), "-o", out.toString(), "--quiet",
                "--format", "beads,moses"), cli.err.toString());
        assertEquals("[0]:[0]", Files.readAllLines(out.resolve("gletscher.beads")).get(0).replaceAll(":[0-9.]+$", ""));
        assertEquals(5, Files.readAllLines(out.resolve("gletscher.de")).size());
        assertEquals(5, Files.readAllLines(out.resolve("gletscher.fr")).size());
        assertTrue(log(out).get(0).contains("\"sourceLanguage\":\"de\",\"targetLanguage\":\"fr\",\"sourceSentences\":5,"
                + "\"targetSentences\":5,\"beads\":5,\"beadTypes\":{\"1-1\":5}"), log(out).get(0));
        assertTrue(log(out).get(0).contains("\"outputs\":[\"gletscher.beads\",\"gletscher.de\",\"gletscher.fr\"]"));
    }

    @Test
    void optionsThatContradictTheManifestHeaderAreAUsageError() throws Exception {
        Path manifest = BatchTexts.write(dir, "pairs.tsv", "# source=de target=fr\na.txt\tb.txt\n");
        assertEquals(ExitCodes.USAGE, cli.run("batch", manifest.toString(), "-o", dir.resolve("out").toString(),
                "--source-lang", "nl"));
        assertTrue(cli.err.toString().startsWith("accord: --source-lang nl disagrees with the source language de that "),
                cli.err.toString());
    }

    @Test
    void aMalformedManifestLineIsInvalidInputNamingTheLine() throws Exception {
        Path manifest = BatchTexts.write(dir, "pairs.tsv", "a.nl.txt\ta.fr.txt\nb.nl.txt b.fr.txt\n");
        assertEquals(ExitCodes.INPUT, cli.run("batch", manifest.toString(), "-o", dir.resolve("out").toString()));
        assertEquals("accord: " + manifest + ": line 2: expected source<TAB>target or source<TAB>target<TAB>name, "
                + "got 'b.nl.txt b.fr.txt'", cli.err.toString().strip());
    }

    @Test
    void twoPairsOfOneNameInAManifestAreInvalidInput() throws Exception {
        Path manifest = BatchTexts.write(dir, "pairs.tsv", "a/x.nl.txt\ta/x.fr.txt\nb/x.nl.txt\tb/x.fr.txt\n");
        assertEquals(ExitCodes.INPUT, cli.run("batch", manifest.toString(), "-o", dir.resolve("out").toString()));
        assertEquals("accord: " + manifest + ": line 2: output name 'x' is already used on line 1; give one of them a "
                + "name in a third column", cli.err.toString().strip());
    }

    @Test
    void badPairsAreLoggedWithTheirReasonAndTheOthersGoOn() throws Exception {
        Path in = dutchFrenchFolder();
        BatchTexts.write(in, "empty.nl.txt", "  \n");
        BatchTexts.write(in, "empty.fr.txt", BatchTexts.FRENCH);
        BatchTexts.write(in, "swapped.nl.txt", BatchTexts.FRENCH);
        BatchTexts.write(in, "swapped.fr.txt", BatchTexts.DUTCH);
        BatchTexts.write(in, "alone.nl.txt", BatchTexts.DUTCH);
        Files.write(in.resolve("binary.nl.txt"), new byte[] {0, 1, 2, (byte) 0xff, 0, 7});
        BatchTexts.write(in, "binary.fr.txt", BatchTexts.FRENCH);
        Path out = dir.resolve("out");
        assertEquals(ExitCodes.SOME_FAILED, cli.run("batch", in.toString(), "-o", out.toString(), "--quiet"));
        List<String> log = log(out);
        assertEquals(List.of("alone", "binary", "empty", "farm", "seed", "swapped"),
                log.stream().map(l -> l.replaceAll("^\\{\"name\":\"([^\"]+)\".*", "$1")).toList());
        assertTrue(log.get(0).contains("\"status\":\"failed\"") && log.get(0).contains(
                "\"reason\":\"alone.nl.txt: no French file beside it (expected alone.fr.*)\""), log.get(0));
        assertTrue(log.get(1).contains("\"status\":\"failed\",\"source\":\"" + in.resolve("binary.nl.txt")), log.get(1));
        assertTrue(log.get(2).contains("empty.nl.txt: "), log.get(2));
        assertTrue(log.get(3).contains("\"status\":\"aligned\""), log.get(3));
        assertTrue(log.get(4).contains("\"status\":\"aligned\""), log.get(4));
        assertTrue(log.get(5).contains("pass --no-language-check to go on\"}"), log.get(5));
        String err = cli.err.toString();
        assertEquals(4, err.lines().count(), err);
        assertTrue(err.lines().allMatch(l -> l.startsWith("accord: ")), err);
        assertTrue(err.contains("accord: swapped: "), err);
        assertTrue(Files.exists(out.resolve("farm.tsv")) && Files.exists(out.resolve("seed.tsv")));
        assertFalse(Files.exists(out.resolve("swapped.tsv")));
        assertTrue(cli.out.toString().startsWith("6 pairs: 2 aligned, 0 up to date, 4 failed"), cli.out.toString());
    }

    @Test
    void outputsAreTheSameWhateverTheNumberOfThreads() throws Exception {
        Path in = dutchFrenchFolder();
        // more pairs than threads: the seed cut at paragraphs in several ways, and the test's own texts
        String nl = BatchTexts.seed("nl");
        String fr = BatchTexts.seed("fr");
        String[] nlParagraphs = nl.split("\\n\\s*\\n");
        String[] frParagraphs = fr.split("\\n\\s*\\n");
        for (int k = 1; k < Math.min(nlParagraphs.length, frParagraphs.length) && nlParagraphs.length == frParagraphs.length; k++) {
            BatchTexts.write(in, "cut" + k + ".nl.txt", String.join("\n\n", List.of(nlParagraphs).subList(k, nlParagraphs.length)));
            BatchTexts.write(in, "cut" + k + ".fr.txt", String.join("\n\n", List.of(frParagraphs).subList(k, frParagraphs.length)));
        }
        Path one = dir.resolve("one");
        Path three = dir.resolve("three");
        assertEquals(ExitCodes.OK, cli.run("batch", in.toString(), "-o", one.toString(), "--threads", "1", "--quiet",
                "--format", "tsv,tmx,jsonl", "--extract"), cli.err.toString());
        assertEquals(ExitCodes.OK, cli.run("batch", in.toString(), "-o", three.toString(), "--threads", "3", "--quiet",
                "--format", "tsv,tmx,jsonl", "--extract"), cli.err.toString());
        Map<String, String> a = files(one);
        assertTrue(a.size() > 12, a.keySet().toString());
        assertEquals(a, files(three));
    }

    @Test
    void extractionAddsTheCompaniesAndPillarsToTheLogAndWritesTheReport() throws Exception {
        Path in = dutchFrenchFolder();
        Path out = dir.resolve("out");
        assertEquals(ExitCodes.OK, cli.run("batch", in.toString(), "-o", out.toString(), "--extract", "--quiet"));
        String seed = log(out).get(1);
        assertTrue(seed.contains("\"companies\":[\"Microsoft\",\"Facebook\","), seed);
        assertTrue(seed.contains("\"pillars\":[\"STRONGER_DEFENSE\",\"NO_OFFENSE\",\"CAPACITY_BUILDING\","
                + "\"COLLECTIVE_ACTION\"],\"disagreements\":0,\"outputs\":[\"seed.tsv\",\"seed.report.json\"]"), seed);
        assertTrue(log(out).get(0).contains("\"companies\":[],\"pillars\":[]"), log(out).get(0));
        assertTrue(Files.readString(out.resolve("seed.report.json")).startsWith("{\"nl\":{\"sentences\":["));
    }

    @Test
    void extractionOfAnotherLanguagePairIsAUsageError() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        BatchTexts.write(in, "tour.de.txt", BatchTexts.GERMAN);
        BatchTexts.write(in, "tour.fr.txt", BatchTexts.FRENCH_OF_GERMAN);
        assertEquals(ExitCodes.USAGE, cli.run("batch", in.toString(), "-o", dir.resolve("out").toString(),
                "--extract", "--source-lang", "de"));
        assertTrue(cli.err.toString().startsWith("accord: --extract reads Dutch, French and English, but pair "
                + "'tour' is German to French"), cli.err.toString());
    }

    @Test
    void aFolderOfTwoOtherLanguagesNeedsTheSourceNamed() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        BatchTexts.write(in, "tour.de.txt", BatchTexts.GERMAN);
        BatchTexts.write(in, "tour.fr.txt", BatchTexts.FRENCH_OF_GERMAN);
        assertEquals(ExitCodes.USAGE, cli.run("batch", in.toString(), "-o", dir.resolve("out").toString()));
        assertTrue(cli.err.toString().startsWith("accord: " + in + " holds French and German files: name the source "
                + "language with --source-lang"), cli.err.toString());
        cli.clear();
        assertEquals(ExitCodes.OK, cli.run("batch", in.toString(), "-o", dir.resolve("out").toString(), "--quiet",
                "--target-lang", "fr"), cli.err.toString());
        assertTrue(log(dir.resolve("out")).get(0).contains("\"sourceLanguage\":\"de\""));
    }

    @Test
    void aRerunSkipsPairsWhoseOutputsAreNewerAndForceRedoesThem() throws Exception {
        Path in = dutchFrenchFolder();
        Path out = dir.resolve("out");
        assertEquals(ExitCodes.OK, cli.run("batch", in.toString(), "-o", out.toString(), "--quiet"));
        List<String> first = log(out);
        FileTime written = Files.getLastModifiedTime(out.resolve("seed.tsv"));
        cli.clear();
        assertEquals(ExitCodes.OK, cli.run("batch", in.toString(), "-o", out.toString(), "--quiet"));
        assertTrue(cli.out.toString().startsWith("2 pairs: 0 aligned, 2 up to date, 0 failed"), cli.out.toString());
        List<String> second = log(out);
        for (int i = 0; i < 2; i++) {
            assertEquals(first.get(i).replace("\"status\":\"aligned\"", "\"status\":\"skipped\""), second.get(i));
        }
        assertEquals(written, Files.getLastModifiedTime(out.resolve("seed.tsv")));

        // an edited input makes its pair stale
        Files.setLastModifiedTime(in.resolve("farm.fr.txt"), FileTime.from(Instant.now().plusSeconds(60)));
        cli.clear();
        assertEquals(ExitCodes.OK, cli.run("batch", in.toString(), "-o", out.toString(), "--quiet"));
        assertTrue(cli.out.toString().startsWith("2 pairs: 1 aligned, 1 up to date, 0 failed"), cli.out.toString());
        assertTrue(log(out).get(0).contains("\"status\":\"aligned\""));

        cli.clear();
        assertEquals(ExitCodes.OK, cli.run("batch", in.toString(), "-o", out.toString(), "--quiet", "--force"));
        assertTrue(cli.out.toString().startsWith("2 pairs: 2 aligned, 0 up to date, 0 failed"), cli.out.toString());
    }

    @Test
    void anInterruptedBatchResumesWithThePairsItHadNotFinished() throws Exception {
        Path in = dutchFrenchFolder();
        BatchTexts.write(in, "tour.nl.txt", BatchTexts.DUTCH.replace("gisteren", "vorige week"));
        BatchTexts.write(in, "tour.fr.txt", BatchTexts.FRENCH.replace("hier", "la semaine passée"));
        Path out = dir.resolve("out");
        assertEquals(ExitCodes.OK, cli.run("batch", in.toString(), "-o", out.toString(), "--quiet", "--format", "tsv,tmx"));
        Map<String, String> complete = files(out);
        // as a stop would leave it: one pair without its summary (stopped before its last file), one
        // with an output missing, the log of the interrupted run not yet written
        Files.delete(out.resolve("seed.summary.json"));
        Files.delete(out.resolve("tour.tmx"));
        Files.delete(out.resolve("batch.jsonl"));
        cli.clear();
        assertEquals(ExitCodes.OK, cli.run("batch", in.toString(), "-o", out.toString(), "--quiet", "--format", "tsv,tmx"));
        assertTrue(cli.out.toString().startsWith("3 pairs: 2 aligned, 1 up to date, 0 failed"), cli.out.toString());
        assertEquals(complete.keySet(), files(out).keySet());
        Map<String, String> resumed = files(out);
        resumed.replaceAll((k, v) -> v.replace("\"status\":\"skipped\"", "\"status\":\"aligned\""));
        assertEquals(complete, resumed);
    }

    @Test
    void plainProgressLinesGoToStandardErrorWhenItIsNoTerminal() throws Exception {
        Path in = dutchFrenchFolder();
        assertEquals(ExitCodes.OK, cli.run("batch", in.toString(), "-o", dir.resolve("out").toString()));
        String err = cli.err.toString();
        assertTrue(err.lines().allMatch(l -> l.startsWith("accord: batch ")), err);
        assertTrue(err.strip().endsWith(" s") && err.contains("accord: batch 2/2 pairs, "), err);
        assertFalse(err.contains("\r"), err);
    }

    @Test
    void anOutputThatWouldOverwriteAnInputFailsItsPairAndKeepsTheInput() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path nl = BatchTexts.write(in, "farm.nl", BatchTexts.DUTCH);
        BatchTexts.write(in, "farm.fr", BatchTexts.FRENCH);
        assertEquals(ExitCodes.SOME_FAILED, cli.run("batch", in.toString(), "-o", in.toString(), "--quiet",
                "--format", "moses"));
        assertTrue(cli.err.toString().startsWith("accord: farm: the output " + nl + " is the input " + nl
                + ": writing it would destroy the input; choose another -o"), cli.err.toString());
        assertEquals(BatchTexts.DUTCH, Files.readString(nl));
    }

    @Test
    void anOutputFolderThatIsAFileIsAnOutputError() throws Exception {
        Path in = dutchFrenchFolder();
        Path file = BatchTexts.write(dir, "out", "x");
        assertEquals(ExitCodes.OUTPUT, cli.run("batch", in.toString(), "-o", file.toString(), "--quiet"));
        assertEquals("accord: " + file + ": cannot create the output folder: it is a file", cli.err.toString().strip());
    }

    @Test
    void threadsOutOfRangeAreAUsageError() throws Exception {
        assertEquals(ExitCodes.USAGE, cli.run("batch", dir.toString(), "-o", dir.resolve("out").toString(),
                "--threads", "0"));
        assertTrue(cli.err.toString().startsWith("accord: --threads must be in 1..256, got 0"), cli.err.toString());
    }
}
