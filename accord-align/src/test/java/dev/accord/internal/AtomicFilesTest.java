package dev.accord.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accord.testing.ChildJvm;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    private List<String> entries() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesTheFileAndLeavesNothingElse() throws IOException {
        Path out = dir.resolve("out.txt");
        AtomicFiles.write(out, w -> w.write("één\n"));
        assertEquals("één\n", Files.readString(out, StandardCharsets.UTF_8));
        assertEquals(List.of("out.txt"), entries());
    }

    @Test
    void replacesAnExistingFile() throws IOException {
        Path out = dir.resolve("out.txt");
        Files.writeString(out, "old");
        AtomicFiles.write(out, w -> w.write("new"));
        assertEquals("new", Files.readString(out));
    }

    @Test
    void failureHalfWayKeepsTheOldFileAndLeavesNoTemporaryFile() throws IOException {
        Path out = dir.resolve("out.txt");
        Files.writeString(out, "old");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(out, w -> {
            w.write("half of the new content ".repeat(10_000));
            throw new IOException("disk full");
        }));
        assertEquals(out + ": cannot write: disk full", e.getMessage());
        assertEquals("old", Files.readString(out));
        assertEquals(List.of("out.txt"), entries());
    }

    @Test
    void stoppingTheJvmMidWriteKeepsTheOldFileAndRemovesTheTemporaryOne() throws Exception {
        Path out = dir.resolve("out.txt");
        Files.writeString(out, "old");
        Process writer = new ProcessBuilder(ChildJvm.command(List.of(), StoppedWriterMain.class, out.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader said = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("writing", said.readLine());
            assertEquals(2, entries().size(), "the temporary file exists while writing: " + entries());
            writer.destroy(); // SIGTERM, as Ctrl-C or a CI timeout would send
            assertTrue(writer.waitFor(30, TimeUnit.SECONDS), "the writer did not stop");
        } finally {
            writer.destroyForcibly();
        }
        assertEquals("old", Files.readString(out));
        assertEquals(List.of("out.txt"), entries());
    }

    @Test
    void bugInTheContentLeavesNoFileAtAll() throws IOException {
        Path out = dir.resolve("new.txt");
        assertThrows(IllegalStateException.class, () -> AtomicFiles.write(out, w -> {
            w.write("partial");
            throw new IllegalStateException("bug");
        }));
        assertEquals(List.of(), entries());
    }

    @Test
    void unencodableTextFailsInsteadOfWritingQuestionMarks() throws IOException {
        Path out = dir.resolve("out.txt");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(out, w -> w.write("a\uD800b")));
        assertEquals(out + ": cannot write: the text has a character UTF-8 cannot encode (a lone surrogate)",
                e.getMessage());
        assertEquals(List.of(), entries());
    }

    @Test
    void twoFilesAreMovedOnlyWhenBothAreComplete() throws IOException {
        Path a = dir.resolve("corpus.nl");
        Path b = dir.resolve("corpus.fr");
        assertThrows(IOException.class, () -> AtomicFiles.writeAll(List.of(a, b), List.of(
                w -> w.write("nl"), w -> {
                    throw new IOException("failed");
                })));
        assertEquals(List.of(), entries());
        AtomicFiles.writeAll(List.of(a, b), List.of(w -> w.write("nl"), w -> w.write("fr")));
        assertEquals(List.of("corpus.fr", "corpus.nl"), entries());
    }

    @Test
    void directoryOrMissingDirectoryIsRefusedWithTheReason() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("sub"));
        IOException isDir = assertThrows(IOException.class, () -> AtomicFiles.write(sub, w -> w.write("x")));
        assertEquals(sub + ": cannot write: it is a directory", isDir.getMessage());
        Path missing = dir.resolve("missing/out.txt");
        IOException noDir = assertThrows(IOException.class, () -> AtomicFiles.write(missing, w -> w.write("x")));
        assertEquals(missing + ": cannot write: the directory " + dir.resolve("missing") + " does not exist",
                noDir.getMessage());
        assertEquals(List.of("sub"), entries());
    }

    @Test
    void theSameFileTwiceIsRejected() {
        Path a = dir.resolve("a");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AtomicFiles.writeAll(List.of(a, a), List.of(w -> w.write("1"), w -> w.write("2"))));
        assertEquals("file named twice: " + a, e.getMessage());
    }
}
