package dev.accord.cli;

/** The exit codes of the {@code accord} command; each is listed in {@code accord --help}. */
public final class ExitCodes {
    /** The command did what was asked. */
    public static final int OK = 0;
    /** A bug: an unexpected exception. */
    public static final int INTERNAL = 1;
    /** The command line is wrong: unknown or conflicting options, bad values. */
    public static final int USAGE = 2;
    /** An input file cannot be used. */
    public static final int INPUT = 3;
    /** An output file could not be written. */
    public static final int OUTPUT = 4;
    /** {@code accord batch}: some pairs failed (each is named on standard error and in the log); the others are done. */
    public static final int SOME_FAILED = 5;

    private ExitCodes() {
    }
}
