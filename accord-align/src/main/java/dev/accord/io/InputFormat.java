package dev.accord.io;

import java.util.Locale;

/** How an input file is laid out: running text, or one sentence a line. */
public enum InputFormat {
    /**
     * Running text: paragraphs separated by blank lines, line breaks inside a paragraph are
     * ordinary white space. The reader yields paragraphs only; a segmenter adds the sentences.
     */
    TEXT,
    /**
     * Pre-split text: one sentence a line, a blank line between paragraphs. The reader yields
     * the sentences; sentence {@code i} is the {@code i}-th non-blank line, counted from 0.
     */
    SENTENCES;

    /** Returns the name used on the command line: {@code text} or {@code sentences}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a command-line name, ignoring case.
     *
     * @throws IllegalArgumentException if {@code name} is neither {@code text} nor {@code sentences}
     */
    public static InputFormat fromCliName(String name) {
        for (InputFormat f : values()) {
            if (f.cliName().equalsIgnoreCase(name.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown input format '" + name + "': expected text or sentences");
    }
}
