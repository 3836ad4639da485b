package dev.accord.core.extract;

import java.util.List;
import java.util.Objects;

/**
 * The result of pairing the Dutch and the French findings over a sentence alignment: every
 * agreement and every disagreement, in a stable order (companies, mentions, pillars, facts).
 *
 * @param comparisons the outcomes, in order
 */
public record Reconciliation(List<Comparison> comparisons) {

    /**
     * Copies the list.
     *
     * @throws NullPointerException if the list or an element is null
     */
    public Reconciliation {
        comparisons = List.copyOf(Objects.requireNonNull(comparisons, "comparisons"));
    }

    /** Returns the agreements, in order. */
    public List<Comparison.Agreement> agreements() {
        return comparisons.stream()
                .filter(Comparison.Agreement.class::isInstance)
                .map(Comparison.Agreement.class::cast)
                .toList();
    }

    /** Returns the disagreements, in order. */
    public List<Comparison.Disagreement> disagreements() {
        return comparisons.stream()
                .filter(Comparison.Disagreement.class::isInstance)
                .map(Comparison.Disagreement.class::cast)
                .toList();
    }

    /** Returns true if the two sides disagree on nothing. */
    public boolean isConsistent() {
        return comparisons.stream().noneMatch(Comparison.Disagreement.class::isInstance);
    }
}
