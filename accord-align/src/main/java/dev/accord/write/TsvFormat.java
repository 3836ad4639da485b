package dev.accord.write;

import dev.accord.core.align.Bead;
import dev.accord.core.text.Document;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * {@link Format#TSV}: a header line, then one bead a line: source ids, target ids, score, source
 * text, target text. In texts, {@code \ tab LF CR} are written as {@code \\ \t \n \r}, and the
 * other characters that tools take as line breaks as {@code \}{@code uXXXX}, so that each bead
 * stays one line of five fields.
 */
final class TsvFormat implements StreamFormat {

    static final String HEADER = "source_ids\ttarget_ids\tscore\tsource_text\ttarget_text\n";

    @Override
    public void write(Writer out, Document source, Document target, List<Bead> beads) throws IOException {
        out.write(HEADER);
        for (Bead bead : beads) {
            out.write(BeadTexts.ids(bead.source(), ","));
            out.write('\t');
            out.write(BeadTexts.ids(bead.target(), ","));
            out.write('\t');
            out.write(BeadTexts.score(bead.score()));
            out.write('\t');
            out.write(escape(BeadTexts.text(source, bead.source())));
            out.write('\t');
            out.write(escape(BeadTexts.text(target, bead.target())));
            out.write('\n');
        }
    }

    /** Escapes a text for one TSV field. */
    static String escape(String text) {
        String clean = BeadTexts.withoutLoneSurrogates(text);
        StringBuilder b = new StringBuilder(clean.length() + 8);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> {
                    if (BeadTexts.isLineBreak(c)) {
                        b.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
