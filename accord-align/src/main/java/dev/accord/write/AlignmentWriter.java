package dev.accord.write;

import dev.accord.align.BeadFilter;
import dev.accord.core.align.Alignment;
import dev.accord.core.text.Document;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes an {@link Alignment} of two documents in one {@link Format}.
 *
 * {@snippet :
 * AlignmentWriter writer = AlignmentWriter.forFormat(Format.TMX);
 * List<Path> written = writer.write(Path.of("out.tmx"), dutch, french, alignment);
 * }
 *
 * <p><b>Contract.</b> Every bead is written, in order, one-sided beads included (unless a
 * {@link BeadFilter} is given: then exactly the beads it keeps). Texts are the
 * sentences' own text; characters an output cannot hold are replaced, never dropped silently
 * or allowed to break the file: a lone surrogate becomes {@code U+FFFD} in every format, as does
 * a character XML 1.0 forbids in TMX; line breaks inside a sentence become spaces in
 * {@code moses} and escapes in {@code tsv} and {@code jsonl}. Output is deterministic (no dates).
 *
 * <p>Files are written atomically: to a hidden temporary file in the same directory, then moved
 * into place, so an interrupted or failed write leaves the previous file (or none) and no
 * temporary file; nothing is written outside the named files.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface AlignmentWriter {

    /**
     * Writes the alignment to the file(s) of {@code out}: {@code out} itself, or for
     * {@link Format#MOSES} one file per language beside it (see {@link Format#files}).
     *
     * @return the files written, in order
     * @throws IllegalArgumentException if the alignment does not fit the documents' sentence counts
     * @throws IOException if a file cannot be written; the message names the file and the reason,
     *     and no file is left half-written
     */
    List<Path> write(Path out, Document source, Document target, Alignment alignment) throws IOException;

    /**
     * Writes the alignment to one character stream, which the caller encodes (as UTF-8 for
     * {@code tmx}, whose declaration says so) and closes.
     *
     * @throws IllegalArgumentException if the alignment does not fit the documents, or the format
     *     is {@link Format#MOSES}, which needs two files
     * @throws IOException if the stream fails
     */
    void write(Writer out, Document source, Document target, Alignment alignment) throws IOException;

    /**
     * As {@link #write(Path, Document, Document, Alignment)}, writing only the beads
     * {@code filter} keeps, in order.
     *
     * @return the files written, in order
     * @throws IllegalArgumentException if the alignment does not fit the documents' sentence counts
     * @throws IOException if a file cannot be written; the message names the file and the reason
     */
    List<Path> write(Path out, Document source, Document target, Alignment alignment, BeadFilter filter)
            throws IOException;

    /**
     * As {@link #write(Writer, Document, Document, Alignment)}, writing only the beads
     * {@code filter} keeps, in order.
     *
     * @throws IllegalArgumentException if the alignment does not fit the documents, or the format
     *     is {@link Format#MOSES}
     * @throws IOException if the stream fails
     */
    void write(Writer out, Document source, Document target, Alignment alignment, BeadFilter filter)
            throws IOException;

    /** Returns the writer of {@code format}. */
    static AlignmentWriter forFormat(Format format) {
        return FormatWriter.of(format);
    }
}
