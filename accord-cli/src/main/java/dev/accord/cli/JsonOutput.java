package dev.accord.cli;

import dev.accord.internal.OutputText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;

/**
 * How the command line writes JSON: Jackson's streaming generator, compact, one value a line.
 *
 * <p>Strings go through {@link #string}, which replaces a lone surrogate (half of a broken
 * character, which UTF-8 cannot encode) by U+FFFD, as I-JSON (RFC 7493) asks; Jackson escapes
 * quotes, backslashes and control characters. A slash is written as it is.
 */
final class JsonOutput {

    /** Immutable and thread-safe once built. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private JsonOutput() {
    }

    /** Returns a generator that writes to {@code out}; closing it flushes but does not close {@code out}. */
    static JsonGenerator generator(Writer out) {
        return FACTORY.createGenerator(out);
    }

    /** Writes {@code text} as a string value, or {@code null} if it is null. */
    static void string(JsonGenerator json, String text) {
        if (text == null) {
            json.writeNull();
        } else {
            json.writeString(OutputText.withoutLoneSurrogates(text));
        }
    }

    /** Ends a top-level value with a line feed. */
    static void newline(Writer out) {
        try {
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
