package dev.accord.write;

import dev.accord.align.BeadFilter;
import dev.accord.core.align.Alignment;
import dev.accord.core.align.Bead;
import dev.accord.core.text.Document;
import dev.accord.internal.AtomicFiles;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The {@link AlignmentWriter} of a format: one {@link StreamFormat} per file. */
final class FormatWriter implements AlignmentWriter {

    private final Format format;
    private final List<StreamFormat> streams;

    private FormatWriter(Format format, List<StreamFormat> streams) {
        this.format = format;
        this.streams = List.copyOf(streams);
    }

    static FormatWriter of(Format format) {
        Objects.requireNonNull(format, "format");
        return switch (format) {
            case BEADS -> new FormatWriter(format, List.of(new BeadsFormat()));
            case TSV -> new FormatWriter(format, List.of(new TsvFormat()));
            case JSONL -> new FormatWriter(format, List.of(new JsonlFormat()));
            case TMX -> new FormatWriter(format, List.of(new TmxFormat()));
            case MOSES -> new FormatWriter(format, List.of(new MosesFormat(true), new MosesFormat(false)));
        };
    }

    @Override
    public List<Path> write(Path out, Document source, Document target, Alignment alignment) throws IOException {
        return write(out, source, target, alignment, BeadFilter.NONE);
    }

    @Override
    public List<Path> write(Path out, Document source, Document target, Alignment alignment, BeadFilter filter)
            throws IOException {
        List<Bead> beads = kept(source, target, alignment, filter);
        List<Path> files = format.files(out, source.language(), target.language());
        List<AtomicFiles.Content> contents = new ArrayList<>(files.size());
        for (StreamFormat stream : streams) {
            contents.add(writer -> stream.write(writer, source, target, beads));
        }
        AtomicFiles.writeAll(files, contents);
        return files;
    }

    @Override
    public void write(Writer out, Document source, Document target, Alignment alignment) throws IOException {
        write(out, source, target, alignment, BeadFilter.NONE);
    }

    @Override
    public void write(Writer out, Document source, Document target, Alignment alignment, BeadFilter filter)
            throws IOException {
        Objects.requireNonNull(out, "out");
        List<Bead> beads = kept(source, target, alignment, filter);
        if (streams.size() != 1) {
            throw new IllegalArgumentException("format " + format + " writes " + streams.size()
                    + " files, one per language, and cannot write to one stream: name an output file");
        }
        streams.get(0).write(out, source, target, beads);
        out.flush();
    }

    /** Checks the arguments and returns the beads {@code filter} keeps (it checks the sizes). */
    private static List<Bead> kept(Document source, Document target, Alignment alignment, BeadFilter filter) {
        return Objects.requireNonNull(filter, "filter").apply(alignment, source, target);
    }

    @Override
    public String toString() {
        return "AlignmentWriter[" + format + "]";
    }
}
