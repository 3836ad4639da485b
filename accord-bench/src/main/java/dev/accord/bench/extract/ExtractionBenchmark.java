package dev.accord.bench.extract;

import dev.accord.bench.baseline.LuceneTokenPass;
import dev.accord.bench.corpus.CorpusBenchmark;
import dev.accord.bench.corpus.ParallelCorpus;
import dev.accord.core.Accord;
import dev.accord.core.extract.DocumentFindings;
import dev.accord.extract.Extraction;
import dev.accord.extract.Extractor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Extraction of companies, roles, pillars and facts from both sides of a corpus with the default
 * extractor, against a bare Lucene tokenisation pass over the same two texts.
 *
 * <p>One operation extracts from the Dutch and the French document; the summary divides by the
 * sentences of both.
 */
public class ExtractionBenchmark extends CorpusBenchmark {

    private Extractor extractor;

    /** Takes the segmented corpus and builds the extractor for the Cybersecurity Tech Accord. */
    @Override
    protected void prepare(ParallelCorpus corpus) {
        extractor = Extraction.extractor(Accord.cybersecurityTechAccord());
    }

    /** Extracts from both documents; returns the French findings. */
    @Benchmark
    public DocumentFindings extract(Blackhole blackhole) {
        blackhole.consume(extractor.extract(dutch));
        return extractor.extract(french);
    }

    /** The floor: tokenises both texts with a bare {@code StandardTokenizer}. */
    @Benchmark
    public long baselineTokenize(LuceneTokenPass tokens) {
        return tokens.tokenize(dutch) + tokens.tokenize(french);
    }
}
