package dev.accord.align;

import dev.accord.core.align.Alignment;
import dev.accord.core.align.Bead;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What an alignment looks like at a glance: how many beads of each type it has and how their
 * scores spread, so that a user can choose a score threshold; immutable.
 *
 * <p>Every bead counts, one-sided beads included (the standard aligners score them 0, so they
 * fall in the first histogram bin and pull the mean down: a text with many sentences left
 * unaligned looks doubtful, as it should).
 *
 * @param beadTypes the number of beads of each type ({@code "1-1"}, {@code "0-1"}, ...), ordered
 *     by source then target size
 * @param beads the number of beads
 * @param meanScore the mean score of all beads; 0 for an alignment without beads
 * @param histogram the number of beads whose score falls in each of {@value #BINS} bins of width
 *     0.1: bin {@code k} holds scores in {@code [k/10, (k+1)/10)}, the last bin also holds 1.0
 */
public record AlignmentStats(Map<String, Integer> beadTypes, int beads, double meanScore, List<Integer> histogram) {

    /** The number of histogram bins. */
    public static final int BINS = 10;

    /** Orders bead types such as {@code 2-1} by source size, then target size. */
    public static final Comparator<String> BEAD_TYPE_ORDER = Comparator
            .comparingInt((String t) -> Integer.parseInt(t.substring(0, t.indexOf('-'))))
            .thenComparingInt(t -> Integer.parseInt(t.substring(t.indexOf('-') + 1)));

    /**
     * Validates and copies the values.
     *
     * @throws NullPointerException if a map or list is null
     * @throws IllegalArgumentException if a count is negative, the type counts or the histogram do
     *     not add up to {@code beads}, the histogram does not have {@value #BINS} bins, or the mean
     *     is outside {@code [0, 1]}
     */
    public AlignmentStats {
        Map<String, Integer> types = new TreeMap<>(BEAD_TYPE_ORDER);
        types.putAll(Objects.requireNonNull(beadTypes, "beadTypes"));
        beadTypes = Collections.unmodifiableMap(types);
        histogram = List.copyOf(histogram);
        if (beads < 0) {
            throw new IllegalArgumentException("beads must be >= 0, got " + beads);
        }
        if (histogram.size() != BINS) {
            throw new IllegalArgumentException("histogram must have " + BINS + " bins, got " + histogram.size());
        }
        if (sum(beadTypes.values()) != beads || sum(histogram) != beads) {
            throw new IllegalArgumentException("bead types " + beadTypes + " and histogram " + histogram
                    + " must each add up to " + beads + " beads");
        }
        if (!(meanScore >= 0 && meanScore <= 1)) {
            throw new IllegalArgumentException("meanScore must be in [0, 1], got " + meanScore);
        }
    }

    private static long sum(Iterable<Integer> counts) {
        long total = 0;
        for (int c : counts) {
            if (c < 0) {
                throw new IllegalArgumentException("counts must be >= 0, got " + c);
            }
            total += c;
        }
        return total;
    }

    /**
     * Returns the statistics of {@code alignment}'s beads.
     *
     * @throws NullPointerException if {@code alignment} is null
     */
    public static AlignmentStats of(Alignment alignment) {
        return of(Objects.requireNonNull(alignment, "alignment").beads());
    }

    /**
     * Returns the statistics of a list of beads, for instance the beads a {@link BeadFilter} kept.
     *
     * @throws NullPointerException if the list or a bead is null
     */
    public static AlignmentStats of(List<Bead> beads) {
        Map<String, Integer> types = new TreeMap<>(BEAD_TYPE_ORDER);
        Integer[] bins = new Integer[BINS];
        Arrays.fill(bins, 0);
        double total = 0;
        for (Bead b : beads) {
            types.merge(b.type(), 1, Integer::sum);
            bins[bin(b.score())]++;
            total += b.score();
        }
        return new AlignmentStats(types, beads.size(), beads.isEmpty() ? 0 : Math.min(1, total / beads.size()),
                List.of(bins));
    }

    /** Returns the histogram bin of {@code score}. */
    static int bin(double score) {
        return Math.min(BINS - 1, (int) (score * BINS));
    }

    /**
     * Returns the statistics of this alignment's beads and {@code other}'s together, as if they
     * were one alignment (the statistics of a batch of pairs).
     */
    public AlignmentStats plus(AlignmentStats other) {
        Map<String, Integer> types = new TreeMap<>(BEAD_TYPE_ORDER);
        types.putAll(beadTypes);
        other.beadTypes.forEach((type, n) -> types.merge(type, n, Integer::sum));
        List<Integer> bins = new java.util.ArrayList<>(BINS);
        for (int k = 0; k < BINS; k++) {
            bins.add(histogram.get(k) + other.histogram.get(k));
        }
        int total = beads + other.beads;
        double mean = total == 0 ? 0 : Math.min(1, (meanScore * beads + other.meanScore * other.beads) / total);
        return new AlignmentStats(types, total, mean, bins);
    }

    /** Returns the number of beads of {@code type}, e.g. {@code "1-1"}; 0 if there are none. */
    public int count(String type) {
        return beadTypes.getOrDefault(type, 0);
    }
}
