package dev.accord.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Shows how far a batch has got on standard error: a bar redrawn in place when that is a
 * terminal, plain lines otherwise (at most one every {@value #LINE_INTERVAL_MILLIS} ms, and the
 * last), with the pairs done, source sentences per second and the time left (estimated from the
 * bytes of the inputs still to do).
 *
 * <p>Progress can never break a batch: the first exception thrown while showing it turns it off
 * for the rest of the run. Thread-safe: pairs report from the worker threads.
 */
class BatchProgress {

    /** Shows nothing. */
    static final BatchProgress NONE = new BatchProgress(null, false, System::nanoTime);

    /** The shortest time between two plain progress lines. */
    static final long LINE_INTERVAL_MILLIS = 1_000;
    /** The width of the bar, in characters. */
    static final int BAR_WIDTH = 24;

    private final PrintWriter err;
    private final boolean terminal;
    private final LongSupplier nanoTime;
    private boolean broken;
    private int pairs;
    private long bytes;
    private int done;
    private long bytesDone;
    private long sentences;
    private long start;
    private long lastLine;

    BatchProgress(PrintWriter err, boolean terminal, LongSupplier nanoTime) {
        this.err = err;
        this.terminal = terminal;
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        this.broken = err == null;
    }

    /** Returns the progress for {@code err}: a bar if the JVM's console is a terminal, plain lines otherwise. */
    static BatchProgress to(PrintWriter err) {
        return new BatchProgress(err, isTerminal(System.console()), System::nanoTime);
    }

    /**
     * Returns true if {@code console} is an interactive terminal. From JDK 22 on,
     * {@code System.console()} may return a console for redirected streams and
     * {@code Console.isTerminal()} tells; this code is compiled for Java 21, so it asks reflectively.
     */
    static boolean isTerminal(Console console) {
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return true;  // Java 21: a console exists only for a terminal
        }
    }

    /** A batch of {@code pairs} pairs whose inputs hold {@code bytes} bytes starts. */
    synchronized void started(int pairCount, long byteCount) {
        this.pairs = pairCount;
        this.bytes = byteCount;
        this.start = nanoTime.getAsLong();
        this.lastLine = start;
        show(false);
    }

    /** A pair whose inputs hold {@code pairBytes} bytes is done, aligned, skipped or failed. */
    synchronized void done(PairOutcome outcome, long pairBytes) {
        done++;
        bytesDone += pairBytes;
        if (outcome instanceof PairOutcome.Aligned a && !a.skipped()) {
            sentences += a.sourceSentences();
        }
        show(false);
    }

    /** Every pair is done. */
    synchronized void finished() {
        show(true);
    }

    private void show(boolean last) {
        if (broken) {
            return;
        }
        try {
            long now = nanoTime.getAsLong();
            if (terminal) {
                err.print('\r' + line(now) + (last ? "\n" : ""));
            } else if (last || (now - lastLine) / 1_000_000 >= LINE_INTERVAL_MILLIS && done < pairs) {
                lastLine = now;
                err.println("accord: batch " + line(now));
            } else {
                return;
            }
            err.flush();
            if (err.checkError()) {
                broken = true;
            }
        } catch (RuntimeException e) {
            broken = true;  // a progress display must never stop the batch
        }
    }

    /** Returns the progress text, e.g. {@code [#####.....] 12/363 pairs, 18234 sentences/s, 14 s left}. */
    String line(long now) {
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        StringBuilder b = new StringBuilder();
        if (terminal) {
            int filled = pairs == 0 ? BAR_WIDTH : (int) ((long) BAR_WIDTH * done / pairs);
            b.append('[').append("#".repeat(filled)).append(".".repeat(BAR_WIDTH - filled)).append("] ");
        }
        b.append(done).append('/').append(pairs).append(" pairs");
        if (done > 0) {
            b.append(String.format(Locale.ROOT, ", %d source sentences/s", Math.round(sentences / seconds)));
            if (done < pairs && bytesDone > 0) {
                long left = Math.round(seconds * (bytes - bytesDone) / bytesDone);
                b.append(String.format(Locale.ROOT, ", %d s left", left));
            } else if (done == pairs) {
                b.append(String.format(Locale.ROOT, ", %.1f s", seconds));
            }
        }
        return terminal ? String.format(Locale.ROOT, "%-78s", b) : b.toString();
    }
}
