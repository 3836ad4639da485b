package dev.accord.align;

/**
 * A guide path for the first alignment pass from the two documents' paragraphs, Gale and Church's
 * own first step: the paragraphs are aligned by their lengths in characters (shapes up to
 * {@code 2-2}, their bead priors), and the guide runs through the sentence positions where
 * aligned paragraphs start, straight in between. Paragraphs are few enough to align quickly and
 * long enough for their lengths to say much about their translations, so the guide is usually
 * within a few sentences of the final path and the first pass can search a narrow band around it.
 *
 * <p>Design decision: the guide is only offered when both documents have paragraphs, their
 * numbers differ by at most {@value #MAX_COUNT_DIFFERENCE} of the larger, and paragraphs hold at
 * most {@value #MAX_MEAN_PARAGRAPH} sentences on average; otherwise the paragraphing differs (a
 * translator who joined or split many paragraphs) or says little, and the rare-term
 * {@link Anchors} guide the search instead. A guide that is off somewhere, say by a paragraph the
 * length model misplaced, pushes the path against the band's edge there, and the band then widens
 * ({@link BandSearch}); only a guide so far off that the path fits inside the band on a wrong
 * course would cost accuracy, which these conditions make unlikely.
 */
final class ParagraphGuide {

    /** The largest difference in paragraph counts, as a share of the larger, that still gives a guide. */
    static final double MAX_COUNT_DIFFERENCE = 0.2;
    /**
     * The most sentences a paragraph may have on average for the guide: inside a paragraph the
     * guide is a straight line, which says little about a long one.
     */
    static final int MAX_MEAN_PARAGRAPH = 50;

    /**
     * The first half-width of the band around the diagonal, in paragraphs; it widens where the
     * path runs along its edge.
     */
    static final int HALF_WIDTH = 10;

    private ParagraphGuide() {
    }

    /**
     * Returns the guide as lattice points {@code {is, js}}, one per source position {@code 0..n},
     * or {@code null} if the documents' paragraphs cannot guide the search (see the class comment).
     *
     * @param ratio the expected target characters per source character
     */
    static int[][] guide(SentenceLayout source, SentenceLayout target, double ratio) {
        int[] srcStarts = source.paragraphStarts();
        int[] tgtStarts = target.paragraphStarts();
        int p = srcStarts.length - 1;
        int q = tgtStarts.length - 1;
        if (p < 2 || q < 2 || Math.abs(p - q) > MAX_COUNT_DIFFERENCE * Math.max(p, q)
                || source.size() > (long) MAX_MEAN_PARAGRAPH * p || target.size() > (long) MAX_MEAN_PARAGRAPH * q) {
            return null;
        }
        BeadShapes shapes = BeadShapes.galeChurch(2);
        double[] penalty = new double[shapes.size()];
        for (int k = 0; k < shapes.size(); k++) {
            penalty[k] = LengthModel.galeChurchPenalty(shapes.source(k), shapes.target(k));
        }
        BandedDp.BeadCost cost = (k, i, j, budget) -> penalty[k] + LengthModel.cost(
                source.chars(srcStarts[i - shapes.source(k)], srcStarts[i]),
                target.chars(tgtStarts[j - shapes.target(k)], tgtStarts[j]), ratio, LengthModel.GALE_CHURCH_VARIANCE);
        BandedDp.Path path = BandSearch.aroundDiagonal(p, q, HALF_WIDTH, shapes, band -> cost, ProgressListener.NONE,
                "paragraph alignment");
        int[] ai = new int[path.size() + 1];
        int[] aj = new int[path.size() + 1];
        for (int k = 0; k < path.size(); k++) {
            ai[k + 1] = srcStarts[path.endI()[k]];
            aj[k + 1] = tgtStarts[path.endJ()[k]];
        }
        return Anchors.through(ai, aj, source.size(), target.size());
    }
}
