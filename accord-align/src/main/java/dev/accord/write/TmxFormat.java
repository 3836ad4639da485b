package dev.accord.write;

import dev.accord.core.align.Bead;
import dev.accord.core.text.Document;
import dev.accord.internal.AccordVersion;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@link Format#TMX}: a TMX 1.4b document written with StAX. Each bead is a {@code <tu>} with
 * its bead number as {@code tuid}, the properties {@code x-accord-source-ids},
 * {@code x-accord-target-ids}, {@code x-accord-score} and {@code x-accord-type}, and one
 * {@code <tuv xml:lang="…">} per side that has sentences (a one-sided bead has one, which TMX
 * allows).
 *
 * <p>Valid XML for any text: characters XML 1.0 forbids become U+FFFD; StAX escapes {@code <},
 * {@code &} and {@code >} (so {@code ]]>} cannot end anything); a carriage return is written as
 * the reference {@code &#xD;}, since an XML parser would otherwise read it back as a line feed.
 * There is no DOCTYPE (a parser would try to fetch the DTD) and no creation date (the output is
 * deterministic). The JDK's own StAX writer is used, whatever other implementation is on the
 * class path, since the escaping above is checked against it.
 */
final class TmxFormat implements StreamFormat {

    @Override
    public void write(Writer out, Document source, Document target, List<Bead> beads) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("tmx");
            xml.writeAttribute("version", "1.4");
            xml.writeCharacters("\n  ");
            xml.writeEmptyElement("header");
            xml.writeAttribute("creationtool", "Accord");
            xml.writeAttribute("creationtoolversion", AccordVersion.get());
            xml.writeAttribute("segtype", "sentence");
            xml.writeAttribute("o-tmf", "Accord");
            xml.writeAttribute("adminlang", "en");
            xml.writeAttribute("srclang", source.language().iso639_1());
            xml.writeAttribute("datatype", "plaintext");
            xml.writeCharacters("\n  ");
            xml.writeStartElement("body");
            for (int i = 0; i < beads.size(); i++) {
                Bead bead = beads.get(i);
                xml.writeCharacters("\n    ");
                xml.writeStartElement("tu");
                xml.writeAttribute("tuid", Integer.toString(i));
                prop(xml, "x-accord-source-ids", BeadTexts.ids(bead.source(), ","));
                prop(xml, "x-accord-target-ids", BeadTexts.ids(bead.target(), ","));
                prop(xml, "x-accord-score", BeadTexts.score(bead.score()));
                prop(xml, "x-accord-type", bead.type());
                tuv(xml, source, bead.source());
                tuv(xml, target, bead.target());
                xml.writeCharacters("\n    ");
                xml.writeEndElement();
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("writing TMX failed: " + e.getMessage(), e);
        }
    }

    private static void prop(XMLStreamWriter xml, String type, String value) throws XMLStreamException {
        xml.writeCharacters("\n      ");
        xml.writeStartElement("prop");
        xml.writeAttribute("type", type);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void tuv(XMLStreamWriter xml, Document document, List<Integer> ids) throws XMLStreamException {
        if (ids.isEmpty()) {
            return;
        }
        xml.writeCharacters("\n      ");
        xml.writeStartElement("tuv");
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", document.language().iso639_1());
        xml.writeStartElement("seg");
        text(xml, BeadTexts.forXml(BeadTexts.text(document, ids)));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** Writes text, carriage returns as character references so that they survive parsing. */
    private static void text(XMLStreamWriter xml, String text) throws XMLStreamException {
        int from = 0;
        for (int cr = text.indexOf('\r'); cr >= 0; cr = text.indexOf('\r', from)) {
            xml.writeCharacters(text.substring(from, cr));
            xml.writeEntityRef("#xD");
            from = cr + 1;
        }
        xml.writeCharacters(text.substring(from));
    }
}
