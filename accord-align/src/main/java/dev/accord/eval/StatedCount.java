package dev.accord.eval;

import dev.accord.core.extract.CountQualifier;
import java.util.Objects;

/**
 * A number of signatories as a text states it: "more than 100" is {@code 100 MORE_THAN}.
 *
 * @param value the number, {@code > 0}
 * @param qualifier how exactly the text states it
 */
public record StatedCount(int value, CountQualifier qualifier) {

    /**
     * Validates the count.
     *
     * @throws NullPointerException if {@code qualifier} is null
     * @throws IllegalArgumentException if {@code value} is not positive
     */
    public StatedCount {
        Objects.requireNonNull(qualifier, "qualifier");
        if (value <= 0) {
            throw new IllegalArgumentException("a signatory count must be > 0, got " + value);
        }
    }

    /** Returns e.g. {@code 100 MORE_THAN}. */
    @Override
    public String toString() {
        return value + " " + qualifier;
    }
}
