package dev.accord.internal;

import dev.accord.io.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads the bytes of every file the tools take as input (texts, translations, gold and predicted
 * beads, word lists) with the same checks and the same messages: a directory, a missing file, a
 * symbolic link that leads nowhere, an unreadable file, a file above {@value #MAX_BYTES} bytes and,
 * are each refused with an {@link InvalidInputException} that names the file and the reason.
 *
 * <p>Files that are not regular files (a FIFO such as {@code <(zcat a.gz)}, a device such as
 * {@code /dev/stdin}) are read as streams, and the limit is checked while reading, so
 * {@code /dev/zero} or an endless pipe is refused after at most {@value #MAX_BYTES} bytes, and at
 * its first chunk when the caller refuses a NUL byte anyway. Not part of the API.
 */
public final class InputBytes {

    /** The most bytes any input file may hold: a {@code String} could not hold much more. */
    public static final long MAX_BYTES = 1L << 30;

    private static final int CHUNK = 1 << 16;

    private InputBytes() {
    }

    /**
     * Reads all bytes of {@code file}.
     *
     * @param file the file to read
     * @param stopAtNul true if the caller refuses a file with a NUL byte (UTF-8 text): reading then
     *     stops after the first chunk that holds one, and the bytes so far are returned for the
     *     caller to refuse with its own message (which may name another cause, such as UTF-16)
     * @throws InvalidInputException if the file cannot be used; the message names it and the reason
     */
    public static byte[] read(Path file, boolean stopAtNul) throws InvalidInputException {
        return read(file, stopAtNul, MAX_BYTES);
    }

    /** {@link #read(Path, boolean)} with another limit, for tests that cannot feed a gigabyte. */
    static byte[] read(Path file, boolean stopAtNul, long maxBytes) throws InvalidInputException {
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(file, "is a directory, not a file");
        }
        if (!Files.exists(file)) {
            throw new InvalidInputException(file, missing(file));
        }
        if (!Files.isReadable(file)) {
            throw new InvalidInputException(file, "cannot be read: permission denied");
        }
        try {
            long size = Files.isRegularFile(file) ? Files.size(file) : -1;
            if (size > maxBytes) {
                throw tooLarge(file, size + " bytes", maxBytes);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return readStream(file, in, size, stopAtNul, maxBytes);
            }
        } catch (InvalidInputException e) {
            throw e;
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new InvalidInputException(file, "cannot be read: permission denied", e);
        } catch (IOException e) {
            throw new InvalidInputException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads the stream to its end into one array; {@code size} is the file's size if known (the
     * array then has room for it and one byte more, to see a file that grew), else -1.
     */
    private static byte[] readStream(Path file, InputStream in, long size, boolean stopAtNul, long maxBytes)
            throws IOException, InvalidInputException {
        byte[] buffer = new byte[(int) Math.min(Math.max(CHUNK, size + 1), maxBytes + 1)];
        int length = 0;
        while (true) {
            if (length == buffer.length) {
                if (length > maxBytes) {
                    throw tooLarge(file, "more than " + maxBytes + " bytes", maxBytes);
                }
                buffer = Arrays.copyOf(buffer, (int) Math.min((long) length * 2, maxBytes + 1));
            }
            int read = in.read(buffer, length, Math.min(CHUNK, buffer.length - length));
            if (read < 0) {
                return length == buffer.length ? buffer : Arrays.copyOf(buffer, length);
            }
            length += read;
            if (stopAtNul && hasNul(buffer, length - read, length)) {
                return Arrays.copyOf(buffer, length);
            }
        }
    }

    /**
     * Refuses {@code bytes[from, to)} if they hold a NUL byte, the mark of a binary file.
     *
     * @throws InvalidInputException naming the file and the byte offset of the first NUL
     */
    public static void requireNoNul(Path file, byte[] bytes, int from, int to) throws InvalidInputException {
        for (int i = from; i < to; i++) {
            if (bytes[i] == 0) {
                throw new InvalidInputException(file, "looks like a binary file, not text (NUL byte at byte offset " + i
                        + ")");
            }
        }
    }

    private static boolean hasNul(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static InvalidInputException tooLarge(Path file, String size, long maxBytes) {
        return new InvalidInputException(file, "is too large (" + size + "; at most " + maxBytes + " bytes can be read)");
    }

    /**
     * Says why a file that does not exist is missing: no such file, or a link that leads nowhere.
     * A name with U+FFFD came, most likely, from bytes that are not valid UTF-8 (the JVM decodes
     * arguments and cannot give back the bytes), so the message says so rather than leave the user
     * looking at a file that is there.
     */
    private static String missing(Path file) {
        if (!Files.isSymbolicLink(file) && !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return file.toString().indexOf('\uFFFD') >= 0
                    ? "no such file (if its name holds bytes that are not valid UTF-8, shown as \uFFFD, Java cannot "
                            + "open it by that name: rename the file)"
                    : "no such file";
        }
        try {
            file.toRealPath();
            return "no such file";
        } catch (FileSystemException e) {
            String reason = e.getReason() == null ? "" : e.getReason();
            return reason.contains("symbolic links") ? "is a loop of symbolic links"
                    : "is a symbolic link to a missing file";
        } catch (IOException e) {
            return "is a symbolic link to a missing file";
        }
    }
}
