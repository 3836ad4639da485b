package dev.accord.cli;

import dev.accord.align.AlignmentStats;
import dev.accord.align.BeadFilter;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The bead filters and statistics that {@code align} and {@code batch} share
 * ({@code --min-score}, {@code --only-one-to-one}, {@code --max-length-ratio}, {@code --stats});
 * add them with {@code @Mixin FilterOptions filters}.
 */
final class FilterOptions {

    @Option(names = "--min-score", paramLabel = "S",
            description = "Write only beads scoring at least S, in [0, 1] (the score estimates the chance that a bead "
                    + "is exactly right; see --stats to choose).")
    Double minScore;

    @Option(names = "--only-one-to-one", description = "Write only 1-1 beads.")
    boolean onlyOneToOne;

    @Option(names = "--max-length-ratio", paramLabel = "R",
            description = "Write only beads whose longer side has at most R times the characters of the shorter "
                    + "(R >= 1; drops one-sided beads).")
    Double maxLengthRatio;

    @Option(names = "--stats",
            description = "Print the number of beads of each type and a histogram of their scores.")
    boolean stats;

    /**
     * Returns the filter these options ask for.
     *
     * @throws IllegalArgumentException if a value is out of range; the message names the option
     */
    BeadFilter toFilter() {
        BeadFilter.Builder filter = BeadFilter.builder().onlyOneToOne(onlyOneToOne);
        if (minScore != null) {
            if (!(minScore >= 0 && minScore <= 1)) {
                throw new IllegalArgumentException("--min-score must be in [0, 1], got " + minScore);
            }
            filter.minScore(minScore);
        }
        if (maxLengthRatio != null) {
            if (!(maxLengthRatio >= 1)) {
                throw new IllegalArgumentException("--max-length-ratio must be at least 1, got " + maxLengthRatio);
            }
            filter.maxLengthRatio(maxLengthRatio);
        }
        return filter.build();
    }

    /** The width of the longest histogram bar, in characters. */
    static final int BAR_WIDTH = 40;

    /**
     * Writes {@code stats} readably: beads (and how many were kept), mean score, beads by type, and
     * the score histogram with a bar per bin.
     */
    static void writeStats(AlignmentStats stats, int kept, Appendable out) throws IOException {
        out.append(String.format(Locale.ROOT, "beads: %d, written: %d, mean score: %.4f\n", stats.beads(), kept,
                stats.meanScore()));
        StringBuilder types = new StringBuilder("by type:");
        for (Map.Entry<String, Integer> e : stats.beadTypes().entrySet()) {
            types.append(' ').append(e.getKey()).append(' ').append(e.getValue());
        }
        out.append(types).append("\n");
        out.append("score histogram:").append("\n");
        int most = stats.histogram().stream().mapToInt(Integer::intValue).max().orElse(0);
        for (int k = 0; k < AlignmentStats.BINS; k++) {
            int n = stats.histogram().get(k);
            int bar = most == 0 ? 0 : (int) Math.ceil((double) BAR_WIDTH * n / most);
            out.append(String.format(Locale.ROOT, "  [%.1f, %.1f%s %6d %s", k / 10.0, (k + 1) / 10.0,
                    k == AlignmentStats.BINS - 1 ? "]" : ")", n, "#".repeat(bar)).stripTrailing()).append('\n');
        }
    }
}
