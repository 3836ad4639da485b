package dev.accord.core.extract;

import dev.accord.core.align.Alignment;
import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import dev.accord.core.text.Sentence;
import java.util.List;
import java.util.Objects;

/**
 * Everything Accord learns from a text and its translation: both documents, their sentence
 * alignment, the findings of each side and their reconciliation; immutable, and consistent:
 * every sentence a finding or comparison names exists on its side. The two sides are in two
 * different languages, any that extraction supports (Dutch and French, French and English, ...).
 *
 * @param source the text that was translated, segmented
 * @param target its translation, segmented
 * @param alignment the sentence alignment, {@code source} as source and {@code target} as target
 * @param sourceFindings what the source text says
 * @param targetFindings what the target text says
 * @param reconciliation the agreements, disagreements and carried statements between the two
 */
public record BilingualReport(Document source, Document target, Alignment alignment, DocumentFindings sourceFindings,
        DocumentFindings targetFindings, Reconciliation reconciliation) {

    /**
     * Validates that the parts fit together.
     *
     * @throws NullPointerException if a reference is null
     * @throws IllegalArgumentException if the two documents are in one language, findings are in
     *     another language than their document, the alignment does not cover the two documents,
     *     or a finding or comparison names a sentence the document does not have (or a mention
     *     that is not in its sentence's text); the message names it
     */
    public BilingualReport {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(alignment, "alignment");
        Objects.requireNonNull(sourceFindings, "sourceFindings");
        Objects.requireNonNull(targetFindings, "targetFindings");
        Objects.requireNonNull(reconciliation, "reconciliation");
        if (source.language() == target.language()) {
            throw new IllegalArgumentException("source and target are both " + source.language().englishName()
                    + ": a bilingual report needs two languages");
        }
        requireLanguage("sourceFindings", sourceFindings.language(), source.language());
        requireLanguage("targetFindings", targetFindings.language(), target.language());
        if (alignment.sourceSize() != source.size() || alignment.targetSize() != target.size()) {
            throw new IllegalArgumentException("alignment " + alignment + " does not cover " + source.size() + " "
                    + source.language().englishName() + " and " + target.size() + " " + target.language().englishName()
                    + " sentences");
        }
        requireFits(sourceFindings, source);
        requireFits(targetFindings, target);
        for (Comparison c : reconciliation.comparisons()) {
            requireSentences(c.sourceSentences(), source, "comparison of '" + c.subject() + "'");
            requireSentences(c.targetSentences(), target, "comparison of '" + c.subject() + "'");
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
        requireSentences(findings.accordSentences(), document, "sentence about the accord");
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
     * Returns the findings of the side in {@code language}.
     *
     * @throws NullPointerException if {@code language} is null
     * @throws IllegalArgumentException if neither side is in {@code language}
     */
    public DocumentFindings findings(Language language) {
        return source.language() == Objects.requireNonNull(language, "language") ? sourceFindings
                : target.language() == language ? targetFindings : noSide(language);
    }

    /**
     * Returns the document of the side in {@code language}.
     *
     * @throws NullPointerException if {@code language} is null
     * @throws IllegalArgumentException if neither side is in {@code language}
     */
    public Document document(Language language) {
        return source.language() == Objects.requireNonNull(language, "language") ? source
                : target.language() == language ? target : noSide(language);
    }

    private <T> T noSide(Language language) {
        throw new IllegalArgumentException("this report has a " + source.language().englishName() + " and a "
                + target.language().englishName() + " side, no " + language.englishName() + " side");
    }
}
