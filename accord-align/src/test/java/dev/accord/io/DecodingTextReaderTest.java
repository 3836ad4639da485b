package dev.accord.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import dev.accord.core.text.TextSpan;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecodingTextReaderTest {

    @TempDir
    Path dir;

    private final TextReader text = TextReader.of(InputFormat.TEXT);
    private final TextReader sentences = TextReader.of(InputFormat.SENTENCES);

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> paragraphs(Document d) {
        return d.paragraphs().stream().map(p -> p.coveredText(d.text())).toList();
    }

    @Test
    void blankLinesSeparateParagraphsAndSingleLineBreaksDoNot() throws IOException {
        Document d = text.read(write("a.txt", "  Titel\n\nEerste zin.\nTweede zin.\n \t\n\n\nLaatste.  \n"), Language.NL);
        assertEquals(List.of("Titel", "Eerste zin.\nTweede zin.", "Laatste."), paragraphs(d));
        assertEquals(0, d.size());
        assertEquals(new TextSpan(2, 7), d.paragraphs().get(0));
    }

    @Test
    void byteOrderMarkIsDroppedAndLineBreaksBecomeLineFeeds() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "Une phrase.\r\n\r\nDeux.\rTrois.\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        Document d = text.read(write("crlf.txt", all), Language.FR);
        assertEquals("Une phrase.\n\nDeux.\nTrois.\n", d.text());
        assertEquals(List.of("Une phrase.", "Deux.\nTrois."), paragraphs(d));
    }

    @Test
    void decomposedAccentsAreComposed() throws IOException {
        Document d = text.read(write("nfd.txt", "Gene\u0300ve et se\u0301curite\u0301."), Language.FR);
        assertEquals("Genève et sécurité.", d.text());
    }

    @Test
    void sentencesModeNumbersNonBlankLinesFromZeroAcrossParagraphs() throws IOException {
        Document d = sentences.read(write("s.txt", "Een.\n  Twee.  \n\nDrie\n\n\nVier?\n"), Language.NL);
        assertEquals(List.of("Een.", "Twee.", "Drie", "Vier?"), d.sentences().stream().map(s -> s.text()).toList());
        assertEquals(List.of(0, 0, 1, 2), d.sentences().stream().map(s -> s.paragraph()).toList());
        assertEquals(List.of(0, 1, 2, 3), d.sentences().stream().map(s -> s.index()).toList());
        assertEquals(3, d.paragraphs().size());
    }

    @Test
    void aNamedEncodingIsDecoded() throws IOException {
        Path file = write("latin1.txt", "Sécurité à Genève.".getBytes(StandardCharsets.ISO_8859_1));
        Document d = TextReader.of(InputFormat.TEXT, StandardCharsets.ISO_8859_1).read(file, Language.FR);
        assertEquals("Sécurité à Genève.", d.text());
    }

    @Test
    void utf16WithByteOrderMarkIsReadWhenNamed() throws IOException {
        Path file = write("utf16.txt", "Één zin.\n\nTwee.".getBytes(StandardCharsets.UTF_16));
        Document d = TextReader.of(InputFormat.TEXT, StandardCharsets.UTF_16).read(file, Language.NL);
        assertEquals(List.of("Één zin.", "Twee."), paragraphs(d));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uFEFFEen zin.\r\nNog een.\r\n\r\nTweede alinea.", "Cre\u0301che\rcafe\u0301\n\n  x  ",
        "Eén regel zonder einde"})
    void textInMemoryIsReadExactlyAsTheSameFile(String content) throws IOException {
        Path file = write("same.txt", content);
        for (TextReader reader : List.of(text, sentences)) {
            Document fromFile = reader.read(file, Language.NL);
            assertEquals(fromFile, reader.read(content, Language.NL));
            assertEquals(fromFile, reader.read(new java.io.StringReader(content), Language.NL));
            assertEquals(fromFile, reader.read(new java.io.ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)),
                    Language.NL));
        }
    }

    @Test
    void textInMemoryIsRefusedAsAFileIsButNamedText() throws IOException {
        InvalidInputException empty = assertThrows(InvalidInputException.class, () -> text.read("", Language.NL));
        assertEquals("text: the text is empty", empty.getMessage());
        assertTrue(empty.file().isEmpty());
        InvalidInputException blank = assertThrows(InvalidInputException.class, () -> text.read(" \n\t", Language.NL));
        assertEquals("text: the text holds only white space, no text", blank.getMessage());
        InvalidInputException binary = assertThrows(InvalidInputException.class,
                () -> text.read(new java.io.ByteArrayInputStream(new byte[] {'P', 'K', 3, 4, 0, 0, 'x'}), Language.NL));
        assertEquals("text: looks like a binary file, not text (NUL byte at byte offset 4)", binary.getMessage());
        InvalidInputException broken = assertThrows(InvalidInputException.class, () -> text.read(new java.io.Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("connection reset");
            }

            @Override
            public void close() {
            }
        }, Language.NL));
        assertEquals("text: cannot be read: connection reset", broken.getMessage());
    }

    @Test
    void invalidUtf8IsRejectedWithByteOffsetAndLine() throws IOException {
        Path file = write("latin1.txt", "Ligne un.\nS\u00e9curit\u00e9.".getBytes(StandardCharsets.ISO_8859_1));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> text.read(file, Language.FR));
        assertEquals(file + ": is not valid UTF-8 at byte offset 11 (line 2, byte 0xE9); if it uses another "
                + "encoding, name it: PipelineConfig.builder().encoding(charset)", e.getMessage());
        assertEquals(new InvalidInputException.Remedy.NameEncoding(java.util.Optional.empty()), e.remedy().orElseThrow());
        assertEquals(file, e.file().orElseThrow());
    }

    @Test
    void textUnmappableInANamedEncodingIsRejected() throws IOException {
        Path file = write("x.txt", new byte[] {'a', 'b', (byte) 0x81, '.'});
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> TextReader.of(InputFormat.TEXT, Charset.forName("windows-1252")).read(file, Language.FR));
        assertEquals(file + ": is not valid windows-1252 at byte offset 2", e.getMessage());
    }

    @Test
    void emptyFileIsRejected() throws IOException {
        Path file = write("empty.txt", new byte[0]);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> text.read(file, Language.NL));
        assertEquals(file + ": the file is empty", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "\n\n\n", " \t\r\n \u00A0\u200B\n", "\uFEFF\n"})
    void whitespaceOnlyFileIsRejected(String content) throws IOException {
        Path file = write("blank.txt", content);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> sentences.read(file, Language.NL));
        assertEquals(file + ": the file holds only white space, no text", e.getMessage());
    }

    @Test
    void fileWithNulBytesIsRejectedAsBinary() throws IOException {
        Path file = write("bin.dat", new byte[] {'P', 'K', 3, 4, 0, 0, 'x'});
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> text.read(file, Language.NL));
        assertEquals(file + ": looks like a binary file, not text (NUL byte at byte offset 4)", e.getMessage());
    }

    /** Found by ReaderFuzzTest (input {@code three-byte-order-marks}): only the first two were dropped. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5})
    void everyLeadingByteOrderMarkIsDropped(int marks) throws IOException {
        String text = "\uFEFF".repeat(marks) + "Een zin.\n";
        Document d = sentences.read(write("boms.txt", text), Language.NL);
        assertEquals("Een zin.\n", d.text());
        assertEquals(new TextSpan(0, 8), d.sentences().get(0).span());
        assertEquals("Een zin.\n", sentences.read(text, Language.NL).text());
    }

    @Test
    void utf16WithByteOrderMarkReadAsUtf8NamesTheEncoding() throws IOException {
        Path file = write("utf16.txt", "Één zin.".getBytes(StandardCharsets.UTF_16));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> text.read(file, Language.NL));
        assertEquals(file + ": starts with a UTF-16 byte-order mark; name its encoding: PipelineConfig.builder().encoding(\"UTF-16\")",
                e.getMessage());
    }

    @Test
    void utf16WithoutByteOrderMarkReadAsUtf8NamesTheEncoding() throws IOException {
        Path file = write("utf16le.txt", "Een zin over het akkoord.".getBytes(StandardCharsets.UTF_16LE));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> text.read(file, Language.NL));
        assertEquals(file + ": looks like UTF-16 text; name its encoding: PipelineConfig.builder().encoding(\"UTF-16LE\")",
                e.getMessage());
        assertEquals("looks like UTF-16 text", e.reason());
        Document d = TextReader.of(InputFormat.TEXT, StandardCharsets.UTF_16LE).read(file, Language.NL);
        assertEquals("Een zin over het akkoord.", d.text());
    }

    /**
     * UTF-32 is told apart from UTF-16 and from binary data: its byte-order mark {@code FF FE 00 00}
     * begins with UTF-16's, and its ASCII letters are followed by three NUL bytes, not one.
     */
    @ParameterizedTest
    @ValueSource(strings = {"UTF-32BE:FEFF:starts with a UTF-32 byte-order mark:UTF-32",
        "UTF-32LE:FFFE:starts with a UTF-32 byte-order mark:UTF-32", "UTF-32LE::looks like UTF-32 text:UTF-32LE",
        "UTF-32BE::looks like UTF-32 text:UTF-32BE"})
    void utf32ReadAsUtf8NamesUtf32(String row) throws IOException {
        String[] cells = row.split(":");
        byte[] body = "Een zin over het akkoord.".getBytes(Charset.forName(cells[0]));
        byte[] bom = switch (cells[1]) {
            case "FEFF" -> new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF};
            case "FFFE" -> new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0};
            default -> new byte[0];
        };
        byte[] bytes = concat(bom, body);
        String[] expected = {cells[2], cells[3]};
        Path file = write("utf32.txt", bytes);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> text.read(file, Language.NL));
        assertEquals(file + ": " + expected[0] + "; name its encoding: PipelineConfig.builder().encoding(\"" + expected[1] + "\")",
                e.getMessage());
        Document d = TextReader.of(InputFormat.TEXT, Charset.forName(expected[1])).read(file, Language.NL);
        assertEquals("Een zin over het akkoord.", d.text());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void fileFullOfControlCharactersIsRejectedAsBinary() throws IOException {
        byte[] bytes = new byte[400];
        Random random = new Random(42);
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 3 == 0 ? 1 + random.nextInt(7) : 'a' + random.nextInt(26));
        }
        Path file = write("ctl.dat", bytes);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> text.read(file, Language.NL));
        assertTrue(e.getMessage().startsWith(file + ": looks like a binary file, not text (134 of its 400 characters"),
                e.getMessage());
    }

    @Test
    void aFewStrayControlCharactersAreKept() throws IOException {
        Document d = text.read(write("ctl.txt", "Een\u0007 zin met een bel.\n\nEn een \u001B escape."), Language.NL);
        assertEquals(2, d.paragraphs().size());
    }

    @Test
    void missingFileIsRejected() {
        Path file = dir.resolve("nope.txt");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> text.read(file, Language.NL));
        assertEquals(file + ": no such file", e.getMessage());
    }

    @Test
    void directoryIsRejected() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> text.read(dir, Language.NL));
        assertEquals(dir + ": is a directory, not a file", e.getMessage());
    }

    @Test
    void unreadableFileIsRejected() throws IOException {
        Path file = write("secret.txt", "Geheim.");
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "needs POSIX permissions");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        Assumptions.assumeFalse(Files.isReadable(file), "running as a user who can read anything (root)");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> text.read(file, Language.NL));
        assertEquals(file + ": cannot be read: permission denied", e.getMessage());
    }

    @Test
    void largeParagraphAndManyLinesAreReadInLinearTime() throws IOException {
        StringBuilder big = new StringBuilder(5_300_000);
        while (big.length() < 5_000_000) {
            big.append("woord zonder punt ");
        }
        big.append("\n\n");
        for (int i = 0; i < 200_000; i++) {
            big.append("Zin ").append(i).append(".\n");
        }
        Document d = sentences.read(write("big.txt", big.toString()), Language.NL);
        assertEquals(200_001, d.size());
        assertEquals(2, d.paragraphs().size());
    }

    @Test
    void emojiRightToLeftAndNonBreakingSpacesSurvive() throws IOException {
        String content = "Emoji 😀 en \u05E9\u05DC\u05D5\u05DD.\u00A0Tab\there.";
        Document d = text.read(write("u.txt", content), Language.NL);
        assertEquals(content, d.text());
    }
}
