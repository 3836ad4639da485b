package dev.accord.write;

import dev.accord.core.text.Language;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The output formats of an alignment. Every format writes every bead, including the one-sided
 * {@code 1-0} and {@code 0-1} beads of unaligned sentences, so that nothing is dropped.
 */
public enum Format {
    /** One bead a line in the gold-file format plus a score: {@code [0]:[0, 1]:0.9734}. */
    BEADS("beads"),
    /**
     * Tab-separated values with a header line: source ids, target ids (comma-separated), score,
     * source text, target text; a backslash, tab, line feed and carriage return in a text are
     * written as {@code \\}, {@code \t}, {@code \n}, {@code \r}.
     */
    TSV("tsv"),
    /**
     * JSON Lines: one object a bead, {@code {"source_ids":[0],"target_ids":[0,1],"source_text":"…",
     * "target_text":"…","score":0.9734,"type":"1-2"}}.
     */
    JSONL("jsonl"),
    /**
     * A TMX 1.4b translation memory: one {@code <tu>} a bead, with a {@code <tuv>} for each side
     * that has sentences; valid XML whatever the text contains.
     */
    TMX("tmx"),
    /**
     * Two line-parallel plain-text files, one per language ({@code OUT.nl}, {@code OUT.fr}): line
     * {@code i} of each holds the sentences of bead {@code i} on that side, joined by a space,
     * and is empty where that side has none.
     */
    MOSES("moses");

    private final String id;

    Format(String id) {
        this.id = id;
    }

    /** Returns the name used on the command line, e.g. {@code tsv}. */
    public String id() {
        return id;
    }

    /** Returns true if the format is one stream (all but {@link #MOSES}, which writes two files). */
    public boolean isSingleStream() {
        return this != MOSES;
    }

    /**
     * Returns the files this format writes for the output path {@code out}: {@code out} itself,
     * or for {@link #MOSES} {@code out.<source code>} and {@code out.<target code>}.
     *
     * @throws IllegalArgumentException for {@link #MOSES} when both languages are the same, since
     *     both sides would go to one file
     */
    public List<Path> files(Path out, Language source, Language target) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        if (isSingleStream()) {
            return List.of(out);
        }
        if (source == target) {
            throw new IllegalArgumentException("format moses names its files by language, but both sides are "
                    + source.englishName());
        }
        String name = out.getFileName().toString();
        return List.of(out.resolveSibling(name + "." + source.iso639_1()), out.resolveSibling(name + "." + target.iso639_1()));
    }

    /**
     * Returns the format with the given {@link #id() name}, ignoring case and surrounding space.
     *
     * @throws IllegalArgumentException if there is none; the message quotes the name and lists
     *     the formats
     */
    public static Format fromId(String name) {
        Objects.requireNonNull(name, "format");
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (Format f : values()) {
            if (f.id.equals(n)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "': expected one of "
                + Arrays.stream(values()).map(Format::id).collect(Collectors.joining(", ")));
    }

    /** Returns the {@link #id() name}. */
    @Override
    public String toString() {
        return id;
    }
}
