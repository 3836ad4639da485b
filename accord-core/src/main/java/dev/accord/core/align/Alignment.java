package dev.accord.core.align;

import dev.accord.core.text.Document;
import java.util.List;

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
     * @throws NullPointerException if the list or a bead is null
     * @throws IllegalArgumentException if a sentence is missing, repeated or out of order; the
     *     message names the side, the sentence and the bead
     */
    public Alignment {
        if (sourceSize < 0 || targetSize < 0) {
            throw new IllegalArgumentException("sizes must be >= 0, got " + sourceSize + " and " + targetSize);
        }
        beads = List.copyOf(beads);
        int nextSource = 0;
        int nextTarget = 0;
        for (int b = 0; b < beads.size(); b++) {
            Bead bead = Bead.requireBead(beads.get(b), b);
            nextSource = checkSide("source", bead.source(), nextSource, sourceSize, b);
            nextTarget = checkSide("target", bead.target(), nextTarget, targetSize, b);
        }
        if (nextSource != sourceSize) {
            throw new IllegalArgumentException("source sentence " + nextSource + " is in no bead (" + sourceSize
                    + " source sentences, " + beads.size() + " beads)");
        }
        if (nextTarget != targetSize) {
            throw new IllegalArgumentException("target sentence " + nextTarget + " is in no bead (" + targetSize
                    + " target sentences, " + beads.size() + " beads)");
        }
    }

    private static int checkSide(String side, List<Integer> ids, int next, int size, int beadIndex) {
        for (int id : ids) {
            if (id >= size) {
                throw new IllegalArgumentException(side + " sentence " + id + " in bead " + beadIndex
                        + " is out of range: the " + side + " has " + size + " sentences");
            }
            if (id < next) {
                throw new IllegalArgumentException(side + " sentence " + id + " appears again, or out of order, in bead "
                        + beadIndex);
            }
            if (id > next) {
                throw new IllegalArgumentException(side + " sentence " + next + " is in no bead: bead " + beadIndex
                        + " jumps to " + id);
            }
            next++;
        }
        return next;
    }

    /**
     * Returns the alignment of two documents, checked against their sentence counts.
     *
     * @throws IllegalArgumentException if the beads break the invariant for these documents
     */
    public static Alignment of(Document source, Document target, List<Bead> beads) {
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
