package dev.accord.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.accord.align.SentenceAligner;
import dev.accord.core.align.Alignment;
import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import dev.accord.io.InputFormat;
import dev.accord.io.InvalidInputException;
import dev.accord.io.TextReader;
import dev.accord.segment.SentenceSegmenter;
import dev.accord.write.AlignmentWriter;
import dev.accord.write.Format;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the text pipeline end to end with arbitrary bytes: reader → segmenter → aligner → TMX
 * writer. Each input either is refused by the reader with an {@link InvalidInputException} (one
 * line, naming the file), or goes through every stage: the documents, the alignment (every
 * sentence in exactly one bead, in order — checked by their constructors) and a TMX file that an
 * XML parser accepts. Anything else — another exception, a hang, an invalid TMX — is a finding.
 *
 * <p>Input layout (so that seed files are easy to write by hand): byte 0 chooses the input format
 * (bit 0: sentences per line) and the language pair (bit 1: swap NL and FR); bytes 1–2 are the
 * big-endian length of the Dutch file; then the Dutch bytes; the rest is the French file.
 */
class TextPipelineFuzzTest {

    /** Created and deleted by JUnit around the whole class; each input overwrites its files. */
    @TempDir
    static Path dir;

    @FuzzTest(maxDuration = "2m")
    void anyBytesAreRefusedClearlyOrAlignedWithoutLosingASentence(byte[] input) throws Exception {
        int flags = input.length > 0 ? input[0] : 0;
        InputFormat format = (flags & 1) != 0 ? InputFormat.SENTENCES : InputFormat.TEXT;
        boolean swap = (flags & 2) != 0;
        int nlLength = input.length >= 3 ? ((input[1] & 0xff) << 8 | (input[2] & 0xff)) : 0;
        int from = Math.min(3, input.length);
        int split = Math.min(input.length, from + nlLength);
        Document nl = read(Arrays.copyOfRange(input, from, split), "nl.txt", format, swap ? Language.FR : Language.NL);
        Document fr = read(Arrays.copyOfRange(input, split, input.length), "fr.txt", format,
                swap ? Language.NL : Language.FR);
        if (nl == null || fr == null) {
            return;
        }
        Alignment alignment = SentenceAligner.standard().align(nl, fr);
        assertEquals(nl.size(), alignment.sourceSize());
        assertEquals(fr.size(), alignment.targetSize());
        StringWriter tmx = new StringWriter();
        AlignmentWriter.forFormat(Format.TMX).write(tmx, nl, fr, alignment);
        parseXml(tmx.toString());
    }

    /** Reads and segments {@code bytes}, or returns null if the reader refuses them properly. */
    private static Document read(byte[] bytes, String name, InputFormat format, Language language) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        Document document;
        try {
            document = TextReader.of(format).read(file, language);
        } catch (InvalidInputException refused) {
            String why = refused.getMessage();
            assertTrue(why.contains(name), "the message names the file: " + why);
            assertFalse(why.contains("\n") || why.contains("\r"), "one line: " + why);
            return null;
        }
        Document segmented = document.size() > 0 ? document
                : document.withSentences(SentenceSegmenter.standard().segment(document));
        assertFalse(segmented.sentences().isEmpty(), "a readable file has at least one sentence");
        return segmented;
    }

    private static void parseXml(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new AssertionError("TMX output is not well-formed XML: " + e.getMessage(), e);
        }
    }
}
