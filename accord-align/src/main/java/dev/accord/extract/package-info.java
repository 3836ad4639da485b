/**
 * The extraction stage: what a text, or a text and its translation, say about the Cybersecurity
 * Tech Accord, in Dutch, French or English.
 *
 * <p>Start with {@link dev.accord.extract.Extraction}: {@code Extraction.extractor(accord)} reads
 * one segmented document, {@code Extraction.bilingual(...)} runs the recipe on two documents and
 * their alignment and returns a {@link dev.accord.core.extract.BilingualReport}. The two stage
 * interfaces are {@link dev.accord.extract.Extractor} (one document → its findings: whether and
 * where it speaks of the accord, companies with roles, parents and mentions, pillar statements,
 * facts) and {@link dev.accord.extract.Reconciler} (alignment and both findings → agreements,
 * disagreements and roles carried over from one side).
 *
 * <p>Inside, the recipe reads one analysis pass ({@code Analysis}: the normaliser's Lucene chain,
 * and every word list matched at once by {@code CueIndex}): where the text speaks of the accord
 * ({@code AccordScope}), companies on evidence ({@code CompanyFinder}), roles list by list and
 * clause by clause ({@code RoleRules}), then, for lists no rule reads, the accord's known
 * membership ({@code KnownMembership}), pillars by their concepts ({@code PillarRules}), facts
 * ({@code FactRules}, numbers read by {@code NumberReader}). The words of each language are data:
 * {@code dev/accord/extract/<lang>/*.txt}, loaded by {@code Lexicon}. Nothing depends on sentence
 * positions or on the companies of one article.
 */
package dev.accord.extract;
