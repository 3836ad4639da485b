package dev.accord.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import dev.accord.core.text.Sentence;
import dev.accord.core.text.TextSpan;
import dev.accord.internal.TextChars;
import dev.accord.io.InputFormat;
import dev.accord.io.InvalidInputException;
import dev.accord.io.TextReader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the reader alone with arbitrary bytes, in every layout and in several encodings. Each
 * input is refused with a one-line {@link InvalidInputException} naming the file, or read into a
 * document whose text is clean (no carriage return, no leading byte-order mark, NFC) and whose
 * paragraphs, and in sentence mode sentences, are trimmed, non-blank and in order; in sentence
 * mode there is one sentence per non-blank line.
 *
 * <p>Input layout: byte 0 chooses the layout (bit 0: one sentence a line) and the encoding (bits
 * 1-2: UTF-8, ISO-8859-1, windows-1252, UTF-16); the rest is the file.
 */
class ReaderFuzzTest {

    private static final List<Charset> CHARSETS = List.of(StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1,
            Charset.forName("windows-1252"), StandardCharsets.UTF_16);

    @TempDir
    static Path dir;

    @FuzzTest(maxDuration = "2m")
    void anyBytesAreReadCleanOrRefusedInOneLine(byte[] input) throws IOException {
        int flags = input.length > 0 ? input[0] : 0;
        InputFormat format = (flags & 1) != 0 ? InputFormat.SENTENCES : InputFormat.TEXT;
        Charset charset = CHARSETS.get((flags >> 1) & 3);
        Path file = Files.write(dir.resolve("input.txt"), Arrays.copyOfRange(input, Math.min(1, input.length), input.length));
        Document document;
        try {
            document = TextReader.of(format, charset).read(file, Language.NL);
        } catch (InvalidInputException refused) {
            String why = refused.getMessage();
            assertTrue(why.startsWith(file + ": "), "the message names the file: " + why);
            assertFalse(why.contains("\n") || why.contains("\r"), "one line: " + why);
            assertFalse(refused.reason().isBlank(), "a reason is given");
            return;
        }
        String text = document.text();
        assertFalse(text.indexOf('\r') >= 0, "line ends are unified");
        assertFalse(text.startsWith("\uFEFF"), "the byte-order mark is dropped");
        assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC), "the text is NFC");
        assertFalse(document.paragraphs().isEmpty(), "a readable file has a paragraph");
        for (TextSpan p : document.paragraphs()) {
            assertTrimmedAndNonBlank(text, p);
        }
        if (format == InputFormat.SENTENCES) {
            long lines = text.lines().filter(l -> !TextChars.isBlank(l, 0, l.length())).count();
            assertEquals(lines, document.size(), "one sentence per non-blank line");
            for (Sentence s : document.sentences()) {
                assertTrimmedAndNonBlank(text, s.span());
            }
        } else {
            assertEquals(0, document.size(), "running text is not segmented by the reader");
        }
    }

    private static void assertTrimmedAndNonBlank(String text, TextSpan span) {
        assertTrue(span.end() > span.start(), "empty span " + span);
        assertFalse(TextChars.isSpace(text.charAt(span.start())), "untrimmed start " + span);
        assertFalse(TextChars.isSpace(text.charAt(span.end() - 1)), "untrimmed end " + span);
    }
}
