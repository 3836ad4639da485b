package dev.accord.core.align;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One link of a sentence alignment: a group of source sentences that translates a group of
 * target sentences; immutable.
 *
 * <p>Either side may be empty (an insertion {@code 0-1} or a deletion {@code 1-0}), not both.
 * Ids are 0-based sentence numbers. Within an {@link Alignment} the ids of a side are
 * consecutive and ascending; a bead on its own (for instance a gold bead read from a file) only
 * has to have distinct, non-negative ids, in the order they were written.
 *
 * @param source the source sentence ids
 * @param target the target sentence ids
 * @param score the aligner's confidence in {@code [0, 1]}: higher means more confident; gold
 *     beads have score 1
 */
public record Bead(List<Integer> source, List<Integer> target, double score) {

    /**
     * Validates and copies the id lists.
     *
     * @throws NullPointerException if a list or id is null
     * @throws IllegalArgumentException if both sides are empty, an id is negative or repeated,
     *     or the score is outside {@code [0, 1]} or NaN
     */
    public Bead {
        source = checkIds("source", source);
        target = checkIds("target", target);
        if (source.isEmpty() && target.isEmpty()) {
            throw new IllegalArgumentException("a bead needs at least one sentence on one side");
        }
        if (!(score >= 0.0 && score <= 1.0)) {
            throw new IllegalArgumentException("score must be in [0, 1], got " + score);
        }
    }

    private static List<Integer> checkIds(String side, List<Integer> ids) {
        Objects.requireNonNull(ids, side);
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            Integer id = ids.get(i);
            if (id == null) {
                throw new NullPointerException(side + " id at position " + i + " is null");
            }
            if (id < 0) {
                throw new IllegalArgumentException(side + " id must be >= 0, got " + id);
            }
            if (!seen.add(id)) {
                throw new IllegalArgumentException(side + " id " + id + " repeated in one bead");
            }
        }
        return List.copyOf(ids);
    }

    /**
     * Returns a bead with score 1, as used for gold beads.
     *
     * @throws NullPointerException if a list or id is null
     * @throws IllegalArgumentException if both sides are empty or an id is negative or repeated
     */
    public static Bead of(List<Integer> source, List<Integer> target) {
        return new Bead(source, target, 1.0);
    }

    /**
     * Returns a bead of consecutive ids {@code sourceStart, ..., sourceStart + sourceCount - 1}
     * and likewise for the target.
     *
     * @throws IllegalArgumentException if a start or count is negative, both counts are zero, or
     *     the score is outside {@code [0, 1]}
     */
    public static Bead ofRanges(int sourceStart, int sourceCount, int targetStart, int targetCount, double score) {
        if (sourceCount < 0 || targetCount < 0) {
            throw new IllegalArgumentException("counts must be >= 0, got " + sourceCount + " source and "
                    + targetCount + " target");
        }
        return new Bead(range(sourceStart, sourceCount), range(targetStart, targetCount), score);
    }

    private static List<Integer> range(int start, int count) {
        Integer[] ids = new Integer[count];
        for (int i = 0; i < count; i++) {
            ids[i] = start + i;
        }
        return List.of(ids);
    }

    /** Returns the shape of the bead, e.g. {@code 1-2} or {@code 0-1}. */
    public String type() {
        return source.size() + "-" + target.size();
    }

    /** Returns true if one side is empty (an insertion or a deletion). */
    public boolean isOneSided() {
        return source.isEmpty() || target.isEmpty();
    }

    /**
     * Returns a copy with another score.
     *
     * @throws IllegalArgumentException if the score is outside {@code [0, 1]} or NaN
     */
    public Bead withScore(double newScore) {
        return new Bead(source, target, newScore);
    }

    /** Returns the bead in the gold format with a score, e.g. {@code [0]:[0, 1]:0.97}. */
    @Override
    public String toString() {
        return ids(source) + ":" + ids(target) + ":" + String.format(Locale.ROOT, "%.2f", score);
    }

    static String ids(List<Integer> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
    }

    /** Validates a non-null bead argument. */
    static Bead requireBead(Bead b, int position) {
        return Objects.requireNonNull(b, () -> "bead " + position + " is null");
    }
}
