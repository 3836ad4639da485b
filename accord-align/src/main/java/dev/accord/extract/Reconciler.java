package dev.accord.extract;

import dev.accord.core.align.Alignment;
import dev.accord.core.extract.DocumentFindings;
import dev.accord.core.extract.Reconciliation;

/**
 * The reconciliation stage: pairs what a text and its translation say, over their
 * sentence alignment, and reports every agreement and every disagreement.
 *
 * <p><b>Contract.</b> The alignment has the text as source and the translation as target;
 * the findings' sentence indices refer to those documents. Every company, pillar and fact found on
 * either side appears in at least one comparison; a finding on one side only is a
 * {@link dev.accord.core.extract.Comparison.Disagreement disagreement}. Two statements agree when
 * they say the same and come from sentences the alignment links; a company named in linked
 * sentences of both sides with a role on one side only is
 * {@link dev.accord.core.extract.Comparison.Carried carried over}, not a disagreement.
 *
 * <p><b>Thread safety.</b> Implementations are immutable and safe to share between threads.
 */
@FunctionalInterface
public interface Reconciler {

    /**
     * Returns the reconciliation of the two sides.
     *
     * @param alignment the sentence alignment, source to target
     * @param source the findings of the source text
     * @param target the findings of the target text
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a finding names a sentence outside the alignment
     */
    Reconciliation reconcile(Alignment alignment, DocumentFindings source, DocumentFindings target);
}
