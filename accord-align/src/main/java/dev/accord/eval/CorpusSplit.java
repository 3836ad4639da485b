package dev.accord.eval;

import java.util.Objects;

/** The half of an annotated corpus a text belongs to: tuned on, or held out and only reported. */
public enum CorpusSplit {
    /** The development half: rules may be tuned on it. */
    DEV("dev"),
    /** The test half: held out, its scores are only reported. */
    TEST("test");

    private final String code;

    CorpusSplit(String code) {
        this.code = code;
    }

    /** Returns the code written in gold files: {@code dev} or {@code test}. */
    public String code() {
        return code;
    }

    /**
     * Returns the split written as {@code code} in a gold file.
     *
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if the code is neither {@code dev} nor {@code test}
     */
    public static CorpusSplit fromCode(String code) {
        Objects.requireNonNull(code, "code");
        for (CorpusSplit split : values()) {
            if (split.code.equals(code)) {
                return split;
            }
        }
        throw new IllegalArgumentException("unknown split '" + code + "': expected dev or test");
    }

    /** Returns the code. */
    @Override
    public String toString() {
        return code;
    }
}
