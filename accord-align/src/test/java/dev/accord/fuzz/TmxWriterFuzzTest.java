package dev.accord.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.accord.core.align.Alignment;
import dev.accord.core.align.Bead;
import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import dev.accord.testing.Json;
import dev.accord.write.AlignmentWriter;
import dev.accord.write.Format;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.NodeList;

/**
 * Fuzzes the TMX and JSON Lines writers with any sentence text, lone surrogates and every control
 * character included: the TMX must parse as XML and each {@code <seg>} must read back as its
 * sentence with only the characters XML forbids replaced by U+FFFD; each JSON line must parse
 * and hold the sentence with only lone surrogates replaced.
 *
 * <p>Input layout: the bytes, taken two at a time, are UTF-16 code units (so any char, paired or
 * not); U+E000 ends a sentence and U+E001 switches from the Dutch to the French side.
 */
class TmxWriterFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void tmxAndJsonLinesHoldAnyTextValidly(byte[] input) throws Exception {
        List<List<String>> sides = List.of(new ArrayList<>(), new ArrayList<>());
        int side = 0;
        StringBuilder current = new StringBuilder();
        for (int i = 0; i + 1 < input.length; i += 2) {
            char c = (char) ((input[i] & 0xff) << 8 | (input[i + 1] & 0xff));
            if (c == '\uE000' || c == '\uE001') {
                sides.get(side).add(current.toString());
                current.setLength(0);
                side = c == '\uE001' ? 1 : side;
            } else {
                current.append(c);
            }
        }
        sides.get(side).add(current.toString());
        Document nl = FuzzDocuments.of(Language.NL, List.of(sides.get(0))); // sentences stripped, empty ones dropped
        Document fr = FuzzDocuments.of(Language.FR, List.of(sides.get(1)));
        List<Bead> beads = new ArrayList<>();
        for (int k = 0; k < Math.max(nl.size(), fr.size()); k++) { // 1-1 beads, then one-sided ones
            beads.add(Bead.of(k < nl.size() ? List.of(k) : List.of(), k < fr.size() ? List.of(k) : List.of()));
        }
        Alignment alignment = Alignment.of(nl, fr, beads);

        StringWriter tmx = new StringWriter();
        AlignmentWriter.forFormat(Format.TMX).write(tmx, nl, fr, alignment);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        NodeList segs = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(tmx.toString().getBytes(StandardCharsets.UTF_8)))
                .getElementsByTagName("seg");
        List<String> expected = new ArrayList<>();
        for (Bead bead : beads) {
            bead.source().forEach(k -> expected.add(clean(nl.sentence(k).text(), true)));
            bead.target().forEach(k -> expected.add(clean(fr.sentence(k).text(), true)));
        }
        List<String> read = new ArrayList<>();
        for (int k = 0; k < segs.getLength(); k++) {
            read.add(segs.item(k).getTextContent());
        }
        assertEquals(expected, read, "TMX segments read back as the sentences");

        StringWriter jsonl = new StringWriter();
        AlignmentWriter.forFormat(Format.JSONL).write(jsonl, nl, fr, alignment);
        List<String> lines = jsonl.toString().lines().toList();
        assertEquals(beads.size(), lines.size(), "one JSON line a bead");
        for (int k = 0; k < lines.size(); k++) {
            Map<?, ?> object = (Map<?, ?>) Json.parse(lines.get(k));
            Bead bead = beads.get(k);
            assertEquals(bead.source().isEmpty() ? "" : clean(nl.sentence(k).text(), false), object.get("source_text"));
            assertEquals(bead.target().isEmpty() ? "" : clean(fr.sentence(k).text(), false), object.get("target_text"));
        }
    }

    /** Replaces lone surrogates and, for XML, the characters XML 1.0 forbids, with U+FFFD. */
    private static String clean(String text, boolean xml) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)
                    || xml && (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFE' || c == '\uFFFF')) {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
