package dev.accord.core.extract;

import dev.accord.core.align.Alignment;
import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import java.util.Objects;

/**
 * Everything Accord learns from a Dutch text and its French translation: both documents, their
 * sentence alignment, the findings of each side and their reconciliation.
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
     * @throws IllegalArgumentException if a document or findings is in the wrong language, or the
     *     alignment does not cover the two documents
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
    }

    private static void requireLanguage(String what, Language actual, Language expected) {
        if (actual != expected) {
            throw new IllegalArgumentException(what + " must be " + expected.englishName() + ", got " + actual.englishName());
        }
    }

    /** Returns the findings of one side. */
    public DocumentFindings findings(Language language) {
        return switch (Objects.requireNonNull(language, "language")) {
            case NL -> nlFindings;
            case FR -> frFindings;
            case DE, EN -> throw new IllegalArgumentException("a bilingual report has no " + language.englishName() + " side");
        };
    }

    /** Returns the document of one side. */
    public Document document(Language language) {
        return switch (Objects.requireNonNull(language, "language")) {
            case NL -> nl;
            case FR -> fr;
            case DE, EN -> throw new IllegalArgumentException("a bilingual report has no " + language.englishName() + " side");
        };
    }
}
