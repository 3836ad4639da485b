package dev.accord.write;

import dev.accord.core.align.Bead;
import dev.accord.core.text.Document;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** {@link Format#BEADS}: {@code [0]:[0, 1]:0.9734}, the gold-file format plus a score. */
final class BeadsFormat implements StreamFormat {

    @Override
    public void write(Writer out, Document source, Document target, List<Bead> beads) throws IOException {
        for (Bead bead : beads) {
            out.write('[' + BeadTexts.ids(bead.source(), ", ") + "]:[" + BeadTexts.ids(bead.target(), ", ") + "]:"
                    + BeadTexts.score(bead.score()) + '\n');
        }
    }
}
