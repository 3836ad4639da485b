package dev.accord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accord.align.AlignmentStats;
import dev.accord.core.text.Language;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BatchProgressTest {

    private long now;

    private static PairOutcome aligned(int sourceSentences) {
        return new PairOutcome.Aligned("p", "a", "b", Language.NL, Language.FR, sourceSentences, sourceSentences,
                new AlignmentStats(Map.of("1-1", 1), 1, 0.9, List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 1)), 1,
                Optional.empty(), List.of(), 1, false);
    }

    @Test
    void aTerminalGetsOneBarRedrawnInPlace() {
        StringWriter s = new StringWriter();
        BatchProgress p = new BatchProgress(new PrintWriter(s), true, () -> now);
        p.started(4, 400);
        now += 1_000_000_000L;
        p.done(aligned(1000), 100);
        now += 1_000_000_000L;
        p.done(aligned(1000), 100);
        String text = s.toString();
        assertEquals(3, text.chars().filter(c -> c == '\r').count(), text);
        assertTrue(text.contains("\r[############............] 2/4 pairs, 1000 source sentences/s, 2 s left"), text);
        p.done(new PairOutcome.Failed("x", "a", "b", "bad"), 100);
        p.done(aligned(1000), 100);
        p.finished();
        assertTrue(s.toString().matches("(?s).*\\[#{24}\\] 4/4 pairs, 1500 source sentences/s, 2\\.0 s +\n"),
                s.toString());
    }

    @Test
    void plainLinesComeAtMostOnceASecondAndAtTheEnd() {
        StringWriter s = new StringWriter();
        BatchProgress p = new BatchProgress(new PrintWriter(s), false, () -> now);
        p.started(3, 300);
        now += 200_000_000L;
        p.done(aligned(10), 100);
        now += 1_000_000_000L;
        p.done(aligned(10), 100);
        p.done(aligned(10), 100);
        p.finished();
        assertEquals(List.of("accord: batch 2/3 pairs, 17 source sentences/s, 1 s left",
                "accord: batch 3/3 pairs, 25 source sentences/s, 1.2 s"), s.toString().lines().toList());
    }

    @Test
    void aFailingDisplayIsTurnedOffAndNeverThrows() {
        int[] writes = {0};
        Writer broken = new Writer() {
            @Override
            public void write(char[] buf, int off, int len) {
                writes[0]++;
                throw new IllegalStateException("display gone");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        BatchProgress p = new BatchProgress(new PrintWriter(broken), true, () -> now);
        p.started(2, 2);
        p.done(aligned(1), 1);
        p.finished();
        assertEquals(1, writes[0]);
    }
}
