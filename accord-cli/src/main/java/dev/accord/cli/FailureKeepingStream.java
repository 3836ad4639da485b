package dev.accord.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * An output stream that keeps the first write error of the stream under it, and throws it on as
 * usual. A {@link java.io.PrintWriter} on top turns every error into a flag without a reason; this
 * keeps the reason ("No space left on device", "Broken pipe") for the one-line message.
 *
 * <p>Not thread-safe, like the writer on top of it.
 */
final class FailureKeepingStream extends FilterOutputStream {

    private IOException failure;

    FailureKeepingStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw keep(e);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw keep(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw keep(e);
        }
    }

    private IOException keep(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }

    /** Returns the first write error, if there was one. */
    Optional<IOException> failure() {
        return Optional.ofNullable(failure);
    }
}
