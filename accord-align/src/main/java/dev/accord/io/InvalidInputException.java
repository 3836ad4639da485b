package dev.accord.io;

import dev.accord.internal.TextChars;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Thrown when an input cannot be used: it is missing, empty, binary, not valid in its encoding,
 * in the wrong language, or malformed. Carries the input (a file, or a name for text given in
 * memory), a reason fit to show a user and, where there is one, the {@link Remedy} that lets
 * the input through.
 *
 * <p>The message is one line: {@code INPUT: REASON}, then {@code ; } and the remedy in terms of
 * the Java API, e.g. {@code nl.txt: looks French (fra, confidence 1.00), but was given as Dutch;
 * to read it anyway, turn the language check off: PipelineConfig.builder().force(true)}. A command line
 * words the remedy its own way from {@link #input()}, {@link #reason()} and {@link #remedy()}.
 * The input's name and the reason may quote untrusted text (a file name, a line of a file);
 * characters a terminal would act on are shown as <code>&#92;uXXXX</code> escapes in the message
 * ({@link #input()} and {@link #reason()} keep them as they are).
 */
public class InvalidInputException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String input;
    private final String reason;
    private final transient Remedy remedy;

    /**
     * What the caller can change to have an input accepted.
     */
    public sealed interface Remedy {

        /** Returns the remedy in terms of the Java API, e.g. {@code PipelineConfig.builder().force(true)}. */
        String apiAdvice();

        /** The input is in another language than declared, or looks so: the language check can be turned off. */
        record SkipLanguageCheck() implements Remedy {
            @Override
            public String apiAdvice() {
                return "to read it anyway, turn the language check off: PipelineConfig.builder().force(true)";
            }
        }

        /**
         * The bytes do not decode in the charset used: name the right one.
         *
         * @param likely the charset the bytes look like, if they show one (e.g. {@code UTF-16LE})
         */
        record NameEncoding(Optional<String> likely) implements Remedy {

            /**
             * Checks the value.
             *
             * @throws NullPointerException if {@code likely} is null
             */
            public NameEncoding {
                Objects.requireNonNull(likely, "likely");
            }

            @Override
            public String apiAdvice() {
                return likely.map(c -> "name its encoding: PipelineConfig.builder().encoding(\"" + c + "\")")
                        .orElse("if it uses another encoding, name it: PipelineConfig.builder().encoding(charset)");
            }
        }
    }

    /**
     * Creates the exception.
     *
     * @param file the offending file, or {@code null} if the input did not come from a file
     * @param reason what is wrong, in words for the user; not null
     */
    public InvalidInputException(Path file, String reason) {
        this(file, reason, null);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param file the offending file, or {@code null} if the input did not come from a file
     * @param reason what is wrong, in words for the user; not null
     * @param cause the underlying exception, or {@code null}
     */
    public InvalidInputException(Path file, String reason, Throwable cause) {
        this(file, file == null ? "<input>" : file.toString(), reason, null, cause);
    }

    /**
     * Creates the exception for an input that did not come from a file, such as text in memory.
     *
     * @param input what to call the input in the message, e.g. {@code source text}; not null
     * @param reason what is wrong, in words for the user; not null
     * @param remedy what lets the input through, or {@code null} if nothing does
     * @param cause the underlying exception, or {@code null}
     */
    public InvalidInputException(String input, String reason, Remedy remedy, Throwable cause) {
        this(null, input, reason, remedy, cause);
    }

    /**
     * Creates the exception for a file, with what lets it through.
     *
     * @param file the offending file, or {@code null} if the input did not come from a file
     * @param reason what is wrong, in words for the user; not null
     * @param remedy what lets the input through, or {@code null} if nothing does
     * @param cause the underlying exception, or {@code null}
     */
    public InvalidInputException(Path file, String reason, Remedy remedy, Throwable cause) {
        this(file, file == null ? "<input>" : file.toString(), reason, remedy, cause);
    }

    private InvalidInputException(Path file, String input, String reason, Remedy remedy, Throwable cause) {
        super(TextChars.printable(Objects.requireNonNull(input, "input") + ": " + Objects.requireNonNull(reason, "reason"))
                + (remedy == null ? "" : "; " + remedy.apiAdvice()), cause);
        this.file = file;
        this.input = input;
        this.reason = reason;
        this.remedy = remedy;
    }

    /** Returns the offending file, if the input came from one. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** Returns the name of the input as the message gives it: the file, or the name given to text in memory. */
    public String input() {
        return input;
    }

    /** Returns what is wrong, without the input's name or the remedy. */
    public String reason() {
        return reason;
    }

    /** Returns what lets the input through, if anything does. */
    public Optional<Remedy> remedy() {
        return Optional.ofNullable(remedy);
    }

    /**
     * Returns this exception for an input called {@code newInput}: the same reason, remedy and
     * cause, without a file. For text read in memory, which the reader cannot name itself.
     */
    public InvalidInputException forInput(String newInput) {
        InvalidInputException renamed = new InvalidInputException(null, newInput, reason, remedy, getCause());
        renamed.setStackTrace(getStackTrace());
        return renamed;
    }
}
