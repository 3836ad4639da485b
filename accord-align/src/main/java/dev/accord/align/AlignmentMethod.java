package dev.accord.align;

import java.util.Locale;

/** The alignment methods Accord offers. */
public enum AlignmentMethod {
    /**
     * Sentence length only: the Gale and Church (1993) character-length model with its published
     * parameters and priors. A baseline for comparison and benchmarks.
     */
    LENGTH;

    /** Returns the name used on the command line: {@code length}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a command-line name, ignoring case.
     *
     * @throws IllegalArgumentException if the name is not {@code length}
     */
    public static AlignmentMethod fromCliName(String name) {
        for (AlignmentMethod m : values()) {
            if (m.cliName().equalsIgnoreCase(name.strip())) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown alignment method '" + name + "': expected length");
    }
}
