/**
 * Extraction results: per document, {@link dev.accord.core.extract.DocumentFindings} holds
 * {@link dev.accord.core.extract.CompanyFinding companies} with their
 * {@link dev.accord.core.extract.CompanyMention mentions}, the
 * {@link dev.accord.core.extract.PillarStatement pillar statements} and the
 * {@link dev.accord.core.extract.Fact facts}. Start with {@code DocumentFindings}.
 */
package dev.accord.core.extract;
