package dev.accord.bench.normalize;

import dev.accord.bench.baseline.LuceneTokenPass;
import dev.accord.bench.corpus.CorpusBenchmark;
import dev.accord.bench.corpus.ParallelCorpus;
import dev.accord.core.text.Document;
import dev.accord.core.text.Sentence;
import dev.accord.normalize.Normalizer;
import dev.accord.normalize.Term;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Normalisation of every sentence of both sides of a corpus with the default Lucene normaliser,
 * against a bare Lucene tokenisation pass over the same two texts.
 *
 * <p>One operation normalises all Dutch and French sentences, one call per sentence as the aligner
 * makes them; the summary divides by the sentences of both sides.
 */
public class NormalizationBenchmark extends CorpusBenchmark {

    private Normalizer normalizer;

    /** Takes the segmented corpus and builds the normaliser (its analyzers are built once and shared). */
    @Override
    protected void prepare(ParallelCorpus corpus) {
        normalizer = Normalizer.lucene();
    }

    /** Normalises every sentence of both documents; returns the number of terms. */
    @Benchmark
    public long normalize(Blackhole blackhole) {
        return terms(dutch, blackhole) + terms(french, blackhole);
    }

    private long terms(Document document, Blackhole blackhole) {
        long count = 0;
        for (Sentence sentence : document.sentences()) {
            List<Term> terms = normalizer.terms(document.language(), sentence);
            blackhole.consume(terms);
            count += terms.size();
        }
        return count;
    }

    /** The floor: tokenises both texts with a bare {@code StandardTokenizer}. */
    @Benchmark
    public long baselineTokenize(LuceneTokenPass tokens) {
        return tokens.tokenize(dutch) + tokens.tokenize(french);
    }
}
