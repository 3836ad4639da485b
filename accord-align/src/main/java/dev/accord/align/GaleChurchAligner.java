package dev.accord.align;

import dev.accord.core.align.Alignment;
import dev.accord.core.text.Document;
import java.util.Objects;

/**
 * The {@link AlignmentMethod#LENGTH} aligner: Gale and Church (1993) with their published
 * parameters, character lengths, {@code c = 1}, {@code s^2 = 6.8}, and their bead priors
 * ({@code 1-1} 0.89, {@code 1-0}/{@code 0-1} 0.0099, {@code 2-1}/{@code 1-2} 0.089, {@code 2-2} 0.011).
 *
 * <p>A bead's score is the two-sided tail probability of its length difference,
 * {@code P(|Z| >= |delta|)}: 1 for a perfect length match, near 0 for an implausible one.
 * With hard paragraphs, no bead crosses a paragraph boundary. Immutable and thread-safe.
 */
final class GaleChurchAligner implements SentenceAligner {

    private final AlignerOptions options;
    private final BeadShapes shapes;
    private final double[] shapePenalty;

    GaleChurchAligner(AlignerOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.shapes = BeadShapes.galeChurch(options.maxBeadSize());
        this.shapePenalty = new double[shapes.size()];
        for (int k = 0; k < shapes.size(); k++) {
            shapePenalty[k] = LengthModel.galeChurchPenalty(shapes.source(k), shapes.target(k));
        }
    }

    @Override
    public Alignment align(Document source, Document target) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        int n = source.size();
        int m = target.size();
        SentenceLayout src = SentenceLayout.of(source);
        SentenceLayout tgt = SentenceLayout.of(target);
        boolean hard = options.hardParagraphs();
        BandedDp.BeadCost cost = (k, i, j, budget) -> {
            int a = shapes.source(k);
            int b = shapes.target(k);
            if (hard && (src.crossesParagraph(i - a, i) || tgt.crossesParagraph(j - b, j))) {
                return Double.POSITIVE_INFINITY;
            }
            return LengthModel.cost(src.chars(i - a, i), tgt.chars(j - b, j), 1.0, LengthModel.GALE_CHURCH_VARIANCE)
                    + shapePenalty[k];
        };
        BandedDp.Path path = BandSearch.aroundDiagonal(n, m, shapes, band -> cost, options.progress(), "length alignment");
        double[] scores = new double[path.size()];
        for (int k = 0; k < path.size(); k++) {
            int shape = path.shapes()[k];
            int i = path.endI()[k];
            int j = path.endJ()[k];
            double lengthCost = LengthModel.cost(src.chars(i - shapes.source(shape), i),
                    tgt.chars(j - shapes.target(shape), j), 1.0, LengthModel.GALE_CHURCH_VARIANCE);
            scores[k] = Math.min(1.0, Math.exp(-lengthCost));
        }
        return BandSearch.toAlignment(n, m, shapes, path, scores);
    }
}
