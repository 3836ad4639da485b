package dev.accord.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.accord.core.align.Alignment;
import dev.accord.core.align.Bead;
import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import dev.accord.testing.ChildJvm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A write cut off half-way, by a real signal to a real process, leaves the named file as it was:
 * never half-written. After SIGTERM the temporary file is gone too; after SIGKILL, which no
 * code can intercept, a hidden {@code .out.tmx.*.tmp} file may stay behind. A child JVM ({@link #main}) writes a large TMX file; the test kills it once
 * the temporary file has started to grow.
 */
class InterruptedWriteTest {

    private static final String PREVIOUS = "the previous, complete output\n";

    @TempDir
    Path dir;

    /** The child process: writes a TMX file of many long beads to {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            sentences.add("Zin " + i + " met genoeg woorden om het bestand groot te maken, & <tekens> die XML escapet.");
        }
        Document nl = TestDocuments.of(Language.NL, sentences);
        Document fr = TestDocuments.of(Language.FR, sentences);
        List<Bead> beads = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            beads.add(new Bead(List.of(i), List.of(i), 0.5));
        }
        AlignmentWriter.forFormat(Format.TMX).write(Path.of(args[0]), nl, fr, Alignment.of(nl, fr, beads));
    }

    @ParameterizedTest(name = "killed with {0}")
    @ValueSource(strings = {"SIGTERM", "SIGKILL"})
    void killedWriteLeavesThePreviousFileWhole(String signal) throws Exception {
        Path out = Files.writeString(dir.resolve("out.tmx"), PREVIOUS, StandardCharsets.UTF_8);
        Process child = new ProcessBuilder(ChildJvm.command(List.of("-Xmx512m"), InterruptedWriteTest.class, out.toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (child.isAlive() && temporaryBytes() < 1 << 20 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assumeTrue(child.isAlive(), "SKIPPED: the child finished writing before it could be interrupted");
            if (signal.equals("SIGKILL")) {
                child.destroyForcibly();
            } else {
                child.destroy();
            }
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child did not stop");
        } finally {
            child.destroyForcibly();
        }
        assertEquals(PREVIOUS, Files.readString(out, StandardCharsets.UTF_8), "the named file is untouched");
        try (Stream<Path> files = Files.list(dir)) {
            List<String> others = files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("out.tmx") && !n.equals("child.log") && !n.startsWith(".out.tmx."))
                    .toList();
            assertEquals(List.of(), others, "nothing written beside the named file but its hidden temporary file");
        }
        if (signal.equals("SIGTERM")) { // a shutdown hook can clean up; after SIGKILL nothing can
            assertEquals(0, temporaryFiles(), "the temporary file is removed when the JVM is stopped");
        }
    }

    private long temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(".out.tmx.")).count();
        }
    }

    /** Returns the size of the largest hidden temporary file in the directory, 0 if none. */
    private long temporaryBytes() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(".out.tmx.")).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0; // moved or deleted meanwhile
                }
            }).max().orElse(0);
        }
    }
}
