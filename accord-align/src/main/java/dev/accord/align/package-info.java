/**
 * Sentence alignment: the {@link dev.accord.align.SentenceAligner} stage interface, its
 * configuration {@link dev.accord.align.AlignerOptions}, and the aligners behind
 * {@link dev.accord.align.AlignmentMethod}. Start with {@code SentenceAligner.create(options)}.
 *
 * <p>Every aligner runs a dynamic program over beads in a band around the diagonal that widens
 * when the best path runs along its edge, so memory grows linearly with the documents.
 */
package dev.accord.align;
