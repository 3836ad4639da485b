package dev.accord.eval;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The kind of text an extraction gold file describes: the form it is written in, or that it is
 * about something else than the Cybersecurity Tech Accord. Scores are grouped by kind.
 */
public enum TextKind {
    /** A short news agency dispatch. */
    WIRE("wire"),
    /** A company's or organisation's own announcement. */
    PRESS_RELEASE("press-release"),
    /** An article that explains the accord to a general reader. */
    EXPLAINER("explainer"),
    /** An article built around a list (of signatories, of principles). */
    LIST("list"),
    /** An interview, with quoted questions and answers. */
    INTERVIEW("interview"),
    /** A signed opinion piece or column. */
    OPINION("opinion"),
    /** A longer reported article with scenes and people. */
    FEATURE("feature"),
    /** A news brief of a few sentences. */
    BRIEF("brief"),
    /** A text about another pledge (the Paris Call, the Charter of Trust, ...). */
    OTHER_PLEDGE("other-pledge"),
    /** Ordinary news that has nothing to do with the accord. */
    OFF_TOPIC("off-topic");

    private final String code;

    TextKind(String code) {
        this.code = code;
    }

    /** Returns the code written in gold files, e.g. {@code press-release}. */
    public String code() {
        return code;
    }

    /**
     * Returns the kind written as {@code code} in a gold file.
     *
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if no kind has that code; the message quotes it and lists
     *     the accepted codes
     */
    public static TextKind fromCode(String code) {
        Objects.requireNonNull(code, "code");
        for (TextKind kind : values()) {
            if (kind.code.equals(code)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown text kind '" + code + "': expected one of "
                + Arrays.stream(values()).map(TextKind::code).collect(Collectors.joining(", ")));
    }

    /** Returns the code. */
    @Override
    public String toString() {
        return code;
    }
}
