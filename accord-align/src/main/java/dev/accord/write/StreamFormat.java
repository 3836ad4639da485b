package dev.accord.write;

import dev.accord.core.align.Alignment;
import dev.accord.core.text.Document;
import java.io.IOException;
import java.io.Writer;

/** Writes one stream of a format; the alignment has been checked against the documents. */
@FunctionalInterface
interface StreamFormat {

    /** Writes every bead of {@code alignment} to {@code out}, in order. */
    void write(Writer out, Document source, Document target, Alignment alignment) throws IOException;
}
