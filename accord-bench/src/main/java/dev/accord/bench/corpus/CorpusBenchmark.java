package dev.accord.bench.corpus;

import dev.accord.core.text.Document;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The shared fixture of the stage benchmarks: a {@link Scope#Benchmark benchmark-scoped} JMH state
 * that builds the corpus of the {@link #size} parameter once per trial and hands it to the stage,
 * together with the run settings every stage uses (average time per operation, 5 × 3 s warmup,
 * 3 × 3 s measurement, one fork with a fixed 2 GiB heap). On a busy machine the JIT needs such
 * long warmups; the full run in the README sets its iterations per size.
 *
 * <p>A subclass is one stage's benchmark: it reads its input from the non-final fields
 * {@link #dutch} and {@link #french} (the segmented sides of the corpus unless it replaces them),
 * builds its models in {@link #prepare(ParallelCorpus)}, and has a measured method and a method
 * named {@code baseline...}, which the summary pairs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public abstract class CorpusBenchmark {

    /** The corpus size: {@code seed} or sentences a side, see {@link CorpusBuilder#build(String)}. */
    @Param({"seed", "1000", "10000", "100000"})
    public String size;

    /** The Dutch side of the corpus, segmented. */
    protected Document dutch;

    /** The French side of the corpus, segmented. */
    protected Document french;

    /** Builds the corpus once per trial and lets the stage prepare its inputs and models. */
    @Setup(Level.Trial)
    public final void load() {
        ParallelCorpus corpus = CorpusBuilder.build(size);
        dutch = corpus.dutch();
        french = corpus.french();
        prepare(corpus);
    }

    /** Takes the corpus of this trial: sets the inputs and builds the models of the stage. */
    protected abstract void prepare(ParallelCorpus corpus);
}
