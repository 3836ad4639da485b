package dev.accord.core.align;

import dev.accord.core.text.Document;
import java.util.List;
import java.util.Objects;

/**
 * A monotonic sentence alignment of a source document with {@code sourceSize} sentences and a
 * target document with {@code targetSize} sentences.
 *
 * <p><b>Invariant</b>, checked by the constructor: every source sentence and every target
 * sentence appears in exactly one bead, and reading the beads in order visits each side's
 * sentences in document order ({@code 0, 1, 2, ...}). One-sided beads ({@code 1-0}, {@code 0-1})
 * are allowed, so nothing is ever dropped silently.
 *
 * @param sourceSize the number of source sentences, {@code >= 0}
 * @param targetSize the number of target sentences, {@code >= 0}
 * @param beads the beads in order
 */
public record Alignment(int sourceSize, int targetSize, List<Bead> beads) {

    /**
     * Validates the invariant and copies the bead list.
     *
     * <p>The check is one pass over the beads; only when it fails does it look further, to say
     * precisely what is wrong.
     *
     * @throws NullPointerException if the list or a bead is null
     * @throws IllegalArgumentException if a size is negative, or a sentence is out of range, in
     *     no bead, in two beads or out of order; the message names the side, the sentence and
     *     the bead(s)
     */
    public Alignment {
        if (sourceSize < 0) {
            throw new IllegalArgumentException("sourceSize must be >= 0, got " + sourceSize);
        }
        if (targetSize < 0) {
            throw new IllegalArgumentException("targetSize must be >= 0, got " + targetSize);
        }
        Objects.requireNonNull(beads, "beads");
        for (int b = 0; b < beads.size(); b++) {
            Bead.requireBead(beads.get(b), b);
        }
        beads = List.copyOf(beads);
        int nextSource = 0;
        int nextTarget = 0;
        for (int b = 0; b < beads.size(); b++) {
            nextSource = checkSide(Side.SOURCE, beads, b, nextSource, sourceSize);
            nextTarget = checkSide(Side.TARGET, beads, b, nextTarget, targetSize);
        }
        requireAllCovered(Side.SOURCE, nextSource, sourceSize);
        requireAllCovered(Side.TARGET, nextTarget, targetSize);
    }

    private static void requireAllCovered(Side side, int covered, int size) {
        if (covered != size) {
            throw new IllegalArgumentException(side + " sentence " + covered + " is in no bead: the " + side + " has "
                    + size + " sentences but the beads cover " + (covered == 0 ? "none" : "only 0.." + (covered - 1)));
        }
    }

    /** The two sides of a bead, to name them in messages and pick their ids. */
    private enum Side {
        SOURCE, TARGET;

        List<Integer> of(Bead bead) {
            return this == SOURCE ? bead.source() : bead.target();
        }

        @Override
        public String toString() {
            return this == SOURCE ? "source" : "target";
        }
    }

    /**
     * Checks that bead {@code b} continues {@code side} at sentence {@code next}; returns the
     * next expected sentence. All sentences before {@code next} are known to be in earlier beads,
     * exactly once and in order.
     */
    private static int checkSide(Side side, List<Bead> beads, int b, int next, int size) {
        for (int id : side.of(beads.get(b))) {
            if (id >= size) {
                throw new IllegalArgumentException(side + " sentence " + id + " in bead " + b
                        + " is out of range: the " + side + " has " + size + " sentences");
            }
            if (id < next) {
                throw new IllegalArgumentException(side + " sentence " + id + " is in two beads: bead "
                        + firstBeadWith(side, beads, id, 0) + " and bead " + b);
            }
            if (id > next) {
                int later = firstBeadWith(side, beads, next, b);
                if (later < 0) {
                    throw new IllegalArgumentException(side + " sentence " + next + " is in no bead: bead " + b
                            + " goes on with " + side + " sentence " + id);
                }
                throw new IllegalArgumentException(side + " sentence " + id + " in bead " + b + " comes before "
                        + side + " sentence " + next + " in bead " + later + ": beads must follow document order");
            }
            next++;
        }
        return next;
    }

    /** Returns the first bead at or after {@code from} that holds sentence {@code id} of {@code side}, or -1. */
    private static int firstBeadWith(Side side, List<Bead> beads, int id, int from) {
        for (int b = from; b < beads.size(); b++) {
            if (side.of(beads.get(b)).contains(id)) {
                return b;
            }
        }
        return -1;
    }

    /**
     * Returns the alignment of two documents, checked against their sentence counts.
     *
     * @throws NullPointerException if an argument or bead is null
     * @throws IllegalArgumentException if the beads break the invariant for these documents
     */
    public static Alignment of(Document source, Document target, List<Bead> beads) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        return new Alignment(source.size(), target.size(), beads);
    }

    /** Returns the number of beads. */
    public int size() {
        return beads.size();
    }

    /** Returns a short description: sizes only. */
    @Override
    public String toString() {
        return "Alignment[" + sourceSize + " x " + targetSize + " sentences, " + beads.size() + " beads]";
    }
}
