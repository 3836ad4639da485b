package dev.accord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accord.AccordPipeline;
import dev.accord.Bitext;
import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import dev.accord.core.text.Sentence;
import dev.accord.testing.Json;
import dev.accord.write.Format;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code accord align -o OUT} on text full of characters that break output files: every format is
 * valid (TMX parses as XML, each JSON line parses) and holds every sentence of both sides once,
 * in order; a run that fails leaves the previous output as it was, and a run that succeeds writes
 * nothing but the named file(s).
 */
class AlignOutputCliTest {

    /** Characters XML, JSON, TSV or line-based tools choke on; each is valid UTF-8 text. */
    private static final String[] ODD = {"<", "&", "]]>", "\"", "\\", "\t", "\u0007", "\u001B", "\u000B", "\f",
        "\u007F", "\u0085", "\u2028", "\u2029", "\uFFFE", "\uFFFF", "\uD83D\uDE00", "\u05E9\u05DC\u05D5\u05DD",
        "\u202E", "e\u0301", "\u00A0", "\u200B", "&amp;", "<![CDATA[", "\u001C"};

    @TempDir
    static Path inputs;

    @TempDir
    Path out;

    private static Path nl;
    private static Path fr;
    private static Bitext expected;

    @BeforeAll
    static void prepareHostileTexts() throws IOException {
        nl = Files.writeString(inputs.resolve("nl.txt"), sprinkle(seed("nl"), new Random(5)), StandardCharsets.UTF_8);
        fr = Files.writeString(inputs.resolve("fr.txt"), sprinkle(seed("fr"), new Random(6)), StandardCharsets.UTF_8);
        expected = AccordPipeline.standard().loadPair(nl, Language.NL, fr, Language.FR);
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result accord(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int exit = AccordCli.run(new PrintWriter(o), new PrintWriter(e), args);
        return new Result(exit, o.toString(), e.toString());
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void everyFormatIsValidAndHoldsEverySentenceInOrder(Format format) throws Exception {
        Path file = out.resolve("aligned." + format.id());
        Result r = accord("align", nl.toString(), fr.toString(), "--format", format.id(), "-o", file.toString());
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertEquals("", r.err());
        assertEquals("", r.out());
        Document source = expected.source();
        Document target = expected.target();
        switch (format) {
            case BEADS -> {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                assertCoverage(lines.stream().map(l -> l.substring(1, l.indexOf(']'))).toList(),
                        lines.stream().map(l -> l.substring(l.indexOf(":[") + 2, l.indexOf("]:", l.indexOf(":[")))).toList());
            }
            case TSV -> {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                lines = lines.subList(1, lines.size());
                lines.forEach(l -> assertEquals(5, l.split("\t", -1).length, "five fields: " + l));
                assertCoverage(lines.stream().map(l -> l.split("\t", -1)[0]).toList(),
                        lines.stream().map(l -> l.split("\t", -1)[1]).toList());
            }
            case JSONL -> {
                List<Map<?, ?>> beads = Files.readString(file, StandardCharsets.UTF_8).lines()
                        .<Map<?, ?>>map(l -> (Map<?, ?>) Json.parse(l)).toList();
                assertCoverage(beads.stream().map(b -> ids(b.get("source_ids"))).toList(),
                        beads.stream().map(b -> ids(b.get("target_ids"))).toList());
                assertEquals(joined(source, false), beads.stream().map(b -> (String) b.get("source_text"))
                        .filter(t -> !t.isEmpty()).collect(Collectors.joining(" ")));
                assertEquals(joined(target, false), beads.stream().map(b -> (String) b.get("target_text"))
                        .filter(t -> !t.isEmpty()).collect(Collectors.joining(" ")));
            }
            case TMX -> {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                org.w3c.dom.Document xml = factory.newDocumentBuilder().parse(file.toFile());
                NodeList props = xml.getElementsByTagName("prop");
                List<String> sourceIds = new ArrayList<>();
                List<String> targetIds = new ArrayList<>();
                for (int k = 0; k < props.getLength(); k++) {
                    Element prop = (Element) props.item(k);
                    switch (prop.getAttribute("type")) {
                        case "x-accord-source-ids" -> sourceIds.add(prop.getTextContent());
                        case "x-accord-target-ids" -> targetIds.add(prop.getTextContent());
                        default -> { }
                    }
                }
                assertCoverage(sourceIds, targetIds);
                assertEquals(joined(source, true), segs(xml, "nl"));
                assertEquals(joined(target, true), segs(xml, "fr"));
            }
            case MOSES -> {
                List<String> dutch = Files.readAllLines(out.resolve("aligned.moses.nl"), StandardCharsets.UTF_8);
                List<String> french = Files.readAllLines(out.resolve("aligned.moses.fr"), StandardCharsets.UTF_8);
                assertEquals(dutch.size(), french.size(), "line-parallel");
                assertEquals(withoutSpace(joined(source, false)), withoutSpace(String.join("", dutch)));
                assertEquals(withoutSpace(joined(target, false)), withoutSpace(String.join("", french)));
            }
            default -> throw new AssertionError(format);
        }
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(format == Format.MOSES ? 2 : 1, files.count(), "nothing but the named output");
        }
    }

    @Test
    void failedRunLeavesThePreviousOutputAndNoTemporaryFile() throws IOException {
        Path file = Files.writeString(out.resolve("aligned.tsv"), "previous\n", StandardCharsets.UTF_8);
        Result r = accord("align", nl.toString(), inputs.resolve("missing.txt").toString(), "-o", file.toString());
        assertEquals(ExitCodes.INPUT, r.exit(), r.err());
        assertEquals("previous\n", Files.readString(file, StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void unwritableOutputIsExitFourWithNothingLeftBehind() throws IOException {
        Path notADirectory = Files.writeString(out.resolve("file.txt"), "x", StandardCharsets.UTF_8);
        Result r = accord("align", nl.toString(), fr.toString(), "--format", "tmx", "-o",
                notADirectory.resolve("aligned.tmx").toString());
        assertEquals(ExitCodes.OUTPUT, r.exit(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("accord: " + notADirectory.resolve("aligned.tmx") + ": cannot write"), r.err());
        HostileInputCliTest.assertNoStackTrace(r.err());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(notADirectory), files.toList());
        }
    }

    @Test
    void sameInputGivesTheSameBytes() throws IOException {
        for (String name : List.of("a.tmx", "b.tmx")) {
            assertEquals(ExitCodes.OK, accord("align", nl.toString(), fr.toString(), "--format", "tmx", "-o",
                    out.resolve(name).toString()).exit());
        }
        assertEquals(-1L, Files.mismatch(out.resolve("a.tmx"), out.resolve("b.tmx")));
    }

    /** Asserts that the id lists, bead by bead, visit 0, 1, 2, ... of each side exactly once. */
    private static void assertCoverage(List<String> sourceIds, List<String> targetIds) {
        assertEquals(range(expected.source().size()), flatten(sourceIds), "every source sentence once, in order");
        assertEquals(range(expected.target().size()), flatten(targetIds), "every target sentence once, in order");
    }

    private static List<Integer> flatten(List<String> ids) {
        List<Integer> all = new ArrayList<>();
        for (String list : ids) {
            for (String id : list.split(",")) {
                if (!id.isBlank()) {
                    all.add(Integer.parseInt(id.strip()));
                }
            }
        }
        return all;
    }

    private static List<Integer> range(int n) {
        List<Integer> r = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            r.add(i);
        }
        return r;
    }

    private static String ids(Object list) {
        return ((List<?>) list).stream().map(d -> Integer.toString(((Number) d).intValue())).collect(Collectors.joining(","));
    }

    /** The sentences joined by a space; for XML, with the characters XML 1.0 forbids as U+FFFD. */
    private static String joined(Document document, boolean xml) {
        String all = document.sentences().stream().map(Sentence::text).collect(Collectors.joining(" "));
        if (!xml) {
            return all;
        }
        StringBuilder b = new StringBuilder(all.length());
        all.chars().forEach(c -> b.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF
                ? '\uFFFD' : (char) c));
        return b.toString();
    }

    private static String segs(org.w3c.dom.Document xml, String language) {
        List<String> texts = new ArrayList<>();
        NodeList tuvs = xml.getElementsByTagName("tuv");
        for (int k = 0; k < tuvs.getLength(); k++) {
            Element tuv = (Element) tuvs.item(k);
            if (tuv.getAttributeNS(XMLConstants.XML_NS_URI, "lang").equals(language)) {
                texts.add(tuv.getTextContent());
            }
        }
        return String.join(" ", texts);
    }

    private static String withoutSpace(String s) {
        return s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != 0x200B
                && c != 0x85 && c != 0x1C).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    /** Puts an odd character after about one word in three (not after punctuation, so no boundary moves). */
    private static String sprinkle(String text, Random random) {
        StringBuilder out = new StringBuilder(text.length() * 2);
        for (String word : text.split(" ", -1)) {
            out.append(out.isEmpty() ? "" : " ").append(word);
            if (random.nextInt(3) == 0 && !word.isEmpty() && Character.isLetter(word.charAt(word.length() - 1))) {
                out.append(ODD[random.nextInt(ODD.length)]);
            }
        }
        return out.toString();
    }

    private static String seed(String language) throws IOException {
        try (InputStream in = AlignOutputCliTest.class.getResourceAsStream("/corpus/seed-" + language + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
