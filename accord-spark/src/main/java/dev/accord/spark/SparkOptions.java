package dev.accord.spark;

import dev.accord.PipelineConfig;
import dev.accord.align.AlignerOptions;
import dev.accord.align.AlignmentMethod;
import java.io.Serializable;
import java.util.Objects;

/**
 * The settings of a Spark run of the Accord pipeline: an immutable value, checked when it is made,
 * and serializable, because Spark ships it to every executor with the task.
 *
 * <p>Start from {@link #defaults()} and change what you need with the {@code withX} methods. The
 * defaults give the command line's defaults: language checked, the full alignment method, beads up
 * to 3 sentences a side, soft paragraphs.
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
     * Checks the values.
     *
     * @throws NullPointerException if {@code method} is null
     * @throws IllegalArgumentException if {@code maxBeadSize} is outside {@code 1..6}; the message
     *     names the setting and the value
     */
    public SparkOptions {
        Objects.requireNonNull(method, "method");
        if (maxBeadSize < 1 || maxBeadSize > AlignerOptions.MAX_BEAD_SIZE_LIMIT) {
            throw new IllegalArgumentException("maxBeadSize must be in 1.." + AlignerOptions.MAX_BEAD_SIZE_LIMIT
                    + ", got " + maxBeadSize);
        }
    }

    /** Returns the default settings, those of the command line. */
    public static SparkOptions defaults() {
        AlignerOptions aligner = AlignerOptions.defaults();
        return new SparkOptions(false, false, aligner.method(), aligner.maxBeadSize(), aligner.hardParagraphs());
    }

    /** Returns these settings with the language check turned off ({@code true}) or on. */
    public SparkOptions withForce(boolean newForce) {
        return new SparkOptions(newForce, findings, method, maxBeadSize, hardParagraphs);
    }

    /** Returns these settings with the extraction of findings turned on ({@code true}) or off. */
    public SparkOptions withFindings(boolean newFindings) {
        return new SparkOptions(force, newFindings, method, maxBeadSize, hardParagraphs);
    }

    /** Returns these settings with another alignment method. */
    public SparkOptions withMethod(AlignmentMethod newMethod) {
        return new SparkOptions(force, findings, newMethod, maxBeadSize, hardParagraphs);
    }

    /** Returns these settings with another largest bead side. */
    public SparkOptions withMaxBeadSize(int newMaxBeadSize) {
        return new SparkOptions(force, findings, method, newMaxBeadSize, hardParagraphs);
    }

    /** Returns these settings with paragraph boundaries made hard ({@code true}) or soft. */
    public SparkOptions withHardParagraphs(boolean newHardParagraphs) {
        return new SparkOptions(force, findings, method, maxBeadSize, newHardParagraphs);
    }

    /** Returns the pipeline settings these stand for: UTF-8 running text, language check as set. */
    PipelineConfig pipelineConfig() {
        return PipelineConfig.builder().force(force).build();
    }

    /** Returns the aligner settings these stand for. */
    AlignerOptions alignerOptions() {
        return AlignerOptions.builder().method(method).maxBeadSize(maxBeadSize).hardParagraphs(hardParagraphs).build();
    }
}
