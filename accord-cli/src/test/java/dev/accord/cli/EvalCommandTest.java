package dev.accord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    private Path file(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void printsStrictAndLaxScoresOfSeveralFilePairsTogether() throws Exception {
        Path gold1 = file("a.gold", "[0]:[0]\n[1, 2]:[1]\n");
        Path pred1 = file("a.pred", "[0]:[0]:0.9\n[1]:[1]:0.5\n[2]:[]:0\n");
        Path gold2 = file("b.gold", "[0]:[0]\n");
        Path pred2 = file("b.pred", "[0]:[0]\n");
        assertEquals(ExitCodes.OK, cli.run("eval", "--gold", gold1.toString(), gold2.toString(),
                "--predicted", pred1.toString(), pred2.toString()));
        String text = cli.out.toString();
        assertTrue(text.contains("strict precision 0.500  recall 0.667  F1 0.571"), text);
        assertTrue(text.contains("lax    precision 0.750  recall 1.000  F1 0.857"), text);
        assertTrue(text.contains("2 file pair(s), 4 predicted beads, 3 gold beads"), text);
    }

    @Test
    void jsonOutputHasStrictAndLaxObjects() throws Exception {
        Path gold = file("g", "[0]:[0]\n[1]:[1]\n");
        assertEquals(ExitCodes.OK, cli.run("eval", "--gold", gold.toString(), "--predicted", gold.toString(), "--json"));
        assertEquals("{\"strict\":{\"precision\":1.0,\"recall\":1.0,\"f1\":1.0},"
                + "\"lax\":{\"precision\":1.0,\"recall\":1.0,\"f1\":1.0}}", cli.out.toString().strip());
    }

    @Test
    void warnsWhenGoldAndPredictionCoverDifferentSentences() throws Exception {
        Path gold = file("g", "[0]:[0]\n[1]:[1]\n[2]:[2, 3]\n");
        Path pred = file("p", "[0]:[0]\n[1]:[1]\n");
        assertEquals(ExitCodes.OK, cli.run("eval", "--gold", gold.toString(), "--predicted", pred.toString()));
        assertEquals("accord: warning: " + gold + " covers source sentences 0-2, target sentences 0-3 but " + pred
                + " covers source sentences 0-1, target sentences 0-1: are they of the same texts? Beads outside the "
                + "other file's range count as errors", cli.err.toString().strip());
        assertTrue(cli.out.toString().contains("strict precision 1.000  recall 0.667"), cli.out.toString());
        cli.clear();
        assertEquals(ExitCodes.OK, cli.run("eval", "--gold", gold.toString(), "--predicted", gold.toString()));
        assertEquals("", cli.err.toString(), "the same range: no warning");
    }

    @Test
    void unequalNumbersOfFilesAreAUsageError() throws Exception {
        Path gold = file("g", "[0]:[0]\n");
        assertEquals(ExitCodes.USAGE, cli.run("eval", "--gold", gold.toString(), gold.toString(),
                "--predicted", gold.toString()));
        assertTrue(cli.err.toString().startsWith("accord: got 2 gold files but 1 predicted files"), cli.err.toString());
    }

    @Test
    void aMalformedBeadFileIsInvalidInputOnOneLine() throws Exception {
        Path gold = file("g", "[0]:[0]\n");
        Path bad = file("bad", "[0]:[0]\nnonsense\n");
        assertEquals(ExitCodes.INPUT, cli.run("eval", "--gold", gold.toString(), "--predicted", bad.toString()));
        assertEquals("accord: " + bad + ": line 2: expected [ids]:[ids] or [ids]:[ids]:score, got 'nonsense'",
                cli.err.toString().strip());
    }
}
