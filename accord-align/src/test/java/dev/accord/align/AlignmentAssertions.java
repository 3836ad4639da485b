package dev.accord.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accord.core.align.Alignment;
import dev.accord.core.align.Bead;
import dev.accord.core.text.Document;

/** The one shared check of the {@link SentenceAligner} contract, used by every alignment test. */
final class AlignmentAssertions {

    private AlignmentAssertions() {
    }

    /**
     * Asserts that {@code alignment} covers every sentence of both documents exactly once, in
     * order, with beads that are non-empty and scored in {@code [0, 1]}.
     */
    static Alignment assertValidAlignment(Document source, Document target, Alignment alignment) {
        assertEquals(source.size(), alignment.sourceSize(), "source size");
        assertEquals(target.size(), alignment.targetSize(), "target size");
        int nextSource = 0;
        int nextTarget = 0;
        for (Bead bead : alignment.beads()) {
            assertTrue(!bead.source().isEmpty() || !bead.target().isEmpty(), "empty bead " + bead);
            for (int id : bead.source()) {
                assertEquals(nextSource++, id, "source sentence out of order or repeated in " + bead);
            }
            for (int id : bead.target()) {
                assertEquals(nextTarget++, id, "target sentence out of order or repeated in " + bead);
            }
            assertTrue(bead.score() >= 0.0 && bead.score() <= 1.0, "score out of range in " + bead);
        }
        assertEquals(source.size(), nextSource, "every source sentence in exactly one bead");
        assertEquals(target.size(), nextTarget, "every target sentence in exactly one bead");
        return alignment;
    }
}
