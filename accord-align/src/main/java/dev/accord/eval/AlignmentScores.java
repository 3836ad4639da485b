package dev.accord.eval;

import java.util.Locale;
import java.util.Objects;

/**
 * The Text+Berg scores of a predicted alignment against gold: strict and lax precision, recall
 * and F1, with the counts they were computed from.
 *
 * @param strict a bead counts only if the other side has exactly the same bead
 * @param lax a bead also counts if it overlaps a bead of the other side on both sides
 * @param counts the counts behind both, summed over all scored file pairs
 */
public record AlignmentScores(PrecisionRecall strict, PrecisionRecall lax, BeadCounts counts) {

    /**
     * Checks that no component is null.
     *
     * @throws NullPointerException if one is
     */
    public AlignmentScores {
        Objects.requireNonNull(strict, "strict");
        Objects.requireNonNull(lax, "lax");
        Objects.requireNonNull(counts, "counts");
    }

    /** Returns the scores as two aligned lines of text, e.g. {@code strict P 0.669 R 0.681 F1 0.675}. */
    public String toText() {
        return line("strict", strict) + System.lineSeparator() + line("lax", lax);
    }

    private static String line(String name, PrecisionRecall s) {
        return String.format(Locale.ROOT, "%-6s precision %.3f  recall %.3f  F1 %.3f", name, s.precision(), s.recall(),
                s.f1());
    }
}
