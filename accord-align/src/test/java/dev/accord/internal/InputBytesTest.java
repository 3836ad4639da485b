package dev.accord.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.accord.io.InvalidInputException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputBytesTest {

    private static final Path ZERO = Path.of("/dev/zero");

    @TempDir
    Path dir;

    private static String refusal(Path file, boolean nulIsBinary, long limit) {
        return assertThrows(InvalidInputException.class, () -> InputBytes.read(file, nulIsBinary, limit)).getMessage();
    }

    @Test
    void readsARegularFileWhole() throws Exception {
        Path file = Files.write(dir.resolve("a.txt"), "één\n".repeat(50_000).getBytes(StandardCharsets.UTF_8));
        assertArrayEquals(Files.readAllBytes(file), InputBytes.read(file, true));
    }

    @Test
    void aRegularFileAboveTheLimitIsRefusedBeforeReading() throws IOException {
        Path file = Files.write(dir.resolve("big.txt"), new byte[101]);
        assertEquals(file + ": is too large (101 bytes; at most 100 bytes can be read)", refusal(file, false, 100));
    }

    @Test
    void anEndlessDeviceIsRefusedAtTheLimitOrReadOnlyToItsFirstNul() throws InvalidInputException {
        assumeTrue(Files.isReadable(ZERO), "SKIPPED: no /dev/zero on this system");
        assertEquals("/dev/zero: is too large (more than 1000000 bytes; at most 1000000 bytes can be read)",
                refusal(ZERO, false, 1_000_000));
        assertEquals(1 << 16, InputBytes.read(ZERO, true).length, "a NUL ends the read after one chunk");
    }

    @Test
    void aPipeIsReadToItsEndOrRefusedAtTheLimit() throws Exception {
        Path fifo = dir.resolve("pipe");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "SKIPPED: no mkfifo on this system");
            return;
        }
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "SKIPPED: mkfifo failed");
        byte[] text = "Een zin.\n".repeat(20_000).getBytes(StandardCharsets.UTF_8);
        for (long limit : new long[] {text.length, text.length - 1}) {
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                try (OutputStream out = Files.newOutputStream(fifo)) {
                    out.write(text);
                } catch (IOException e) {
                    // the reader stopped early: the pipe is closed, as intended
                }
            });
            if (limit == text.length) {
                assertArrayEquals(text, InputBytes.read(fifo, true, limit));
            } else {
                assertEquals(fifo + ": is too large (more than " + limit + " bytes; at most " + limit
                        + " bytes can be read)", refusal(fifo, true, limit));
            }
            writer.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void linksThatLeadNowhereSayWhy() throws IOException {
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("gone.txt"));
        Path loop = Files.createSymbolicLink(dir.resolve("loop.txt"), dir.resolve("loop.txt"));
        assertEquals(dangling + ": is a symbolic link to a missing file", refusal(dangling, true, 100));
        assertEquals(loop + ": is a loop of symbolic links", refusal(loop, true, 100));
        assertEquals(dir.resolve("missing.txt") + ": no such file", refusal(dir.resolve("missing.txt"), true, 100));
    }
}
