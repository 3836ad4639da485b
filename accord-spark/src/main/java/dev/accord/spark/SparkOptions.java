package dev.accord.spark;

import dev.accord.PipelineConfig;
import dev.accord.align.AlignerOptions;
import dev.accord.align.AlignmentMethod;
import java.io.Serializable;
import java.util.Objects;

/**
 * The immutable, validated settings of a Spark run of the Accord pipeline; serializable, because
 * Spark ships them to every executor with the task.
 *
 * {@snippet :
 * SparkOptions options = SparkOptions.builder()
 *         .findings(true)
 *         .maxBeadSize(4)
 *         .build();
 * try (PairResults results = AccordSpark.process(pairs, options)) {
 *     // ...
 * }
 * }
 *
 * <p>The defaults are the command line's: language checked, no findings, the full alignment
 * method, beads up to 3 sentences a side, soft paragraphs. The builder is not serializable; build
 * the settings before handing them to Spark.
 *
 * @param force whether to go on when a text does not look like its declared language (the
 *     command line's {@code --force}); off by default
 * @param findings whether to extract what each Dutch–French pair says about the Cybersecurity Tech
 *     Accord (companies, pillars, facts, and the reconciliation counts of the summary); off by
 *     default, because it costs about as much again as the alignment
 * @param method the alignment method; {@link AlignmentMethod#FULL} by default
 * @param maxBeadSize the largest number of sentences on one side of a bead, in {@code 1..}{@value
 *     AlignerOptions#MAX_BEAD_SIZE_LIMIT}; 3 by default
 * @param hardParagraphs whether a bead may never hold sentences of two paragraphs; off by default
 */
public record SparkOptions(boolean force, boolean findings, AlignmentMethod method, int maxBeadSize,
        boolean hardParagraphs) implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * Validates each value.
     *
     * @throws NullPointerException if {@code method} is null; the message names it
     * @throws IllegalArgumentException if {@code maxBeadSize} is outside {@code 1..6}; the message
     *     names the setting and the value
     */
    public SparkOptions {
        Objects.requireNonNull(method, "method");
        checkMaxBeadSize(maxBeadSize);
    }

    /** Returns the default settings, those of the command line. */
    public static SparkOptions defaults() {
        return builder().build();
    }

    /** Returns a builder that starts from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder that starts from these settings. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.force = force;
        b.findings = findings;
        b.method = method;
        b.maxBeadSize = maxBeadSize;
        b.hardParagraphs = hardParagraphs;
        return b;
    }

    /** Returns the pipeline settings these stand for: UTF-8 running text, language check as set. */
    PipelineConfig pipelineConfig() {
        return PipelineConfig.builder().force(force).build();
    }

    /** Returns the aligner settings these stand for. */
    AlignerOptions alignerOptions() {
        return AlignerOptions.builder().method(method).maxBeadSize(maxBeadSize).hardParagraphs(hardParagraphs).build();
    }

    private static int checkMaxBeadSize(int value) {
        if (value < 1 || value > AlignerOptions.MAX_BEAD_SIZE_LIMIT) {
            throw new IllegalArgumentException("maxBeadSize must be in 1.." + AlignerOptions.MAX_BEAD_SIZE_LIMIT
                    + ", got " + value);
        }
        return value;
    }

    /**
     * A mutable builder of {@link SparkOptions}; each setter checks its value at once. Its aligner
     * defaults are those of {@link AlignerOptions#defaults()}.
     */
    public static final class Builder {
        private boolean force;
        private boolean findings;
        private AlignmentMethod method;
        private int maxBeadSize;
        private boolean hardParagraphs;

        private Builder() {
            AlignerOptions aligner = AlignerOptions.defaults();
            this.method = aligner.method();
            this.maxBeadSize = aligner.maxBeadSize();
            this.hardParagraphs = aligner.hardParagraphs();
        }

        /** Turns the language check off ({@code true}) or on ({@code false}). */
        public Builder force(boolean value) {
            this.force = value;
            return this;
        }

        /** Turns the extraction of findings on ({@code true}) or off ({@code false}). */
        public Builder findings(boolean value) {
            this.findings = value;
            return this;
        }

        /** Sets the alignment method. */
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
            this.maxBeadSize = checkMaxBeadSize(value);
            return this;
        }

        /** Forbids ({@code true}) or only penalises ({@code false}) beads across paragraph boundaries. */
        public Builder hardParagraphs(boolean value) {
            this.hardParagraphs = value;
            return this;
        }

        /** Returns the settings. */
        public SparkOptions build() {
            return new SparkOptions(force, findings, method, maxBeadSize, hardParagraphs);
        }
    }
}
