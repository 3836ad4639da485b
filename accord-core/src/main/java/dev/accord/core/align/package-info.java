/**
 * Sentence alignments: a {@link dev.accord.core.align.Bead} links source sentences to target
 * sentences, and an {@link dev.accord.core.align.Alignment} is a checked, complete, in-order
 * sequence of beads over two documents. Start with {@code Alignment}.
 */
package dev.accord.core.align;
