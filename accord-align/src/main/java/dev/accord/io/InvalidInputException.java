package dev.accord.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Thrown when an input file cannot be used: it is missing, empty, binary, not valid in its
 * encoding, in the wrong language, or malformed. Carries the file and a reason fit to show a user.
 *
 * <p>The message is one line: {@code FILE: REASON}.
 */
public class InvalidInputException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String reason;

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
        super((file == null ? "<input>" : file.toString()) + ": " + Objects.requireNonNull(reason, "reason"), cause);
        this.file = file;
        this.reason = reason;
    }

    /** Returns the offending file, if the input came from one. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** Returns what is wrong, without the file name. */
    public String reason() {
        return reason;
    }
}
