package dev.accord.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.accord.core.align.Bead;
import dev.accord.eval.BeadFileReader;
import dev.accord.io.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the gold/bead file reader with arbitrary bytes: every input is either refused with a
 * one-line {@link InvalidInputException} that names the file, or read into beads whose ids all lie
 * within the two documents' sizes. Any other exception is a finding.
 *
 * <p>Input layout: bytes 0 and 1 are the source and target sizes; the rest is the file.
 */
class GoldFileFuzzTest {

    /** Created and deleted by JUnit around the whole class; each input overwrites its files. */
    @TempDir
    static Path dir;

    @FuzzTest(maxDuration = "2m")
    void anyBytesAreRefusedWithTheFileNamedOrReadAsBeadsInRange(byte[] input) throws IOException {
        int sourceSize = input.length > 0 ? input[0] & 0xff : 0;
        int targetSize = input.length > 1 ? input[1] & 0xff : 0;
        Path file = dir.resolve("gold.txt");
        Files.write(file, Arrays.copyOfRange(input, Math.min(2, input.length), input.length));
        List<Bead> beads;
        try {
            beads = BeadFileReader.read(file, sourceSize, targetSize);
        } catch (InvalidInputException refused) {
            String why = refused.getMessage();
            assertTrue(why.contains("gold.txt"), "the message names the file: " + why);
            assertFalse(why.contains("\n") || why.contains("\r"), "one line: " + why);
            return;
        }
        assertFalse(beads.isEmpty());
        for (Bead bead : beads) {
            assertTrue(bead.source().stream().allMatch(id -> id < sourceSize), bead + " within " + sourceSize);
            assertTrue(bead.target().stream().allMatch(id -> id < targetSize), bead + " within " + targetSize);
        }
    }
}
