package dev.accord.core.extract;

import dev.accord.core.align.Alignment;
import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import dev.accord.core.text.Sentence;
import java.util.List;
import java.util.Objects;

/**
 * Everything Accord learns from a Dutch text and its French translation: both documents, their
 * sentence alignment, the findings of each side and their reconciliation; immutable, and
 * consistent: every sentence a finding or comparison names exists on its side.
 *
 * @param nl the Dutch document, segmented
 * @param fr the French document, segmented
 * @param alignment the sentence alignment, Dutch as source and French as target
 * @param nlFindings what the Dutch text says
 * @param frFindings what the French text says
 * @param reconciliation the agreements and disagreements between the two
 */
public record BilingualReport(Document nl, Document fr, Alignment alignment, DocumentFindings nlFindings,
        DocumentFindings frFindings, Reconciliation reconciliation) {

    /**
     * Validates that the parts fit together.
     *
     * @throws NullPointerException if a reference is null
     * @throws IllegalArgumentException if a document or findings is in the wrong language, the
     *     alignment does not cover the two documents, or a finding or comparison names a sentence
     *     the document does not have (or a mention that is not in its sentence's text); the
     *     message names it
     */
    public BilingualReport {
        Objects.requireNonNull(nl, "nl");
        Objects.requireNonNull(fr, "fr");
        Objects.requireNonNull(alignment, "alignment");
        Objects.requireNonNull(nlFindings, "nlFindings");
        Objects.requireNonNull(frFindings, "frFindings");
        Objects.requireNonNull(reconciliation, "reconciliation");
        requireLanguage("nl", nl.language(), Language.NL);
        requireLanguage("fr", fr.language(), Language.FR);
        requireLanguage("nlFindings", nlFindings.language(), Language.NL);
        requireLanguage("frFindings", frFindings.language(), Language.FR);
        if (alignment.sourceSize() != nl.size() || alignment.targetSize() != fr.size()) {
            throw new IllegalArgumentException("alignment " + alignment + " does not cover " + nl.size()
                    + " Dutch and " + fr.size() + " French sentences");
        }
        requireFits(nlFindings, nl);
        requireFits(frFindings, fr);
        for (Comparison c : reconciliation.comparisons()) {
            requireSentences(c.nlSentences(), nl, "comparison of '" + c.subject() + "'");
            requireSentences(c.frSentences(), fr, "comparison of '" + c.subject() + "'");
        }
    }

    /** Checks that every sentence and mention of {@code findings} is in {@code document}. */
    private static void requireFits(DocumentFindings findings, Document document) {
        for (CompanyFinding company : findings.companies()) {
            for (CompanyMention m : company.mentions()) {
                requireSentences(List.of(m.sentence()), document, "mention of '" + m.company() + "'");
                Sentence sentence = document.sentence(m.sentence());
                if (!sentence.span().contains(m.span()) || !m.text().equals(m.span().coveredText(document.text()))) {
                    throw new IllegalArgumentException(document.language() + " mention '" + m.text() + "' " + m.span()
                            + " is not in the text of sentence " + m.sentence() + " " + sentence.span());
                }
            }
        }
        for (PillarStatement p : findings.pillars()) {
            requireSentences(p.sentences(), document, "statement of " + p.pillar());
        }
        for (Fact f : findings.facts()) {
            requireSentences(f.sentences(), document, "fact " + f.getClass().getSimpleName());
        }
    }

    private static void requireSentences(List<Integer> sentences, Document document, String what) {
        for (int s : sentences) {
            if (s >= document.size()) {
                throw new IllegalArgumentException(document.language() + " " + what + " names sentence " + s
                        + " but the document has " + document.size() + " sentences");
            }
        }
    }

    private static void requireLanguage(String what, Language actual, Language expected) {
        if (actual != expected) {
            throw new IllegalArgumentException(what + " must be " + expected.englishName() + ", got " + actual.englishName());
        }
    }

    /**
     * Returns the findings of one side.
     *
     * @throws NullPointerException if {@code language} is null
     * @throws IllegalArgumentException if {@code language} is neither Dutch nor French
     */
    public DocumentFindings findings(Language language) {
        return switch (Objects.requireNonNull(language, "language")) {
            case NL -> nlFindings;
            case FR -> frFindings;
            case DE, EN -> throw new IllegalArgumentException("a bilingual report has no " + language.englishName() + " side");
        };
    }

    /**
     * Returns the document of one side.
     *
     * @throws NullPointerException if {@code language} is null
     * @throws IllegalArgumentException if {@code language} is neither Dutch nor French
     */
    public Document document(Language language) {
        return switch (Objects.requireNonNull(language, "language")) {
            case NL -> nl;
            case FR -> fr;
            case DE, EN -> throw new IllegalArgumentException("a bilingual report has no " + language.englishName() + " side");
        };
    }
}
