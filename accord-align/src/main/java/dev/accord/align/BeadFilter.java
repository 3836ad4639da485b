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
 * BeadFilter filter = BeadFilter.builder()
 *         .minScore(0.5)
 *         .onlyOneToOne(true)
 *         .build();
 * List<Bead> kept = filter.apply(alignment, dutch, french);   // in order, a subset of the beads
 * }
 *
 * <p>A filtered list is no longer an {@link Alignment} (sentences are missing from it); it is
 * what goes into a training corpus or a translation memory, where a doubtful pair does harm.
 *
 * <p><b>Design decision:</b> where the other settings of the pipeline start from {@code defaults()},
 * a filter starts from {@link #NONE}, the filter that keeps every bead: it is what "no filter"
 * means wherever a filter is taken, as {@link ProgressListener#NONE} is "no listener".
 *
 * @param minScore the lowest score kept, in {@code [0, 1]}; 0 (keep every bead) by default
 * @param onlyOneToOne if true only {@code 1-1} beads are kept; false by default
 * @param maxLengthRatio the largest ratio of the longer side's length to the shorter side's, in
 *     characters, {@code >= 1}; {@link Double#POSITIVE_INFINITY} (no limit) by default. A one-sided
 *     bead has an infinite ratio, so any finite limit drops it
 */
public record BeadFilter(double minScore, boolean onlyOneToOne, double maxLengthRatio) {

    /** The filter that keeps every bead, and where {@link #builder()} starts. */
    public static final BeadFilter NONE = new BeadFilter(0, false, Double.POSITIVE_INFINITY);

    /**
     * Validates each value.
     *
     * @throws IllegalArgumentException if {@code minScore} is outside {@code [0, 1]} or
     *     {@code maxLengthRatio} is below 1 or NaN; the message names the value
     */
    public BeadFilter {
        checkMinScore(minScore);
        checkMaxLengthRatio(maxLengthRatio);
    }

    /** Returns a builder that starts from {@link #NONE}, keeping every bead. */
    public static Builder builder() {
        return NONE.toBuilder();
    }

    /** Returns a builder that starts from this filter. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.minScore = minScore;
        b.onlyOneToOne = onlyOneToOne;
        b.maxLengthRatio = maxLengthRatio;
        return b;
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

    private static double checkMinScore(double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("minScore must be in [0, 1], got " + value);
        }
        return value;
    }

    private static double checkMaxLengthRatio(double value) {
        if (!(value >= 1)) {
            throw new IllegalArgumentException("maxLengthRatio must be >= 1, got " + value);
        }
        return value;
    }

    private static long length(Document document, List<Integer> ids) {
        long n = 0;
        for (int id : ids) {
            n += document.sentence(id).text().length();
        }
        return n;
    }

    /** A mutable builder of {@link BeadFilter}; each setter checks its value at once. */
    public static final class Builder {
        private double minScore;
        private boolean onlyOneToOne;
        private double maxLengthRatio;

        private Builder() {
        }

        /**
         * Sets the lowest score kept.
         *
         * @throws IllegalArgumentException if {@code value} is outside {@code [0, 1]} or NaN
         */
        public Builder minScore(double value) {
            this.minScore = checkMinScore(value);
            return this;
        }

        /** Keeps only 1-1 beads ({@code true}) or beads of any type ({@code false}). */
        public Builder onlyOneToOne(boolean value) {
            this.onlyOneToOne = value;
            return this;
        }

        /**
         * Sets the largest ratio of the longer side's length to the shorter side's;
         * {@link Double#POSITIVE_INFINITY} for no limit.
         *
         * @throws IllegalArgumentException if {@code value} is below 1 or NaN
         */
        public Builder maxLengthRatio(double value) {
            this.maxLengthRatio = checkMaxLengthRatio(value);
            return this;
        }

        /** Returns the filter. */
        public BeadFilter build() {
            return new BeadFilter(minScore, onlyOneToOne, maxLengthRatio);
        }
    }
}
