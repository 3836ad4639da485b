package dev.accord.align;

import dev.accord.core.align.Alignment;
import dev.accord.core.align.Bead;
import dev.accord.core.text.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which beads of an alignment to keep when writing it: those with a score of at least
 * {@code minScore}, only {@code 1-1} beads if asked, and only beads whose two sides are not too
 * different in length; an immutable, validated value.
 *
 * {@snippet :
 * BeadFilter filter = BeadFilter.NONE.withMinScore(0.5).withOnlyOneToOne(true);
 * List<Bead> kept = filter.apply(alignment, dutch, french);   // in order, a subset of the beads
 * }
 *
 * <p>A filtered list is no longer an {@link Alignment} (sentences are missing from it); it is
 * what goes into a training corpus or a translation memory, where a doubtful pair does harm.
 *
 * @param minScore the lowest score kept, in {@code [0, 1]}; 0 keeps every bead
 * @param onlyOneToOne if true only {@code 1-1} beads are kept
 * @param maxLengthRatio the largest ratio of the longer side's length to the shorter side's, in
 *     characters, {@code >= 1}; {@link Double#POSITIVE_INFINITY} for no limit. A one-sided bead
 *     has an infinite ratio, so any finite limit drops it
 */
public record BeadFilter(double minScore, boolean onlyOneToOne, double maxLengthRatio) {

    /** The filter that keeps every bead. */
    public static final BeadFilter NONE = new BeadFilter(0, false, Double.POSITIVE_INFINITY);

    /**
     * Checks each value.
     *
     * @throws IllegalArgumentException if {@code minScore} is outside {@code [0, 1]} or
     *     {@code maxLengthRatio} is below 1 or NaN; the message names the value
     */
    public BeadFilter {
        if (!(minScore >= 0 && minScore <= 1)) {
            throw new IllegalArgumentException("minScore must be in [0, 1], got " + minScore);
        }
        if (!(maxLengthRatio >= 1)) {
            throw new IllegalArgumentException("maxLengthRatio must be >= 1, got " + maxLengthRatio);
        }
    }

    /** Returns this filter with another lowest score. */
    public BeadFilter withMinScore(double value) {
        return new BeadFilter(value, onlyOneToOne, maxLengthRatio);
    }

    /** Returns this filter keeping only 1-1 beads ({@code true}) or beads of any type. */
    public BeadFilter withOnlyOneToOne(boolean value) {
        return new BeadFilter(minScore, value, maxLengthRatio);
    }

    /** Returns this filter with another largest length ratio. */
    public BeadFilter withMaxLengthRatio(double value) {
        return new BeadFilter(minScore, onlyOneToOne, value);
    }

    /** Returns true if this filter keeps every bead. */
    public boolean keepsAll() {
        return equals(NONE);
    }

    /**
     * Returns true if {@code bead} of the alignment of {@code source} with {@code target} is kept.
     *
     * @throws IndexOutOfBoundsException if the bead names a sentence the documents do not have
     */
    public boolean keeps(Bead bead, Document source, Document target) {
        if (bead.score() < minScore || onlyOneToOne && !(bead.source().size() == 1 && bead.target().size() == 1)) {
            return false;
        }
        if (maxLengthRatio == Double.POSITIVE_INFINITY) {
            return true;
        }
        long s = length(source, bead.source());
        long t = length(target, bead.target());
        return s > 0 && t > 0 && Math.max(s, t) <= maxLengthRatio * Math.min(s, t);
    }

    /**
     * Returns the beads of {@code alignment} this filter keeps, in order.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the alignment does not cover the documents
     */
    public List<Bead> apply(Alignment alignment, Document source, Document target) {
        Objects.requireNonNull(alignment, "alignment");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        if (alignment.sourceSize() != source.size() || alignment.targetSize() != target.size()) {
            throw new IllegalArgumentException("the alignment covers " + alignment.sourceSize() + " x "
                    + alignment.targetSize() + " sentences but the documents have " + source.size() + " and "
                    + target.size());
        }
        if (keepsAll()) {
            return alignment.beads();
        }
        List<Bead> kept = new ArrayList<>();
        for (Bead b : alignment.beads()) {
            if (keeps(b, source, target)) {
                kept.add(b);
            }
        }
        return List.copyOf(kept);
    }

    private static long length(Document document, List<Integer> ids) {
        long n = 0;
        for (int id : ids) {
            n += document.sentence(id).text().length();
        }
        return n;
    }
}
