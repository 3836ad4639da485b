package dev.accord.bench.align;

import dev.accord.align.AlignerOptions;
import dev.accord.align.AlignmentMethod;
import dev.accord.align.SentenceAligner;
import dev.accord.bench.corpus.CorpusBenchmark;
import dev.accord.bench.corpus.ParallelCorpus;
import dev.accord.core.align.Alignment;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * Sentence alignment of the Dutch and French sides of a corpus with the full method (the default
 * aligner), against the plain Gale–Church length aligner on the same segmented documents.
 *
 * <p>One operation aligns the whole pair, including everything the method derives from the text
 * (normalisation, lexical model); the summary divides by the sentences of both sides. Both aligners
 * are immutable and thread-safe, so they live in this benchmark-scoped state.
 */
public class AlignmentBenchmark extends CorpusBenchmark {

    private SentenceAligner full;
    private SentenceAligner length;

    /** Takes the segmented corpus and builds both aligners with default options. */
    @Override
    protected void prepare(ParallelCorpus corpus) {
        full = SentenceAligner.create(AlignerOptions.builder().method(AlignmentMethod.FULL).build());
        length = SentenceAligner.create(AlignerOptions.builder().method(AlignmentMethod.LENGTH).build());
    }

    /** Aligns the pair with the full method. */
    @Benchmark
    public Alignment align() {
        return full.align(dutch, french);
    }

    /** The floor: aligns the pair by sentence length only (Gale–Church). */
    @Benchmark
    public Alignment baselineGaleChurch() {
        return length.align(dutch, french);
    }
}
