package dev.accord.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process and keeps what it printed, for command tests. */
final class CliRun {

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    /** Runs {@code accord args...} and returns its exit code; output accumulates in {@link #out} and {@link #err}. */
    int run(String... args) {
        return AccordCli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    /** Forgets what was printed so far. */
    void clear() {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
    }
}
