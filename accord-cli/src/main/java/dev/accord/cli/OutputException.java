package dev.accord.cli;

import java.io.IOException;

/** Thrown by a command when it cannot write its output; the CLI exits with {@link ExitCodes#OUTPUT}. */
final class OutputException extends IOException {

    private static final long serialVersionUID = 1L;

    OutputException(String message, Throwable cause) {
        super(message, cause);
    }
}
