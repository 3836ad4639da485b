package dev.accord.write;

import dev.accord.core.align.Bead;
import dev.accord.core.text.Document;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * One side of {@link Format#MOSES}: line {@code i} holds the sentences of bead {@code i} on this
 * side, joined by a space; empty if the side has none. Line breaks inside a sentence (any
 * character {@link BeadTexts#isLineBreak tools take as one}) become spaces, so that the two files
 * stay line-parallel.
 */
final class MosesFormat implements StreamFormat {

    private final boolean sourceSide;

    MosesFormat(boolean sourceSide) {
        this.sourceSide = sourceSide;
    }

    @Override
    public void write(Writer out, Document source, Document target, List<Bead> beads) throws IOException {
        Document document = sourceSide ? source : target;
        for (Bead bead : beads) {
            String text = BeadTexts.withoutLoneSurrogates(BeadTexts.text(document, sourceSide ? bead.source() : bead.target()));
            StringBuilder line = new StringBuilder(text.length() + 1);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                line.append(BeadTexts.isLineBreak(c) ? ' ' : c);
            }
            out.write(line.append('\n').toString());
        }
    }
}
