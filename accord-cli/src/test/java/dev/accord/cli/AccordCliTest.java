package dev.accord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accord.testing.ChildJvm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccordCliTest {

    private final CliRun cli = new CliRun();

    @Test
    void helpListsExitCodesAndSucceeds() {
        assertEquals(ExitCodes.OK, cli.run("--help"));
        assertTrue(cli.out.toString().contains("Usage: accord"), cli.out.toString());
        assertTrue(cli.out.toString().contains("invalid input"), cli.out.toString());
    }

    @Test
    void versionNamesTheProjectVersion() {
        assertEquals(ExitCodes.OK, cli.run("--version"));
        assertTrue(cli.out.toString().matches("(?s)accord \\d+\\.\\d+\\.\\d+.*"), cli.out.toString());
    }

    @Test
    void unknownOptionPrintsOneLineAndExitsWithUsageCode() {
        assertEquals(ExitCodes.USAGE, cli.run("--no-such-option"));
        String message = cli.err.toString().strip();
        assertTrue(message.startsWith("accord: Unknown option: '--no-such-option'"), message);
        assertEquals(1, message.lines().count(), message);
    }

    /**
     * An argument that starts with {@code @} is a file name like any other, never picocli's
     * {@code @file} of more arguments: a text named {@code @notes.txt} is read, and a file of
     * options beside it is not expanded into the command line.
     */
    @Test
    void anArgumentStartingWithAtIsAFileNameNotAnArgumentFile(@TempDir Path dir) throws IOException, InterruptedException {
        Files.writeString(dir.resolve("@notes.txt"), "Microsoft heeft het akkoord ondertekend.\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("notes.txt"), "--help\n", StandardCharsets.UTF_8);
        ProcessBuilder pb = new ProcessBuilder(ChildJvm.command(List.of("-Xmx256m"), AccordCli.class, "segment",
                "@notes.txt", "--lang", "nl", "--force")).directory(dir.toFile());
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        Path stdout = dir.resolve("out.txt");
        Path stderr = dir.resolve("err.txt");
        Process process = pb.redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the process did not finish");
        String errors = Files.readString(stderr, StandardCharsets.UTF_8);
        assertEquals(ExitCodes.OK, process.exitValue(), errors);
        assertEquals("", errors);
        assertEquals("Microsoft heeft het akkoord ondertekend.\n", Files.readString(stdout, StandardCharsets.UTF_8));

        Path options = Files.writeString(dir.resolve("options.txt"), "--version\n", StandardCharsets.UTF_8);
        assertEquals(ExitCodes.INPUT, cli.run("segment", "@" + options, "--lang", "nl"));
        assertEquals("accord: @" + options + ": no such file\n", cli.err.toString());
        assertEquals("", cli.out.toString());
    }
}
