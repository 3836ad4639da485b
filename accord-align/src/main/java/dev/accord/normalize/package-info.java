/**
 * Normalisation: the stage that turns a sentence into comparable {@link dev.accord.normalize.Term
 * terms} with character offsets, shared by the aligner and the extractors. Start with
 * {@link dev.accord.normalize.Normalizer#lucene()}.
 */
package dev.accord.normalize;
