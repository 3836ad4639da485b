package dev.accord.align;

import java.util.Locale;

/** The alignment methods Accord offers. */
public enum AlignmentMethod {
    /**
     * Sentence length only: the Gale and Church (1993) character-length model with its published
     * parameters and priors. A baseline for comparison and benchmarks.
     */
    LENGTH,
    /**
     * The default: length, lexical evidence shared by the two languages (numbers, names, cognates,
     * punctuation), a word-translation model learned from the document pair itself, paragraph
     * anchors, and optionally a bilingual word list and a machine translation of the source.
     */
    FULL;

    /** Returns the name used on the command line: {@code length} or {@code full}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a command-line name, ignoring case.
     *
     * @throws IllegalArgumentException if the name is neither {@code length} nor {@code full}
     */
    public static AlignmentMethod fromCliName(String name) {
        for (AlignmentMethod m : values()) {
            if (m.cliName().equalsIgnoreCase(name.strip())) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown alignment method '" + name + "': expected full or length");
    }
}
