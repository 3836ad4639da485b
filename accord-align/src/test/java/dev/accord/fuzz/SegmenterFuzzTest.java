package dev.accord.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import dev.accord.core.text.Sentence;
import dev.accord.core.text.TextSpan;
import dev.accord.internal.TextChars;
import dev.accord.io.InputFormat;
import dev.accord.io.InvalidInputException;
import dev.accord.io.TextReader;
import dev.accord.segment.SentenceSegmenter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the segmenter with any text the reader accepts: the sentences of each paragraph, joined,
 * give back the paragraph without its white space (no character lost or repeated), each sentence
 * is trimmed and non-empty, and the {@link Document} accepts them (order, numbering, spans, text).
 *
 * <p>Input layout: byte 0 chooses the language; the rest, decoded as UTF-8 (bad bytes become
 * U+FFFD), is the text, read as running text by the standard reader.
 */
class SegmenterFuzzTest {

    @TempDir
    static Path dir;

    @FuzzTest(maxDuration = "2m")
    void segmentationLosesNoCharacter(byte[] input) throws IOException {
        Language language = Language.values()[input.length > 0 ? (input[0] & 0xff) % Language.values().length : 0];
        String text = new String(Arrays.copyOfRange(input, Math.min(1, input.length), input.length), StandardCharsets.UTF_8);
        Path file = Files.writeString(dir.resolve("input.txt"), text, StandardCharsets.UTF_8);
        Document document;
        try {
            document = TextReader.of(InputFormat.TEXT).read(file, language);
        } catch (InvalidInputException refused) {
            return; // empty, blank or binary-looking: the reader's fuzz target checks the refusal
        }
        List<Sentence> sentences = SentenceSegmenter.standard().segment(document);
        document.withSentences(sentences); // checks order, numbering, spans and text
        List<TextSpan> paragraphs = document.paragraphs();
        for (int p = 0; p < paragraphs.size(); p++) {
            StringBuilder joined = new StringBuilder();
            for (Sentence s : sentences) {
                if (s.paragraph() == p) {
                    joined.append(s.text());
                }
            }
            assertEquals(withoutSpace(paragraphs.get(p).coveredText(document.text())), withoutSpace(joined),
                    "paragraph " + p);
        }
        for (Sentence s : sentences) {
            assertFalse(TextChars.isSpace(s.text().charAt(0)) || TextChars.isSpace(s.text().charAt(s.length() - 1)),
                    "untrimmed " + s);
        }
    }

    private static String withoutSpace(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(c -> !(Character.isBmpCodePoint(c) && TextChars.isSpace((char) c))).forEach(out::appendCodePoint);
        return out.toString();
    }
}
