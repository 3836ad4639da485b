package dev.accord.align;

import dev.accord.core.align.Alignment;
import dev.accord.core.text.Document;

/**
 * Aligns the sentences of a source document with the sentences of its translation: the alignment
 * stage of the pipeline.
 *
 * <p>Contract of every implementation:
 * <ul>
 *   <li><b>Complete and in order.</b> Every source sentence and every target sentence is in exactly
 *       one bead, and reading the beads in order visits each side's sentences in document order.
 *       Nothing is dropped: a sentence without a counterpart is a {@code 1-0} or {@code 0-1} bead.
 *   <li><b>Empty sides.</b> If one document has no sentences, every sentence of the other is a
 *       one-sided bead; if both are empty the alignment has no beads.
 *   <li><b>Scores.</b> Each bead carries a score in {@code [0, 1]}: higher means more confident, so a
 *       threshold on it keeps the better beads. A one-sided bead has no counterpart to be
 *       confident about and scores low (the standard aligners give it 0 or nearly 0).
 *   <li><b>Deterministic.</b> The same documents and options give the same alignment, on every
 *       machine and run.
 *   <li><b>Thread-safe.</b> An aligner is immutable; one instance may align many document pairs at
 *       the same time from several threads.
 *   <li><b>Errors as thrown.</b> An aligner that works on several threads rethrows what a helper
 *       thread threw (an {@link OutOfMemoryError}, a runtime exception) as it was thrown, never
 *       wrapped in a {@link java.util.concurrent.CompletionException}.
 *   <li><b>Linear cost.</b> Time and memory grow linearly with the input, whatever its shape:
 *       many sentences, one very long sentence, long paragraphs, a large word list.
 * </ul>
 * Both documents must already be cut into sentences; an unsegmented document has no sentences and
 * is treated as empty.
 */
@FunctionalInterface
public interface SentenceAligner {

    /**
     * Aligns the sentences of {@code source} with those of {@code target}.
     *
     * @param source the source document, segmented; not null
     * @param target the target document, segmented; not null
     * @return the alignment, one bead per group of sentences that translate each other
     * @throws NullPointerException if a document is null
     * @throws IllegalArgumentException if the options do not fit these documents (for instance a
     *     machine translation with another number of lines than the source has sentences)
     */
    Alignment align(Document source, Document target);

    /**
     * Returns the aligner that {@code options} describe.
     *
     * @throws NullPointerException if {@code options} is null
     */
    static SentenceAligner create(AlignerOptions options) {
        return switch (options.method()) {
            case LENGTH -> new GaleChurchAligner(options);
            case FULL -> new LexicalAligner(options);
        };
    }

    /** Returns the default aligner (method {@link AlignmentMethod#FULL}, default options). */
    static SentenceAligner standard() {
        return create(AlignerOptions.defaults());
    }
}
