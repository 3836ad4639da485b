package dev.accord.internal;

import dev.accord.io.InvalidInputException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads small line-based side files (gold beads, word lists) strictly as UTF-8, turning every
 * failure into an {@link InvalidInputException} that names the file and says where it went wrong.
 *
 * <p>Design decision: the file is read whole before any line is handed on, so that a bad byte is
 * reported with its byte offset and line, as the main reader does. It is read by
 * {@link InputBytes}, with the main reader's size limit and messages.
 *
 * <p>Not part of the API.
 */
public final class Utf8Lines {

    /** Receives one line and its 1-based number; may reject it. */
    @FunctionalInterface
    public interface LineHandler {
        /** Handles line {@code lineNumber}; throws to reject the file. */
        void line(int lineNumber, String line) throws InvalidInputException;
    }

    private Utf8Lines() {
    }

    /**
     * Calls {@code handler} for every line of {@code file}, in order. Lines end at LF, CRLF or CR;
     * a leading byte-order mark is skipped.
     *
     * @throws InvalidInputException if the file is missing, a directory, unreadable, too large,
     *     binary (holds a NUL byte) or not UTF-8 (the message gives the byte offset and line), or the handler
     *     rejects a line
     */
    public static void forEach(Path file, LineHandler handler) throws InvalidInputException {
        String text = decode(file, InputBytes.read(file, true));
        int lineNumber = 0;
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        while (start < text.length()) {
            int end = start;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            handler.line(++lineNumber, text.substring(start, end));
            if (end < text.length() && text.charAt(end) == '\r' && end + 1 < text.length()
                    && text.charAt(end + 1) == '\n') {
                end++;
            }
            start = end + 1;
        }
    }

    private static String decode(Path file, byte[] bytes) throws InvalidInputException {
        InputBytes.requireNoNul(file, bytes, 0, bytes.length);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new InvalidInputException(file, String.format(Locale.ROOT,
                    "is not valid UTF-8 at byte offset %d (line %d, byte 0x%02X)", offset, line, bytes[offset] & 0xFF));
        }
        return out.flip().toString();
    }
}
