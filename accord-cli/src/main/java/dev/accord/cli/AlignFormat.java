package dev.accord.cli;

import dev.accord.core.text.Language;
import dev.accord.write.Format;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The output formats of {@code align} and {@code batch}: the alignment formats of
 * {@link Format} and the review page, {@code html}.
 */
enum AlignFormat {
    BEADS(Format.BEADS, "beads"),
    TSV(Format.TSV, "tsv"),
    JSONL(Format.JSONL, "jsonl"),
    TMX(Format.TMX, "tmx"),
    MOSES(Format.MOSES, null),
    /** The review page ({@link ReviewPage}), not an alignment format. */
    HTML(null, "html");

    private final Format format;
    private final String extension;

    AlignFormat(Format format, String extension) {
        this.format = format;
        this.extension = extension;
    }

    /** Returns the alignment format this one writes, if it is one. */
    Optional<Format> alignmentFormat() {
        return Optional.ofNullable(format);
    }

    /** Returns the name on the command line, e.g. {@code tsv}. */
    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Returns the files this format writes for pair {@code name} in {@code dir}: {@code NAME.EXT},
     * or for moses {@code NAME.<source code>} and {@code NAME.<target code>}.
     */
    List<Path> files(Path dir, String name, Language source, Language target) {
        if (format != null && !format.isSingleStream()) {
            return format.files(dir.resolve(name), source, target);
        }
        return List.of(dir.resolve(name + "." + extension));
    }

    /**
     * Returns the files this format writes for the output path {@code out} of {@code align}:
     * {@code out} itself, or for moses {@code out.<source code>} and {@code out.<target code>}.
     *
     * @throws IllegalArgumentException for moses when both languages are the same
     */
    List<Path> outputFiles(Path out, Language source, Language target) {
        return format == null ? List.of(out) : format.files(out, source, target);
    }

    /**
     * Returns the path an {@link dev.accord.write.AlignmentWriter} of this format is given for
     * pair {@code name} in {@code dir}: the file itself, or for moses the base the two language
     * files are named after.
     */
    Path writerPath(Path dir, String name) {
        return format != null && !format.isSingleStream() ? dir.resolve(name) : dir.resolve(name + "." + extension);
    }

    /**
     * Returns the format named {@code id}, ignoring case and surrounding space.
     *
     * @throws IllegalArgumentException if there is none; the message lists the formats
     */
    static AlignFormat fromId(String id) {
        String n = id.strip().toLowerCase(Locale.ROOT);
        for (AlignFormat f : values()) {
            if (f.id().equals(n)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + id + "': expected one of "
                + Arrays.stream(values()).map(AlignFormat::id).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return id();
    }

    /** Converts {@code --format} values. */
    static final class Converter implements picocli.CommandLine.ITypeConverter<AlignFormat> {
        @Override
        public AlignFormat convert(String value) {
            return fromId(value);
        }
    }
}
