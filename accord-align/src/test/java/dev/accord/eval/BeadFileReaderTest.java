package dev.accord.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.accord.core.align.Bead;
import dev.accord.io.InvalidInputException;
import dev.accord.testing.Scaling;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BeadFileReaderTest {

    @TempDir
    Path dir;

    private Path file(String content) throws IOException {
        Path f = dir.resolve("beads.txt");
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void readsGoldBeadsWithSpacesEmptySidesAndOptionalScores() throws Exception {
        List<Bead> beads = BeadFileReader.read(file("[0]:[0]\n[1, 2]:[1]:0.75\n\n[]:[2]\n[3]:[]:0.1\n[17,18]:[3,4,5]\n"));
        assertEquals(5, beads.size());
        assertEquals(Bead.of(List.of(0), List.of(0)), beads.get(0));
        assertEquals(new Bead(List.of(1, 2), List.of(1), 0.75), beads.get(1));
        assertEquals("0-1", beads.get(2).type());
        assertEquals("1-0", beads.get(3).type());
        assertEquals(List.of(3, 4, 5), beads.get(4).target());
    }

    @Test
    void keepsIdsInTheOrderTheyWereWritten() throws Exception {
        assertEquals(List.of(227, 218), BeadFileReader.read(file("[227, 218]:[198]\n")).get(0).source());
    }

    @Test
    void skipsBeadsEmptyOnBothSides() throws Exception {
        assertEquals(1, BeadFileReader.read(file("[]:[]\n[0]:[0]\n")).size());
    }

    @Test
    void clampsScoresOfOtherToolsIntoTheUnitRange() throws Exception {
        List<Bead> beads = BeadFileReader.read(file("[0]:[0]:3.5\n[1]:[1]:-0.2\n"));
        assertEquals(1.0, beads.get(0).score());
        assertEquals(0.0, beads.get(1).score());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[0]:[0]\\n[1]-[1]|line 2: expected [ids]:[ids] or [ids]:[ids]:score, got '[1]-[1]'",
        "[0]:[x]|line 1: target id 'x' is not a whole number",
        "[0, 0]:[1]|line 1: source id 0 is repeated in one bead",
        "[0]:[1]:high|line 1: score 'high' is not a finite number",
        "[-1]:[1]|line 1: source id -1 is negative",
    })
    void malformedLinesNameTheFileAndTheLine(String content, String reason) throws Exception {
        Path f = file(content.replace("\\n", "\n"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> BeadFileReader.read(f));
        assertEquals(f + ": " + reason, e.getMessage());
    }

    @Test
    void idsBeyondTheKnownDocumentSizesAreRejected() throws Exception {
        Path f = file("[0]:[0]\n[1]:[5]\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> BeadFileReader.read(f, 2, 3));
        assertEquals(f + ": line 2: target id 5 is out of range: the target has 3 sentences", e.getMessage());
    }

    @Test
    void aMissingFileIsInvalidInput() {
        Path f = dir.resolve("absent.gold");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> BeadFileReader.read(f));
        assertEquals(f + ": no such file", e.getMessage());
    }

    @Test
    void aFileThatIsNotUtf8IsInvalidInput() throws Exception {
        Path f = dir.resolve("latin1.gold");
        Files.write(f, new byte[] {'[', '0', ']', ':', '[', '0', ']', (byte) 0xE9, '\n'});
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> BeadFileReader.read(f));
        assertEquals(f + ": is not valid UTF-8 at byte offset 7 (line 1, byte 0xE9)", e.getMessage());
    }

    @Test
    void aFileWithoutBeadsIsInvalidInput() throws Exception {
        Path f = file("\n \u00A0\u200B\n[]:[]\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> BeadFileReader.read(f));
        assertEquals(f + ": holds no beads: expected one [ids]:[ids] a line", e.getMessage());
    }

    @Test
    void anIdBeyondTheIntegerRangeIsOutOfRangeOnItsLine() throws Exception {
        Path f = file("[0]:[0]\r\n[1]:[4294967296]\r\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> BeadFileReader.read(f));
        assertEquals(f + ": line 2: target id 4294967296 is out of range: ids go up to 2147483647", e.getMessage());
    }

    @Test
    void readingIsLinearInIdsPerBead() throws IOException {
        Path dir = this.dir;
        Scaling.assertLinear("ids per bead", n -> {
            String ids = IntStream.range(0, n).mapToObj(Integer::toString).collect(Collectors.joining(", "));
            try {
                return Files.writeString(dir.resolve("bead-" + n + ".txt"), "[" + ids + "]:[" + ids + "]\n",
                        StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, file -> {
            try {
                assertEquals(1, BeadFileReader.read(file).size());
            } catch (InvalidInputException e) {
                throw new AssertionError(e);
            }
        }, 20_000);
    }

    @Test
    void controlCharactersOfTheFileAreEscapedInTheMessage() throws IOException {
        Path f = file("[0]:[0]\n\u001B]0;pwned\u0007\u001B[2J\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> BeadFileReader.read(f));
        assertEquals(f + ": line 2: expected [ids]:[ids] or [ids]:[ids]:score, got '\\u001B]0;pwned\\u0007\\u001B[2J'",
                e.getMessage());
    }
}
