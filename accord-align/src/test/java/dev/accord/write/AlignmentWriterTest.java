package dev.accord.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accord.core.align.Alignment;
import dev.accord.core.align.Bead;
import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import dev.accord.testing.Json;
import dev.accord.testing.RandomText;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class AlignmentWriterTest {

    @TempDir
    Path dir;

    private static final Document NL = TestDocuments.of(Language.NL, List.of(
            "Dinsdag tekenden 34 bedrijven het akkoord.", "Microsoft en Facebook namen het initiatief.",
            "Deze zin is niet vertaald.", "Wie tekende niet?"));
    private static final Document FR = TestDocuments.of(Language.FR, List.of(
            "Mardi, 34 firmes ont signé l'accord.", "Microsoft", "et Facebook ont pris l'initiative.",
            "Cette phrase a été ajoutée.", "Qui n'a pas signé ?"));
    private static final Alignment ALIGNMENT = Alignment.of(NL, FR, List.of(
            new Bead(List.of(0), List.of(0), 0.97), new Bead(List.of(1), List.of(1, 2), 0.8123456),
            new Bead(List.of(2), List.of(), 0.1), new Bead(List.of(), List.of(3), 0.2),
            new Bead(List.of(3), List.of(4), 1.0)));

    private String written(Format format, Document source, Document target, Alignment alignment) throws IOException {
        StringWriter out = new StringWriter();
        AlignmentWriter.forFormat(format).write(out, source, target, alignment);
        return out.toString();
    }

    @Test
    void beadsAreTheGoldFormatWithAScore() throws IOException {
        assertEquals("""
                [0]:[0]:0.9700
                [1]:[1, 2]:0.8123
                [2]:[]:0.1000
                []:[3]:0.2000
                [3]:[4]:1.0000
                """, written(Format.BEADS, NL, FR, ALIGNMENT));
    }

    @Test
    void tsvHasAHeaderAndOneLineABeadWithBothTexts() throws IOException {
        assertEquals("""
                source_ids\ttarget_ids\tscore\tsource_text\ttarget_text
                0\t0\t0.9700\tDinsdag tekenden 34 bedrijven het akkoord.\tMardi, 34 firmes ont signé l'accord.
                1\t1,2\t0.8123\tMicrosoft en Facebook namen het initiatief.\tMicrosoft et Facebook ont pris l'initiative.
                2\t\t0.1000\tDeze zin is niet vertaald.\t
                \t3\t0.2000\t\tCette phrase a été ajoutée.
                3\t4\t1.0000\tWie tekende niet?\tQui n'a pas signé ?
                """, written(Format.TSV, NL, FR, ALIGNMENT));
    }

    @Test
    void tsvEscapesWhatWouldBreakItsLinesAndFields() {
        assertEquals("a\\tb\\nc\\rd\\\\e\\u2028f\\u0085g", TsvFormat.escape("a\tb\nc\rd\\e\u2028f\u0085g"));
        assertEquals("x\uFFFDy", TsvFormat.escape("x\uD800y"));
    }

    @Test
    void jsonlHasOneObjectABeadWithIdsTextsScoreAndType() throws IOException {
        List<String> lines = written(Format.JSONL, NL, FR, ALIGNMENT).lines().toList();
        assertEquals(5, lines.size());
        assertEquals("{\"source_ids\":[1],\"target_ids\":[1,2],\"source_text\":\"Microsoft en Facebook namen het initiatief.\","
                + "\"target_text\":\"Microsoft et Facebook ont pris l'initiative.\",\"score\":0.8123,\"type\":\"1-2\"}", lines.get(1));
        assertEquals(Map.of("source_ids", List.of(), "target_ids", List.of(3.0), "source_text", "",
                "target_text", "Cette phrase a été ajoutée.", "score", 0.2, "type", "0-1"), Json.parse(lines.get(3)));
    }

    @Test
    void tmxIsTmx14WithLanguagesPropertiesAndOneTuvPerNonEmptySide() throws Exception {
        String tmx = written(Format.TMX, NL, FR, ALIGNMENT);
        assertTrue(tmx.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">"), tmx);
        org.w3c.dom.Document xml = parseXml(tmx);
        Element header = (Element) xml.getElementsByTagName("header").item(0);
        assertEquals("nl", header.getAttribute("srclang"));
        assertEquals("sentence", header.getAttribute("segtype"));
        NodeList tus = xml.getElementsByTagName("tu");
        assertEquals(5, tus.getLength());
        Element second = (Element) tus.item(1);
        assertEquals("1", second.getAttribute("tuid"));
        assertEquals(List.of("nl:Microsoft en Facebook namen het initiatief.", "fr:Microsoft et Facebook ont pris l'initiative."),
                tuvs(second));
        assertEquals(List.of("x-accord-source-ids=1", "x-accord-target-ids=1,2", "x-accord-score=0.8123", "x-accord-type=1-2"),
                props(second));
        assertEquals(List.of("nl:Deze zin is niet vertaald."), tuvs((Element) tus.item(2)));
        assertEquals(List.of("fr:Cette phrase a été ajoutée."), tuvs((Element) tus.item(3)));
    }

    @Test
    void mosesWritesTwoLineParallelFilesNamedByLanguage() throws IOException {
        Path out = dir.resolve("corpus");
        List<Path> files = AlignmentWriter.forFormat(Format.MOSES).write(out, NL, FR, ALIGNMENT);
        assertEquals(List.of(dir.resolve("corpus.nl"), dir.resolve("corpus.fr")), files);
        assertEquals(List.of("Dinsdag tekenden 34 bedrijven het akkoord.", "Microsoft en Facebook namen het initiatief.",
                "Deze zin is niet vertaald.", "", "Wie tekende niet?"), Files.readAllLines(files.get(0)));
        assertEquals(List.of("Mardi, 34 firmes ont signé l'accord.", "Microsoft et Facebook ont pris l'initiative.", "",
                "Cette phrase a été ajoutée.", "Qui n'a pas signé ?"), Files.readAllLines(files.get(1)));
        assertEquals(List.of("corpus.fr", "corpus.nl"), entries());
    }

    @ParameterizedTest
    @EnumSource(value = Format.class, names = "MOSES", mode = EnumSource.Mode.EXCLUDE)
    void fileHoldsExactlyWhatTheStreamGets(Format format) throws IOException {
        Path out = dir.resolve("out." + format.id());
        Files.writeString(out, "an older, longer output that must be replaced entirely ".repeat(100));
        assertEquals(List.of(out), AlignmentWriter.forFormat(format).write(out, NL, FR, ALIGNMENT));
        assertEquals(written(format, NL, FR, ALIGNMENT), Files.readString(out, StandardCharsets.UTF_8));
        assertEquals(List.of(out.getFileName().toString()), entries());
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void everyBeadOfTheSeedGoldIsWrittenInEveryFormat(Format format) throws Exception {
        Document nl = TestDocuments.seed(Language.NL);
        Document fr = TestDocuments.seed(Language.FR);
        Alignment gold = TestDocuments.seedGold(nl, fr);
        List<Path> files = AlignmentWriter.forFormat(format).write(dir.resolve("seed"), nl, fr, gold);
        String first = Files.readString(files.get(0), StandardCharsets.UTF_8);
        int beads = gold.size();
        switch (format) {
            case BEADS -> assertEquals(beads, first.lines().count());
            case TSV -> assertEquals(beads + 1, first.lines().count());
            case JSONL -> assertEquals(beads, first.lines().map(Json::parse).count());
            case TMX -> assertEquals(beads, parseXml(first).getElementsByTagName("tu").getLength());
            case MOSES -> {
                assertEquals(beads, first.lines().count());
                assertEquals(beads, Files.readAllLines(files.get(1)).size());
                assertEquals(nl.sentence(0).text(), first.lines().findFirst().orElseThrow());
            }
        }
    }

    private static final List<String> HOSTILE = List.of(
            "control \u0000\u0001\u0007\u001B\u007F chars", "emoji 😀👍🏽 and a flag 🇧🇪", "right to left שלום مرحبا \u202Eevil",
            "lone \uD800 high and \uDC00 low", "end ]]> of CDATA", "<tag attr=\"x\">&amp; & < > '</tag>",
            "tab\there\nnewline\rreturn\u2028line-sep\u0085next", "non-characters \uFFFE\uFFFF end", "\\ backslash \\n literal",
            "combining e\u0301 and zero\u200Bwidth", "");

    @Test
    void hostileTextGivesValidTmxAndJsonThatReadBackAsTheText() throws Exception {
        List<String> nlTexts = new ArrayList<>(HOSTILE.subList(0, HOSTILE.size() - 1));
        List<String> frTexts = new ArrayList<>(HOSTILE.subList(1, HOSTILE.size() - 1));
        frTexts.add("x");
        Document nl = TestDocuments.of(Language.NL, nlTexts);
        Document fr = TestDocuments.of(Language.FR, frTexts);
        Alignment oneToOne = TestDocuments.randomAlignment(new Random(3), nl.size(), fr.size());

        org.w3c.dom.Document xml = parseXml(written(Format.TMX, nl, fr, oneToOne));
        List<String> segs = new ArrayList<>();
        NodeList segNodes = xml.getElementsByTagName("seg");
        for (int i = 0; i < segNodes.getLength(); i++) {
            segs.add(segNodes.item(i).getTextContent());
        }
        List<String> expectedSegs = new ArrayList<>();
        for (Bead bead : oneToOne.beads()) {
            if (!bead.source().isEmpty()) {
                expectedSegs.add(xmlSafe(BeadTexts.text(nl, bead.source())));
            }
            if (!bead.target().isEmpty()) {
                expectedSegs.add(xmlSafe(BeadTexts.text(fr, bead.target())));
            }
        }
        assertEquals(expectedSegs, segs);

        String jsonText = written(Format.JSONL, nl, fr, oneToOne);
        List<String> jsonl = jsonText.lines().toList();
        assertEquals(oneToOne.size(), jsonl.size());
        assertEquals(oneToOne.size(), jsonText.split("\\R").length,
                "one bead a line for a reader that splits on any Unicode line break (NEL, LS, PS too)");
        for (int i = 0; i < jsonl.size(); i++) {
            Map<?, ?> object = (Map<?, ?>) Json.parse(jsonl.get(i));
            assertEquals(utf8Safe(BeadTexts.text(nl, oneToOne.beads().get(i).source())), object.get("source_text"));
            assertEquals(utf8Safe(BeadTexts.text(fr, oneToOne.beads().get(i).target())), object.get("target_text"));
        }
    }

    @Test
    void randomHostileDocumentsGiveValidOutputInEveryFormatWithEveryBead() throws Exception {
        Random random = new Random(20261123L);
        for (int round = 0; round < 25; round++) {
            Document nl = TestDocuments.of(Language.NL, randomSentences(random));
            Document fr = TestDocuments.of(Language.FR, randomSentences(random));
            Alignment alignment = TestDocuments.randomAlignment(random, nl.size(), fr.size());
            int beads = alignment.size();
            String where = "round " + round;
            assertEquals(beads, written(Format.BEADS, nl, fr, alignment).lines().count(), where);
            assertEquals(beads + 1, written(Format.TSV, nl, fr, alignment).split("\n", -1).length - 1, where);
            assertEquals(beads, written(Format.JSONL, nl, fr, alignment).lines().map(Json::parse).count(), where);
            assertEquals(beads, parseXml(written(Format.TMX, nl, fr, alignment)).getElementsByTagName("tu").getLength(), where);
            List<Path> moses = AlignmentWriter.forFormat(Format.MOSES).write(dir.resolve("m"), nl, fr, alignment);
            for (Path file : moses) {
                String content = Files.readString(file, StandardCharsets.UTF_8);
                assertEquals(beads, content.split("\n", -1).length - 1, where + " " + file);
                assertTrue(content.chars().filter(c -> c != '\n').noneMatch(c -> BeadTexts.isLineBreak((char) c)), where);
            }
        }
    }

    @Test
    void mosesCannotGoToOneStream() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> written(Format.MOSES, NL, FR, ALIGNMENT));
        assertEquals("format moses writes 2 files, one per language, and cannot write to one stream: name an output file",
                e.getMessage());
    }

    @Test
    void alignmentOfOtherDocumentsIsRejected() {
        Alignment other = new Alignment(1, 1, List.of(Bead.of(List.of(0), List.of(0))));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> written(Format.BEADS, NL, FR, other));
        assertEquals("the alignment covers 1 x 1 sentences but the documents have 4 and 5", e.getMessage());
    }

    @Test
    void unwritableOutputFailsWithTheFileAndLeavesNothingBehind() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("out.tmx"));
        IOException e = assertThrows(IOException.class,
                () -> AlignmentWriter.forFormat(Format.TMX).write(sub, NL, FR, ALIGNMENT));
        assertEquals(sub + ": cannot write: it is a directory", e.getMessage());
        assertEquals(List.of("out.tmx"), entries());
    }

    @Test
    void formatNamesParseIgnoringCaseAndUnknownOnesAreListed() {
        assertEquals(Format.JSONL, Format.fromId(" JSONL "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Format.fromId("xml"));
        assertEquals("unknown format 'xml': expected one of beads, tsv, jsonl, tmx, moses", e.getMessage());
        IllegalArgumentException same = assertThrows(IllegalArgumentException.class,
                () -> Format.MOSES.files(Path.of("c"), Language.FR, Language.FR));
        assertEquals("format moses names its files by language, but both sides are French", same.getMessage());
    }

    private static List<String> randomSentences(Random random) {
        List<String> sentences = new ArrayList<>();
        int n = random.nextInt(8);
        for (int i = 0; i < n; i++) {
            String text = RandomText.hostile(random, random.nextInt(30)).strip();
            sentences.add(text.isEmpty() ? "x" : text);
        }
        return sentences;
    }

    private List<String> entries() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static org.w3c.dom.Document parseXml(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static List<String> tuvs(Element tu) {
        List<String> result = new ArrayList<>();
        NodeList tuvs = tu.getElementsByTagName("tuv");
        for (int i = 0; i < tuvs.getLength(); i++) {
            Element tuv = (Element) tuvs.item(i);
            result.add(tuv.getAttributeNS(XMLConstants.XML_NS_URI, "lang") + ":" + tuv.getTextContent());
        }
        return result;
    }

    private static List<String> props(Element tu) {
        List<String> result = new ArrayList<>();
        NodeList props = tu.getElementsByTagName("prop");
        for (int i = 0; i < props.getLength(); i++) {
            Element prop = (Element) props.item(i);
            result.add(prop.getAttribute("type") + "=" + prop.getTextContent());
        }
        return result;
    }

    /** The text as XML can carry it, computed independently of the writer. */
    private static String xmlSafe(String text) {
        StringBuilder b = new StringBuilder();
        text.codePoints().forEach(cp -> b.appendCodePoint(
                cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD
                        || cp >= 0x10000 ? cp : 0xFFFD));
        return b.toString();
    }

    /** The text as UTF-8 can carry it: lone surrogates replaced. */
    private static String utf8Safe(String text) {
        StringBuilder b = new StringBuilder();
        text.codePoints().forEach(cp -> b.appendCodePoint(cp >= 0xD800 && cp <= 0xDFFF ? 0xFFFD : cp));
        return b.toString();
    }
}
