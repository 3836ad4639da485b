package dev.accord.write;

import dev.accord.core.align.Bead;
import dev.accord.core.text.Document;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes one stream of a format; the beads (all of an alignment, or those a filter kept) have
 * been checked against the documents.
 */
@FunctionalInterface
interface StreamFormat {

    /** Writes each of {@code beads} to {@code out}, in order. */
    void write(Writer out, Document source, Document target, List<Bead> beads) throws IOException;
}
