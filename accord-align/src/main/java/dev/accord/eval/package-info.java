/**
 * Evaluation of sentence alignments against gold: {@link dev.accord.eval.BeadFileReader} reads
 * bead files ({@code [0, 1]:[0]} a line), and {@link dev.accord.eval.AlignmentScorer} computes
 * strict and lax precision, recall and F1 with the Text+Berg definitions. Start with
 * {@code AlignmentScorer}.
 *
 * <p>Evaluation of extraction against gold: an {@link dev.accord.eval.ExtractionGold} holds what
 * a text states (format: {@code docs/extraction-gold.md}), an
 * {@link dev.accord.eval.ExtractionPrediction} what an extractor reported
 * ({@link dev.accord.eval.ExtractionPrediction#of ExtractionPrediction.of(findings)}), and
 * {@link dev.accord.eval.ExtractionScorer} compares the two: company precision, recall and F1,
 * exact roles, pillars, facts and errors in texts that are not about the accord, summed by kind
 * and by language ({@link dev.accord.eval.ExtractionScores}) and rendered by
 * {@link dev.accord.eval.ExtractionTable}.
 */
package dev.accord.eval;
