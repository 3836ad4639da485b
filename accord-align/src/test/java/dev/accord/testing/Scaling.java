package dev.accord.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Checks that a piece of work grows linearly with one dimension of its input, without a wall-clock
 * threshold: the work runs at size {@code n} and at size {@value #FACTOR}{@code n} in the same
 * test, and the ratio of the two CPU times must stay at most {@value #MAX_RATIO} (linear work gives
 * about {@value #FACTOR}, quadratic work about {@value #FACTOR} squared, sixteen).
 *
 * <p>Design decision: the calling thread's CPU time, not wall time, is measured, so that other
 * processes on a busy machine and the garbage collector's own threads do not count; each size is
 * run {@value #RUNS} times after a warm-up and the fastest run is kept, so that a run slowed by a
 * compilation or a pause does not decide the outcome. Work that hands part of itself to other
 * threads is measured only in part; the tests keep their inputs below such thresholds.
 */
public final class Scaling {

    /** How much larger the second size is. */
    public static final int FACTOR = 4;
    /**
     * The largest ratio of the two times that still counts as linear: two and a half times the
     * linear ratio, as caches and the collector make a larger input a little dearer per item
     * (linear work measured 2.5 to 6.1 on a busy 2-core machine).
     */
    public static final double MAX_RATIO = 10.0;
    private static final int RUNS = 3;
    /** Below this, a time is too small to compare; the smaller size must take at least this long. */
    private static final long MIN_NANOS = 2_000_000;

    private Scaling() {
    }

    /**
     * Asserts that {@code work} on the input of size {@value #FACTOR}{@code n} takes at most
     * {@value #MAX_RATIO} times as long as on the input of size {@code n}. Inputs are built before
     * the clock starts.
     *
     * @param dimension the name of the dimension, for the message (e.g. "ids per bead")
     * @param input builds the input of a given size
     * @param work runs the work once on an input
     * @param n the smaller size
     */
    public static <T> void assertLinear(String dimension, IntFunction<T> input, Consumer<T> work, int n) {
        T smallInput = input.apply(n);
        T largeInput = input.apply(FACTOR * n);
        work.accept(smallInput); // warm-up: class loading and the first compilations
        work.accept(largeInput);
        long small = fastest(work, smallInput);
        long large = fastest(work, largeInput);
        double ratio = (double) large / Math.max(small, MIN_NANOS);
        String figures = String.format(Locale.ROOT, "%s: %,d -> %.1f ms, %,d -> %.1f ms CPU, ratio %.1f (linear: %d)",
                dimension, n, small / 1e6, FACTOR * n, large / 1e6, ratio, FACTOR);
        System.out.println("Scaling " + figures);
        assertTrue(ratio <= MAX_RATIO, "cost grows faster than linearly in " + figures);
    }

    private static <T> long fastest(Consumer<T> work, T input) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        for (int run = 0; run < RUNS; run++) {
            long start = threads.getCurrentThreadCpuTime();
            work.accept(input);
            best = Math.min(best, threads.getCurrentThreadCpuTime() - start);
        }
        return best;
    }
}
