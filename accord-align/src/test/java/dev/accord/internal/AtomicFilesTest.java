package dev.accord.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.accord.testing.ChildJvm;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    @Test
    void aSymbolicLinkIsFollowedAndStaysALink() throws IOException {
        Path real = Files.writeString(Files.createDirectory(dir.resolve("real")).resolve("out.txt"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), Path.of("real/out.txt"));
        AtomicFiles.write(link, w -> w.write("new"));
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertEquals("new", Files.readString(real));
        assertEquals(List.of("link.txt", "real"), entries());
    }

    @Test
    void aLinkToTheSameFileIsTheSameFileNamedTwice() throws IOException {
        Path a = Files.writeString(dir.resolve("a"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("b"), a);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AtomicFiles.writeAll(List.of(a, link), List.of(w -> w.write("1"), w -> w.write("2"))));
        assertEquals("file named twice: " + link, e.getMessage());
        assertEquals("old", Files.readString(a));
    }

    @Test
    void aLoopOfLinksIsRefusedWithTheReason() throws IOException {
        Path loop = Files.createSymbolicLink(dir.resolve("loop"), Path.of("loop"));
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(loop, w -> w.write("x")));
        assertEquals(loop + ": cannot write: it is a loop of symbolic links", e.getMessage());
    }

    /** Makes a named pipe in the test directory, or skips the test where there is no mkfifo. */
    private Path fifo(String name) throws IOException, InterruptedException {
        Path fifo = dir.resolve(name);
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "SKIPPED: no mkfifo on this system");
            return fifo;
        }
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "SKIPPED: mkfifo failed");
        return fifo;
    }

    @Test
    void aFifoIsWrittenThroughNeverReplaced() throws Exception {
        Path fifo = fifo("pipe");
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        AtomicFiles.write(fifo, w -> w.write("één\n"));
        assertEquals("één\n", reader.get(10, TimeUnit.SECONDS));
        assertFalse(Files.isRegularFile(fifo), "the pipe is still a pipe");
        assertEquals(List.of("pipe"), entries());
    }

    @Test
    void aWriteErrorOnAFifoIsReportedNotSwallowed() throws Exception {
        Path fifo = fifo("pipe");
        CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                in.read(); // one byte, then the reader quits: the writer gets a broken pipe
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(fifo, w -> {
            for (int i = 0; i < 1_000; i++) {
                w.write("x".repeat(10_000));
            }
        }));
        reader.get(10, TimeUnit.SECONDS);
        assertTrue(e.getMessage().startsWith(fifo + ": cannot write: "), e.getMessage());
        assertFalse(Files.isRegularFile(fifo), "the pipe is still a pipe");
    }

    @Test
    void aDeviceIsWrittenInPlace() throws IOException {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.isWritable(devNull), "SKIPPED: no /dev/null on this system");
        assertEquals(devNull, AtomicFiles.requireWritable(devNull));
        AtomicFiles.write(devNull, w -> w.write("nothing"));
        assertFalse(Files.isRegularFile(devNull), "/dev/null is still a device");
    }

    @ParameterizedTest
    @ValueSource(strings = {"rw-------", "rwxr-x---", "rw-rw-rw-"})
    void replacingAFileKeepsItsPermissions(String permissions) throws IOException {
        Path out = Files.writeString(dir.resolve("out.txt"), "old");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString(permissions));
        AtomicFiles.write(out, w -> w.write("new"));
        assertEquals("new", Files.readString(out));
        assertEquals(permissions, PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
    }

    @Test
    void aReadOnlyFileIsRefusedNotReplaced() throws IOException {
        Path out = Files.writeString(dir.resolve("out.txt"), "old");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r--r--r--"));
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(out, w -> w.write("new")));
        assertEquals(out + ": cannot write: the file is read-only", e.getMessage());
        IOException checked = assertThrows(IOException.class, () -> AtomicFiles.requireWritable(out));
        assertEquals(e.getMessage(), checked.getMessage());
        assertEquals("old", Files.readString(out));
        assertEquals(List.of("out.txt"), entries());
    }

    @Test
    void theTemporaryFilesOfAKilledWriterAreRemovedByTheNextWrite() throws IOException {
        Path out = Files.writeString(dir.resolve("out.txt"), "old");
        long living = ProcessHandle.current().pid();
        Files.writeString(dir.resolve(".out.txt.4194304999-1f2e3d.tmp"), "left by a killed writer");
        Files.writeString(dir.resolve(".out.txt." + living + "-abc.tmp"), "a running writer's");
        Files.writeString(dir.resolve(".out.txt.notes"), "not ours");
        Files.writeString(dir.resolve(".other.txt.4194304999-1f2e3d.tmp"), "another target's");
        AtomicFiles.write(out, w -> w.write("new"));
        assertEquals(List.of(".other.txt.4194304999-1f2e3d.tmp", ".out.txt." + living + "-abc.tmp", ".out.txt.notes",
                "out.txt"), entries());
    }
}
