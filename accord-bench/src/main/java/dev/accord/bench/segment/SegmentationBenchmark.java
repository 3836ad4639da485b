package dev.accord.bench.segment;

import dev.accord.bench.baseline.LuceneTokenPass;
import dev.accord.bench.corpus.CorpusBenchmark;
import dev.accord.bench.corpus.ParallelCorpus;
import dev.accord.core.text.Sentence;
import dev.accord.segment.SentenceSegmenter;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Sentence segmentation of both sides of a corpus with the standard segmenter, against a bare
 * Lucene tokenisation pass over the same two texts.
 *
 * <p>One operation segments the Dutch and the French document; the summary divides by the
 * sentences of both (see {@link ParallelCorpus#sentenceCount()}).
 */
public class SegmentationBenchmark extends CorpusBenchmark {

    private SentenceSegmenter segmenter;

    /** Strips the corpus of its sentences, so that only paragraphs are left to cut. */
    @Override
    protected void prepare(ParallelCorpus corpus) {
        dutch = dutch.withSentences(List.of());
        french = french.withSentences(List.of());
        segmenter = SentenceSegmenter.standard();
    }

    /** Segments both documents; returns the number of sentences found. */
    @Benchmark
    public int segment(Blackhole blackhole) {
        List<Sentence> nl = segmenter.segment(dutch);
        List<Sentence> fr = segmenter.segment(french);
        blackhole.consume(nl);
        blackhole.consume(fr);
        return nl.size() + fr.size();
    }

    /** The floor: tokenises both texts with a bare {@code StandardTokenizer}. */
    @Benchmark
    public long baselineTokenize(LuceneTokenPass tokens) {
        return tokens.tokenize(dutch) + tokens.tokenize(french);
    }
}
