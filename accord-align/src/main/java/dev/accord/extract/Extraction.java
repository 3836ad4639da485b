package dev.accord.extract;

import dev.accord.core.Accord;
import dev.accord.core.align.Alignment;
import dev.accord.core.extract.BilingualReport;
import dev.accord.core.extract.DocumentFindings;
import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import dev.accord.normalize.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Factories of the extraction stage and the bilingual extraction recipe.
 *
 * <p>Start here: {@link #bilingual(Accord, Document, Document, Alignment)} runs the whole stage on
 * a text, its translation and their alignment (Dutch, French and English, in any pair);
 * {@link #extractor(Accord)} reads one text:
 * {@snippet :
 * BilingualReport report = Extraction.bilingual(Accord.cybersecurityTechAccord(), nl, fr, alignment);
 * report.sourceFindings().companies();          // Microsoft [INITIATOR, SIGNATORY], ...
 * report.reconciliation().disagreements();      // what the two texts say differently
 * }
 * The recipe: names that aligned source and target sentences share become company candidates
 * ({@link SharedNames}); each side is extracted on its own ({@link #extractor(Accord, Collection)});
 * the findings are reconciled over the alignment ({@link #reconciler()}).
 */
public final class Extraction {

    private Extraction() {
    }

    /**
     * Returns the default extractor for Dutch, French and English texts, which knows the companies of
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

    /**
     * Returns true if extraction reads texts in {@code language} (Dutch, French and English).
     *
     * @throws NullPointerException if {@code language} is null
     */
    public static boolean supports(Language language) {
        return Lexicon.SUPPORTED.contains(Objects.requireNonNull(language, "language"));
    }

    /** Returns the default reconciler. */
    public static Reconciler reconciler() {
        return new AlignmentReconciler();
    }

    /**
     * Runs extraction on both sides of a translation and reconciles the findings.
     *
     * @param accord the accord whose companies are known by name
     * @param source the text that was translated, segmented, in a language extraction supports
     * @param target its translation, segmented, in another supported language
     * @param alignment their sentence alignment, {@code source} as source
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a document is in a language extraction does not support,
     *     both are in one language, or the alignment does not cover the two documents
     */
    public static BilingualReport bilingual(Accord accord, Document source, Document target, Alignment alignment) {
        Objects.requireNonNull(accord, "accord");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(alignment, "alignment");
        Lexicon.of(source.language());
        Lexicon.of(target.language());
        if (source.language() == target.language()) {
            throw new IllegalArgumentException("source and target are both " + source.language().englishName()
                    + ": a translation needs two languages");
        }
        if (alignment.sourceSize() != source.size() || alignment.targetSize() != target.size()) {
            throw new IllegalArgumentException("alignment " + alignment + " does not cover " + source.size() + " "
                    + source.language().englishName() + " and " + target.size() + " " + target.language().englishName()
                    + " sentences");
        }
        // One analysis pass per side, read by the shared-name finder and by the extractor alike.
        Normalizer normalizer = Normalizer.lucene();
        RuleExtractor analyzer = new RuleExtractor(accord, Set.of(), normalizer);
        List<AnalyzedSentence> sourceSentences = analyzer.analyze(source);
        List<AnalyzedSentence> targetSentences = analyzer.analyze(target);
        Set<String> shared = SharedNames.find(source, sourceSentences, target, targetSentences, alignment, Gazetteer.bundled());
        RuleExtractor extractor = new RuleExtractor(accord, shared, normalizer);
        DocumentFindings sourceFindings = extractor.extract(source, sourceSentences);
        DocumentFindings targetFindings = extractor.extract(target, targetSentences);
        return new BilingualReport(source, target, alignment, sourceFindings, targetFindings,
                reconciler().reconcile(alignment, sourceFindings, targetFindings));
    }
}
