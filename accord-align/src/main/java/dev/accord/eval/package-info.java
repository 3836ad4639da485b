/**
 * Evaluation of sentence alignments against gold: {@link dev.accord.eval.BeadFileReader} reads
 * bead files ({@code [0, 1]:[0]} a line), and {@link dev.accord.eval.AlignmentScorer} computes
 * strict and lax precision, recall and F1 with the Text+Berg definitions. Start with
 * {@code AlignmentScorer}.
 */
package dev.accord.eval;
