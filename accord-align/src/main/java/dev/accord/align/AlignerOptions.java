package dev.accord.align;

import java.util.List;
import java.util.Objects;

/**
 * The immutable, validated configuration of a {@link SentenceAligner}.
 *
 * {@snippet :
 * AlignerOptions options = AlignerOptions.builder()
 *         .maxBeadSize(4)
 *         .hardParagraphs(true)
 *         .build();
 * Alignment alignment = SentenceAligner.create(options).align(dutch, french);
 * }
 *
 * @param method the alignment method; {@link AlignmentMethod#FULL} by default
 * @param maxBeadSize the most sentences one side of a bead may hold, 1 to 6; 3 by default, which
 *     allows the beads {@code 0-1, 1-0, 1-1, 1-2, 2-1, 2-2, 1-3, 3-1}. In general a two-sided bead
 *     {@code a-b} is allowed when {@code a, b <= maxBeadSize} and {@code a + b <= max(4, maxBeadSize + 1)}.
 *     The {@code length} method never goes beyond the Gale–Church beads ({@code 2-2} at most).
 * @param hardParagraphs if true no bead may hold sentences of two paragraphs; if false (the default)
 *     crossing a paragraph boundary is only costly
 * @param dictionary a bilingual word list used as extra lexical evidence; {@link BilingualDictionary#EMPTY}
 *     for none
 * @param translation a machine translation of the source into the target language, one entry per
 *     source sentence, or an empty list for none
 * @param progress receives progress reports; {@link ProgressListener#NONE} by default
 */
public record AlignerOptions(AlignmentMethod method, int maxBeadSize, boolean hardParagraphs,
        BilingualDictionary dictionary, List<String> translation, ProgressListener progress) {

    /** The largest accepted {@link #maxBeadSize()}. */
    public static final int MAX_BEAD_SIZE_LIMIT = 6;

    /**
     * Validates each value and copies the translation.
     *
     * @throws NullPointerException if a value is null; the message names it
     * @throws IllegalArgumentException if {@code maxBeadSize} is outside {@code 1..6}
     */
    public AlignerOptions {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(dictionary, "dictionary");
        Objects.requireNonNull(progress, "progress");
        translation = List.copyOf(Objects.requireNonNull(translation, "translation"));
        if (maxBeadSize < 1 || maxBeadSize > MAX_BEAD_SIZE_LIMIT) {
            throw new IllegalArgumentException("maxBeadSize must be in 1.." + MAX_BEAD_SIZE_LIMIT + ", got " + maxBeadSize);
        }
    }

    /** Returns the default options: the full method, beads up to 3 sentences a side, soft paragraphs. */
    public static AlignerOptions defaults() {
        return builder().build();
    }

    /** Returns a builder that starts from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder that starts from these options. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.method = method;
        b.maxBeadSize = maxBeadSize;
        b.hardParagraphs = hardParagraphs;
        b.dictionary = dictionary;
        b.translation = translation;
        b.progress = progress;
        return b;
    }

    /** Returns true if a machine translation of the source was given. */
    public boolean hasTranslation() {
        return !translation.isEmpty();
    }

    /** A mutable builder of {@link AlignerOptions}; each setter checks its value at once. */
    public static final class Builder {
        private AlignmentMethod method = AlignmentMethod.FULL;
        private int maxBeadSize = 3;
        private boolean hardParagraphs;
        private BilingualDictionary dictionary = BilingualDictionary.EMPTY;
        private List<String> translation = List.of();
        private ProgressListener progress = ProgressListener.NONE;

        private Builder() {
        }

        /** Sets the method. */
        public Builder method(AlignmentMethod value) {
            this.method = Objects.requireNonNull(value, "method");
            return this;
        }

        /**
         * Sets the largest number of sentences on one side of a bead.
         *
         * @throws IllegalArgumentException if {@code value} is outside {@code 1..6}
         */
        public Builder maxBeadSize(int value) {
            if (value < 1 || value > MAX_BEAD_SIZE_LIMIT) {
                throw new IllegalArgumentException("maxBeadSize must be in 1.." + MAX_BEAD_SIZE_LIMIT + ", got " + value);
            }
            this.maxBeadSize = value;
            return this;
        }

        /** Forbids ({@code true}) or only penalises ({@code false}) beads across paragraph boundaries. */
        public Builder hardParagraphs(boolean value) {
            this.hardParagraphs = value;
            return this;
        }

        /** Sets the bilingual word list. */
        public Builder dictionary(BilingualDictionary value) {
            this.dictionary = Objects.requireNonNull(value, "dictionary");
            return this;
        }

        /** Sets the machine translation of the source, one entry per source sentence. */
        public Builder translation(List<String> value) {
            this.translation = List.copyOf(Objects.requireNonNull(value, "translation"));
            return this;
        }

        /** Sets the progress listener. */
        public Builder progress(ProgressListener value) {
            this.progress = Objects.requireNonNull(value, "progress");
            return this;
        }

        /** Returns the options. */
        public AlignerOptions build() {
            return new AlignerOptions(method, maxBeadSize, hardParagraphs, dictionary, translation, progress);
        }
    }
}
