/**
 * The extraction stage: what a Dutch text and its French translation say about the
 * Cybersecurity Tech Accord.
 *
 * <p>Start with {@link dev.accord.extract.Extraction}: {@code Extraction.bilingual(...)} runs the
 * recipe on two segmented documents and their alignment and returns a
 * {@link dev.accord.core.extract.BilingualReport}. The two stage interfaces are
 * {@link dev.accord.extract.Extractor} (one document → its findings: companies with roles, parents
 * and mentions; pillar statements; facts) and {@link dev.accord.extract.Reconciler} (alignment and
 * both findings → agreements and disagreements).
 *
 * <p>Inside, each step is a small rule set over tokens that carry the Lucene-normalised term of
 * each word: a tokeniser that keeps names visible behind elision and possessives, a company
 * recogniser (OpenNLP's dictionary name finder over known and discovered names), a clause-level
 * role classifier, a pillar classifier driven by a weighted bilingual cue lexicon, a fact
 * extractor, and the cross-lingual name finder that turns names shared by aligned sentences into
 * candidates. Nothing depends on sentence positions or on the companies of one article.
 */
package dev.accord.extract;
