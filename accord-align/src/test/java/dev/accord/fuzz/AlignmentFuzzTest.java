package dev.accord.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.accord.core.align.Alignment;
import dev.accord.core.align.Bead;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Fuzzes the core invariant: the {@link Alignment} and {@link Bead} constructors accept exactly
 * the bead lists that cover every sentence of both sides once, in order, and refuse everything
 * else with an {@link IllegalArgumentException} that says what is wrong. Any other exception, or
 * an accepted alignment that breaks the invariant, is a finding.
 *
 * <p>Input layout (so that seed files are easy to write by hand): byte 0 and byte 1 are the
 * source and target sizes plus one ({@code 0} means the invalid size {@code -1}); then each bead
 * is a header byte — bits 0–1 the number of source ids, bits 2–3 the number of target ids, bits
 * 4–7 the score in fourteenths (15 is out of range) — followed by its ids, each byte being the
 * id plus two (so {@code 0} and {@code 1} are the invalid ids {@code -2} and {@code -1}).
 */
class AlignmentFuzzTest {

    @FuzzTest
    void constructorsAcceptExactlyTheAlignmentsThatCoverEverySentenceOnceInOrder(byte[] input) {
        int sourceSize = size(input, 0);
        int targetSize = size(input, 1);
        try {
            List<Bead> beads = new ArrayList<>();
            int at = 2;
            while (at < input.length) {
                int header = input[at++] & 0xff;
                List<Integer> source = new ArrayList<>();
                List<Integer> target = new ArrayList<>();
                for (int i = 0; i < (header & 3) && at < input.length; i++) {
                    source.add((input[at++] & 0xff) - 2);
                }
                for (int i = 0; i < ((header >> 2) & 3) && at < input.length; i++) {
                    target.add((input[at++] & 0xff) - 2);
                }
                beads.add(new Bead(source, target, (header >>> 4) / 14.0));
            }
            Alignment alignment = new Alignment(sourceSize, targetSize, beads);
            assertEquals(IntStream.range(0, sourceSize).boxed().toList(),
                    alignment.beads().stream().flatMap(b -> b.source().stream()).toList());
            assertEquals(IntStream.range(0, targetSize).boxed().toList(),
                    alignment.beads().stream().flatMap(b -> b.target().stream()).toList());
        } catch (IllegalArgumentException refused) {
            String why = refused.getMessage();
            assertTrue(why.contains("sentence") || why.contains("score") || why.contains(" id ")
                    || why.contains("Size must be") || why.contains("bead needs"), why);
        }
    }

    private static int size(byte[] input, int at) {
        return at < input.length ? (input[at] & 0xff) - 1 : 0;
    }
}
