package dev.accord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class AccordCliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return AccordCli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void helpListsExitCodesAndSucceeds() {
        assertEquals(ExitCodes.OK, run("--help"));
        assertTrue(out.toString().contains("Usage: accord"), out.toString());
        assertTrue(out.toString().contains("invalid input"), out.toString());
    }

    @Test
    void versionNamesTheProjectVersion() {
        assertEquals(ExitCodes.OK, run("--version"));
        assertTrue(out.toString().matches("(?s)accord \\d+\\.\\d+\\.\\d+.*"), out.toString());
    }

    @Test
    void unknownOptionPrintsOneLineAndExitsWithUsageCode() {
        assertEquals(ExitCodes.USAGE, run("--no-such-option"));
        String message = err.toString().strip();
        assertTrue(message.startsWith("accord: Unknown option: '--no-such-option'"), message);
        assertEquals(1, message.lines().count(), message);
    }
}
