package dev.accord.extract;

import dev.accord.core.Accord;
import dev.accord.core.align.Alignment;
import dev.accord.core.extract.BilingualReport;
import dev.accord.core.extract.DocumentFindings;
import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import dev.accord.normalize.Normalizer;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * Factories of the extraction stage and the bilingual extraction recipe.
 *
 * <p>Start here: {@link #bilingual(Accord, Document, Document, Alignment)} runs the whole stage on
 * a Dutch text, its French translation and their alignment:
 * {@snippet :
 * BilingualReport report = Extraction.bilingual(Accord.cybersecurityTechAccord(), nl, fr, alignment);
 * report.nlFindings().companies();              // Microsoft [INITIATOR, SIGNATORY], ...
 * report.reconciliation().disagreements();      // what the two texts say differently
 * }
 * The recipe: names that aligned Dutch and French sentences share become company candidates
 * ({@link SharedNames}); each side is extracted on its own ({@link #extractor(Accord, Collection)});
 * the findings are reconciled over the alignment ({@link #reconciler()}).
 */
public final class Extraction {

    private Extraction() {
    }

    /**
     * Returns the default extractor for Dutch and French texts, which knows the companies of
     * {@code accord} by name and finds others from context.
     *
     * @throws NullPointerException if {@code accord} is null
     */
    public static Extractor extractor(Accord accord) {
        return new RuleExtractor(accord, Set.of());
    }

    /**
     * Returns the default extractor that also looks for the given company names.
     *
     * @param extraNames further names to treat as company candidates; a name that turns out to be
     *     a place, an event or a common word is ignored
     * @throws NullPointerException if an argument or name is null
     */
    public static Extractor extractor(Accord accord, Collection<String> extraNames) {
        return new RuleExtractor(accord, Set.copyOf(extraNames));
    }

    /** Returns the default reconciler. */
    public static Reconciler reconciler() {
        return new AlignmentReconciler();
    }

    /**
     * Runs extraction on both sides of a translation and reconciles the findings.
     *
     * @param accord the accord whose companies are known by name
     * @param nl the Dutch document, segmented
     * @param fr the French document, segmented
     * @param alignment their sentence alignment, Dutch as source
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a document is in another language or the alignment
     *     does not cover the two documents
     */
    public static BilingualReport bilingual(Accord accord, Document nl, Document fr, Alignment alignment) {
        Objects.requireNonNull(accord, "accord");
        requireLanguage(nl, Language.NL);
        requireLanguage(fr, Language.FR);
        Objects.requireNonNull(alignment, "alignment");
        if (alignment.sourceSize() != nl.size() || alignment.targetSize() != fr.size()) {
            throw new IllegalArgumentException("alignment " + alignment + " does not cover " + nl.size()
                    + " Dutch and " + fr.size() + " French sentences");
        }
        Set<String> shared = SharedNames.find(nl, fr, alignment, Gazetteer.bundled(), Normalizer.lucene());
        Extractor extractor = extractor(accord, shared);
        DocumentFindings nlFindings = extractor.extract(nl);
        DocumentFindings frFindings = extractor.extract(fr);
        return new BilingualReport(nl, fr, alignment, nlFindings, frFindings,
                reconciler().reconcile(alignment, nlFindings, frFindings));
    }

    private static void requireLanguage(Document d, Language expected) {
        Objects.requireNonNull(d, expected.iso639_1());
        if (d.language() != expected) {
            throw new IllegalArgumentException("the " + expected.englishName() + " side is a "
                    + d.language().englishName() + " document");
        }
    }
}
