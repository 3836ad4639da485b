package dev.accord.internal;

import dev.accord.io.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads small line-based side files (gold beads, word lists) strictly as UTF-8, turning every
 * failure into an {@link InvalidInputException} that names the file.
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
     * Calls {@code handler} for every line of {@code file}, in order.
     *
     * @throws InvalidInputException if the file is missing, unreadable or not UTF-8, or the
     *     handler rejects a line
     */
    public static void forEach(Path file, LineHandler handler) throws InvalidInputException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
            String line;
            int lineNumber = 0;
            while ((line = in.readLine()) != null) {
                handler.line(++lineNumber, line);
            }
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file, "no such file", e);
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(file, "not valid UTF-8", e);
        } catch (InvalidInputException e) {
            throw e;
        } catch (IOException e) {
            throw new InvalidInputException(file, "cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
