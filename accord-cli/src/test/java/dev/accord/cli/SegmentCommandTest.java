package dev.accord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentCommandTest {

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private String oneErrorLine() {
        String message = cli.err.toString();
        assertEquals(1, message.lines().count(), message);
        assertTrue(!message.contains("\tat "), message);
        return message.strip();
    }

    @Test
    void printsOneSentenceALineWithBlankLinesBetweenParagraphs() throws IOException {
        Path file = write("nl.txt", "Vier pijlers\n\nDhr. Jansen tekende o.a. het akkoord. Google deed niet mee!\nWaarom?\n");
        assertEquals(ExitCodes.OK, cli.run("segment", file.toString(), "--lang", "nl"));
        assertEquals("Vier pijlers\n\nDhr. Jansen tekende o.a. het akkoord.\nGoogle deed niet mee!\nWaarom?\n", cli.out.toString());
        assertEquals("", cli.err.toString());
    }

    @Test
    void frenchQuestionInBracketsStaysInItsSentence() throws IOException {
        Path file = write("fr.txt", "Celles qui ne l'ont pas (encore?) signé. But de la réunion? Délimiter leurs projets.");
        assertEquals(ExitCodes.OK, cli.run("segment", file.toString(), "--lang", "fr"));
        assertEquals("Celles qui ne l'ont pas (encore?) signé.\nBut de la réunion?\nDélimiter leurs projets.\n",
                cli.out.toString());
    }

    @Test
    void preSplitInputIsPrintedAsGiven() throws IOException {
        Path file = write("s.txt", "Een. Twee.\nDrie\n\nVier.\n");
        assertEquals(ExitCodes.OK, cli.run("segment", file.toString(), "--lang", "nl", "--input", "sentences"));
        assertEquals("Een. Twee.\nDrie\n\nVier.\n", cli.out.toString());
    }

    @Test
    void namedEncodingIsDecoded() throws IOException {
        Path file = Files.write(dir.resolve("l1.txt"), "Genève. Sécurité.".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(ExitCodes.OK, cli.run("segment", file.toString(), "--lang", "fr", "--encoding", "ISO-8859-1"));
        assertEquals("Genève.\nSécurité.\n", cli.out.toString());
    }

    @Test
    void missingFileExitsWithInputCodeAndOneLine() {
        Path file = dir.resolve("missing.txt");
        assertEquals(ExitCodes.INPUT, cli.run("segment", file.toString(), "--lang", "nl"));
        assertEquals("accord: " + file + ": no such file", oneErrorLine());
        assertEquals("", cli.out.toString());
    }

    @Test
    void emptyFileExitsWithInputCode() throws IOException {
        Path file = write("empty.txt", "");
        assertEquals(ExitCodes.INPUT, cli.run("segment", file.toString(), "--lang", "fr"));
        assertEquals("accord: " + file + ": the file is empty", oneErrorLine());
    }

    @Test
    void whitespaceOnlyFileExitsWithInputCode() throws IOException {
        Path file = write("blank.txt", " \n\t\n");
        assertEquals(ExitCodes.INPUT, cli.run("segment", file.toString(), "--lang", "fr"));
        assertEquals("accord: " + file + ": the file holds only white space, no text", oneErrorLine());
    }

    @Test
    void directoryExitsWithInputCode() {
        assertEquals(ExitCodes.INPUT, cli.run("segment", dir.toString(), "--lang", "nl"));
        assertEquals("accord: " + dir + ": is a directory, not a file", oneErrorLine());
    }

    @Test
    void binaryFileExitsWithInputCode() throws IOException {
        Path file = Files.write(dir.resolve("x.bin"), new byte[] {'G', 'I', 'F', 0, 1, 2});
        assertEquals(ExitCodes.INPUT, cli.run("segment", file.toString(), "--lang", "nl"));
        assertEquals("accord: " + file + ": looks like a binary file, not text (NUL byte at byte offset 3)", oneErrorLine());
    }

    @Test
    void invalidUtf8ExitsWithInputCodeNamingTheOffset() throws IOException {
        Path file = Files.write(dir.resolve("l1.txt"), "Genève.".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(ExitCodes.INPUT, cli.run("segment", file.toString(), "--lang", "fr"));
        assertEquals("accord: " + file + ": is not valid UTF-8 at byte offset 3 (line 1, byte 0xE8); if the file uses "
                + "another encoding, name it (--encoding)", oneErrorLine());
    }

    @Test
    void unknownLanguageExitsWithUsageCode() throws IOException {
        Path file = write("nl.txt", "Een zin.");
        assertEquals(ExitCodes.USAGE, cli.run("segment", file.toString(), "--lang", "xx"));
        assertTrue(oneErrorLine().contains("unknown language code 'xx'"), cli.err.toString());
    }

    @Test
    void missingLanguageExitsWithUsageCode() throws IOException {
        Path file = write("nl.txt", "Een zin.");
        assertEquals(ExitCodes.USAGE, cli.run("segment", file.toString()));
        assertTrue(oneErrorLine().contains("Missing required option: '--lang=LANG'"), cli.err.toString());
    }

    @Test
    void unknownEncodingExitsWithUsageCode() throws IOException {
        Path file = write("nl.txt", "Een zin.");
        assertEquals(ExitCodes.USAGE, cli.run("segment", file.toString(), "--lang", "nl", "--encoding", "klingon-8"));
        assertTrue(oneErrorLine().startsWith("accord: unknown encoding 'klingon-8'"), cli.err.toString());
    }

    @Test
    void unknownInputFormatExitsWithUsageCode() throws IOException {
        Path file = write("nl.txt", "Een zin.");
        assertEquals(ExitCodes.USAGE, cli.run("segment", file.toString(), "--lang", "nl", "--input", "xml"));
        assertTrue(oneErrorLine().contains("unknown input format 'xml'"), cli.err.toString());
    }

    private static final String FRENCH = "Les entreprises promettent de garantir un internet libre et sûr sur base de "
            + "quatre piliers. D'abord et surtout, elles se focaliseront sur une meilleure sécurité pour tous les "
            + "utilisateurs dans le monde. Ensuite, les entreprises s'engagent à ne jamais aider des autorités.\n";

    @Test
    void frenchFileGivenAsDutchExitsWithInputCodeAndSuggestsForce() throws IOException {
        Path file = write("fr.txt", FRENCH);
        assertEquals(ExitCodes.INPUT, cli.run("segment", file.toString(), "--lang", "nl"));
        String message = oneErrorLine();
        assertTrue(message.startsWith("accord: " + file + ": looks French (fra, confidence "), message);
        assertTrue(message.endsWith("), but was given as Dutch; pass --force to go on"), message);
        assertEquals("", cli.out.toString());
    }

    @Test
    void forceSegmentsAFileDespiteItsLanguage() throws IOException {
        Path file = write("fr.txt", FRENCH);
        assertEquals(ExitCodes.OK, cli.run("segment", file.toString(), "--lang", "nl", "--force"));
        assertEquals(3, cli.out.toString().lines().count(), cli.out.toString());
        assertEquals("", cli.err.toString());
    }
}
