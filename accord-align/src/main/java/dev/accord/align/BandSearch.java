package dev.accord.align;

import dev.accord.core.align.Alignment;
import dev.accord.core.align.Bead;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@link BandedDp} in a band around a guide path, doubling the band while the best path runs
 * along its edge, up to a fixed number of cells (so memory stays linear in the document sizes).
 */
final class BandSearch {

    /** The first half-width of the band around the diagonal. */
    static final int INITIAL_HALF_WIDTH = 100;
    /**
     * The most band cells one search may use: a byte of back-pointer each, plus four bytes of
     * sentence-pair evidence for the full method, about 200 MB at most.
     */
    static final long MAX_CELLS = 40_000_000L;

    /** Builds the bead cost for one band; lets a cost precompute what it needs inside the band. */
    @FunctionalInterface
    interface CostFactory {
        BandedDp.BeadCost forBand(Band band);
    }

    private BandSearch() {
    }

    /**
     * Searches around the diagonal from {@code (0, 0)} to {@code (n, m)}, widening as needed.
     *
     * <p>Design decision: the first half-width is a constant, not a share of {@code |n - m|}. The
     * diagonal already ends at {@code (n, m)}, so a steady difference in sentence counts costs no
     * width; only a local detour does, and {@link #widen} doubles the band where the path runs
     * along its edge. A width growing with {@code |n - m|} made the cost grow as
     * {@code n * |n - m|}, quadratic for a fixed share of dropped or merged sentences.
     */
    static BandedDp.Path aroundDiagonal(int n, int m, BeadShapes shapes, CostFactory cost,
            ProgressListener listener, String stage) {
        return aroundDiagonal(n, m, INITIAL_HALF_WIDTH, shapes, cost, listener, stage);
    }

    /** Searches around the diagonal with first half-width {@code halfWidth}, widening as needed. */
    static BandedDp.Path aroundDiagonal(int n, int m, int halfWidth, BeadShapes shapes, CostFactory cost,
            ProgressListener listener, String stage) {
        int w = clampWidth(n, halfWidth);
        Band band = Band.diagonal(n, m, w);
        return widen(band, w, shapes, cost, listener, stage);
    }

    /** Searches around a guide given as lattice points with half-width {@code w}, widening as needed. */
    static BandedDp.Path aroundPoints(int[][] points, int n, int m, int w, BeadShapes shapes, CostFactory cost,
            ProgressListener listener, String stage) {
        int width = clampWidth(n, w);
        return widen(Band.around(n, m, points[0], points[1], width), width, shapes, cost, listener, stage);
    }

    /** Searches around a previous path with half-width {@code w}, widening as needed. */
    static BandedDp.Path aroundPath(BandedDp.Path guide, int n, int m, int w, BeadShapes shapes,
            CostFactory cost, ProgressListener listener, String stage) {
        int[][] points = guide.points();
        int width = clampWidth(n, w);
        return widen(Band.around(n, m, points[0], points[1], width), width, shapes, cost, listener, stage);
    }

    private static BandedDp.Path widen(Band band, int w, BeadShapes shapes, CostFactory cost,
            ProgressListener listener, String stage) {
        int width = w;
        Band current = band;
        while (true) {
            BandedDp.Path path = BandedDp.run(current, shapes, cost.forBand(current), new ProgressReporter(listener, stage));
            boolean full = width >= Math.max(current.n, current.m);
            int wider = clampWidth(current.n, width * 2);
            if (!path.touchesEdge() || full || wider == width) {
                return path;
            }
            width = wider;
            int[][] points = path.points();
            current = Band.around(current.n, current.m, points[0], points[1], width);
            if (current.cells > MAX_CELLS) {
                return path;
            }
        }
    }

    private static int clampWidth(int n, int w) {
        long perRow = MAX_CELLS / (n + 1L);
        return (int) Math.max(8, Math.min(w, (perRow - 1) / 2));
    }

    /** Turns a path into an alignment, the score of bead {@code k} being {@code scores[k]}. */
    static Alignment toAlignment(int n, int m, BeadShapes shapes, BandedDp.Path path, double[] scores) {
        List<Bead> beads = new ArrayList<>(path.size());
        for (int k = 0; k < path.size(); k++) {
            int a = shapes.source(path.shapes()[k]);
            int b = shapes.target(path.shapes()[k]);
            beads.add(Bead.ofRanges(path.endI()[k] - a, a, path.endJ()[k] - b, b, scores[k]));
        }
        return new Alignment(n, m, beads);
    }
}
