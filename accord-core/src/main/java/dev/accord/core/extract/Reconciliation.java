package dev.accord.core.extract;

import java.util.List;
import java.util.Objects;

/**
 * The result of pairing the findings of a text and its translation over a sentence alignment:
 * every agreement, every disagreement and every statement carried over from one side to the
 * other, in a stable order (companies, mentions, pillars, facts).
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

    /** Returns the statements one side makes and the other leaves implicit, carried over, in order. */
    public List<Comparison.Carried> carried() {
        return comparisons.stream()
                .filter(Comparison.Carried.class::isInstance)
                .map(Comparison.Carried.class::cast)
                .toList();
    }

    /** Returns true if the two sides disagree on nothing. */
    public boolean isConsistent() {
        return comparisons.stream().noneMatch(Comparison.Disagreement.class::isInstance);
    }
}
