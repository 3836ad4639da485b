package dev.accord.cli;

import dev.accord.internal.TextChars;
import dev.accord.io.InvalidInputException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code accord} command line: aligns Dutch and French texts and extracts what they say
 * about the Cybersecurity Tech Accord.
 *
 * <p>Errors never reach the user as a stack trace: bad input, bad options and failed writes print
 * one line on standard error and exit with a code from {@link ExitCodes}.
 *
 * <p>Every argument is taken as written: one that starts with {@code @} is a file name, not
 * picocli's {@code @file} of further arguments, which is turned off.
 */
@Command(
        name = "accord",
        mixinStandardHelpOptions = true,
        versionProvider = AccordCli.Version.class,
        description = "Aligns parallel Dutch and French texts sentence by sentence and extracts what they say "
                + "about the Cybersecurity Tech Accord.",
        subcommands = {CommandLine.HelpCommand.class, SegmentCommand.class, EvalCommand.class, EvalExtractCommand.class,
            ExtractCommand.class, ReportCommand.class, AlignCommand.class, BatchCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:internal error (a bug: please report it)",
            "2:invalid command line (unknown option, conflicting options)",
            "3:invalid input (missing, empty, binary or mis-encoded file, wrong language, malformed gold)",
            "4:output could not be written",
            "5:batch: some pairs failed (named on standard error and in the log), the others are done"
        })
public final class AccordCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private AccordCli() {
    }

    /** Runs the command line and exits the JVM with its exit code. */
    public static void main(String[] args) {
        // Output is UTF-8 whatever the locale, like the input: under LANG=C the platform encoding
        // would turn every accent into '?'. Standard output is written without System.out's
        // PrintStream, which would hide a write error; the first error is kept to report it.
        FailureKeepingStream stdout = new FailureKeepingStream(new FileOutputStream(FileDescriptor.out));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(out, err, stdout::failure, args));
    }

    /**
     * Runs the command line without exiting, for tests and embedding.
     *
     * @return the exit code, one of {@link ExitCodes}
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(out, err, Optional::empty, args);
    }

    /**
     * Runs the command line; {@code outFailure} tells why standard output failed, if it knows.
     * A command whose output did not arrive never ends with {@link ExitCodes#OK}: a write error
     * on {@code out} ends it with {@link ExitCodes#OUTPUT} and one line, except a pipe whose
     * reader quit early ({@code accord ... | head}), which is told by the exit code alone.
     */
    static int run(PrintWriter out, PrintWriter err, Supplier<Optional<IOException>> outFailure, String... args) {
        int code = execute(out, err, args);
        if (out.checkError()) {
            Optional<IOException> failure = outFailure.get();
            String reason = failure.map(IOException::getMessage).orElse(null);
            if (reason == null || !reason.contains("Broken pipe")) {
                err.println("accord: standard output: cannot write" + (reason == null ? "" : ": " + oneLine(reason)));
                err.flush();
            }
            code = ExitCodes.OUTPUT;
        }
        return code;
    }

    private static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new AccordCli());
        // An argument is what it says: picocli would read "@notes.txt" as a file of more arguments
        // (and a name that is text to align could then inject options); the shell or xargs do that job.
        cli.setExpandAtFiles(false);
        // picocli's own path converter drops the InvalidPathException that says why a name is unusable
        cli.registerConverter(Path.class, Path::of);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(AccordCli::handleExecutionException);
        cli.setParameterExceptionHandler(AccordCli::handleParameterException);
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError e) {
            // picocli hands on Errors; the one-line promise holds for running out of memory too.
            err.println("accord: out of memory (the Java heap is limited to " + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MB); give Java more, e.g. ACCORD_JAVA_OPTS=-Xmx4g, or split the input");
            code = ExitCodes.INTERNAL;
        } catch (StackOverflowError e) {
            err.println("accord: internal error: stack overflow (please report it, with the input if you can)");
            code = ExitCodes.INTERNAL;
        }
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static int handleParameterException(CommandLine.ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        if (e.getCause() instanceof InvalidPathException bad) {
            err.println("accord: " + oneLine(bad.getInput() + ": " + unusableName(bad)));
            return ExitCodes.INPUT;
        }
        err.println("accord: " + oneLine(parameterMessage(e)) + " (see '"
                + e.getCommandLine().getCommandSpec().qualifiedName(" ") + " --help')");
        return ExitCodes.USAGE;
    }

    /**
     * Says why a file name given on the command line cannot be turned into a path. On Linux Java
     * decodes arguments and file names in the locale's character set ({@code sun.jnu.encoding},
     * which no {@code -D} option changes): under {@code LC_ALL=C} that is ASCII, and every name
     * with an accent is refused here. {@code ./accord} runs Java under a UTF-8 locale for this.
     */
    static String unusableName(InvalidPathException bad) {
        String names = System.getProperty("sun.jnu.encoding", "");
        if (!names.isEmpty() && !isUtf8(names)) {
            return "cannot be used as a file name: Java decodes file names as " + names + " under this locale; "
                    + "run under a UTF-8 locale, e.g. LC_ALL=C.UTF-8 (./accord does)";
        }
        return "cannot be used as a file name: " + bad.getReason();
    }

    private static boolean isUtf8(String charset) {
        try {
            return Charset.forName(charset).equals(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    /**
     * Returns the message of a bad option. When a converter rejects a value with an
     * {@link IllegalArgumentException}, picocli's message quotes the exception's class name; the
     * user gets the converter's own words instead, for example
     * {@code Invalid value for option '--lang': unknown language code 'xx': expected one of ...}.
     */
    static String parameterMessage(CommandLine.ParameterException e) {
        if (e.getCause() instanceof IllegalArgumentException bad && bad.getMessage() != null) {
            CommandLine.Model.ArgSpec arg = e.getArgSpec();
            String what = arg == null ? "value"
                    : arg.isOption() ? "option '" + ((CommandLine.Model.OptionSpec) arg).longestName() + "'"
                    : "parameter " + arg.paramLabel();
            return "Invalid value for " + what + ": " + bad.getMessage();
        }
        return e.getMessage();
    }

    private static int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        int code;
        String message;
        if (e instanceof InvalidInputException bad) {
            code = ExitCodes.INPUT;
            message = bad.input() + ": " + bad.reason() + bad.remedy().map(r -> "; " + advice(r)).orElse("");
        } else if (e instanceof OutputException bad) {
            code = ExitCodes.OUTPUT;
            message = bad.getMessage();
        } else if (e instanceof CommandLine.ParameterException bad) {
            code = ExitCodes.USAGE;
            message = bad.getMessage();
        } else if (e instanceof IOException io) {
            code = ExitCodes.INPUT;
            message = io.getClass().getSimpleName() + ": " + io.getMessage();
        } else if (e instanceof IllegalArgumentException bad) {
            code = ExitCodes.USAGE;
            message = bad.getMessage();
        } else {
            code = ExitCodes.INTERNAL;
            message = "internal error: " + e + " (please report it)";
        }
        err.println("accord: " + oneLine(message));
        return code;
    }

    /**
     * Returns what the user can do about refused input, in terms of this command line's options
     * (the library words it in terms of its API).
     */
    static String advice(InvalidInputException.Remedy remedy) {
        return switch (remedy) {
            case InvalidInputException.Remedy.SkipLanguageCheck skip -> "pass --force to go on";
            case InvalidInputException.Remedy.NameEncoding name -> name.likely()
                    .map(charset -> "name its encoding (--encoding " + charset + ")")
                    .orElse("if the file uses another encoding, name it (--encoding)");
        };
    }

    /** Folds a message onto one line, so a user never sees a multi-line dump. */
    static String oneLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        return TextChars.printable(message.strip().replaceAll("\\s*\\R\\s*", "; "));
    }

    /** Reads the version from the jar, filtered in at build time. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            Properties p = new Properties();
            try (InputStream in = AccordCli.class.getResourceAsStream("version.properties")) {
                if (in == null) {
                    throw new UncheckedIOException(new IOException("version.properties missing from the jar"));
                }
                p.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new String[] {
                "accord " + p.getProperty("version"),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
            };
        }
    }
}
