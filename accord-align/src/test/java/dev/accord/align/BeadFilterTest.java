package dev.accord.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.accord.core.align.Alignment;
import dev.accord.core.align.Bead;
import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

class BeadFilterTest {

    private final Document dutch = TestDocuments.sentences(Language.NL,
            "Microsoft en Facebook ondertekenden het akkoord.",
            "Het is een initiatief van twee bedrijven.",
            "Kort.",
            "Google deed niet mee.");
    private final Document french = TestDocuments.sentences(Language.FR,
            "Microsoft et Facebook ont signé l'accord.",
            "C'est une initiative de deux entreprises. Elle date d'hier.",
            "Une phrase française bien plus longue que son original néerlandais.",
            "Publicité !");
    private final Alignment alignment = new Alignment(4, 4, List.of(
            new Bead(List.of(0), List.of(0), 0.97),
            new Bead(List.of(1), List.of(1), 0.55),
            new Bead(List.of(2), List.of(2), 0.81),
            new Bead(List.of(3), List.of(), 0.0),
            new Bead(List.of(), List.of(3), 0.0)));

    @Test
    void noFilterKeepsTheAlignmentsOwnBeads() {
        assertSame(alignment.beads(), BeadFilter.NONE.apply(alignment, dutch, french));
    }

    @Test
    void aMinimumScoreKeepsTheBeadsAtOrAboveItInOrder() {
        assertEquals(List.of(alignment.beads().get(0), alignment.beads().get(2)),
                BeadFilter.NONE.withMinScore(0.81).apply(alignment, dutch, french));
    }

    @Test
    void onlyOneToOneDropsOneSidedBeads() {
        assertEquals(alignment.beads().subList(0, 3),
                BeadFilter.NONE.withOnlyOneToOne(true).apply(alignment, dutch, french));
    }

    @Test
    void aLengthRatioDropsUnevenAndOneSidedBeads() {
        // bead 2: 5 against 67 characters
        assertEquals(alignment.beads().subList(0, 2), BeadFilter.NONE.withMaxLengthRatio(2).apply(alignment, dutch, french));
        assertEquals(alignment.beads().subList(0, 3), BeadFilter.NONE.withMaxLengthRatio(14).apply(alignment, dutch, french));
    }

    @Test
    void valuesOutOfRangeAreRefusedByName() {
        assertEquals("minScore must be in [0, 1], got 1.5",
                assertThrows(IllegalArgumentException.class, () -> BeadFilter.NONE.withMinScore(1.5)).getMessage());
        assertEquals("maxLengthRatio must be >= 1, got 0.5",
                assertThrows(IllegalArgumentException.class, () -> BeadFilter.NONE.withMaxLengthRatio(0.5)).getMessage());
        assertEquals("maxLengthRatio must be >= 1, got NaN",
                assertThrows(IllegalArgumentException.class, () -> BeadFilter.NONE.withMaxLengthRatio(Double.NaN)).getMessage());
    }

    @Test
    void anAlignmentOfOtherDocumentsIsRefused() {
        Alignment other = new Alignment(1, 1, List.of(Bead.of(List.of(0), List.of(0))));
        assertEquals("the alignment covers 1 x 1 sentences but the documents have 4 and 4",
                assertThrows(IllegalArgumentException.class, () -> BeadFilter.NONE.apply(other, dutch, french)).getMessage());
    }
}
