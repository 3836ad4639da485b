package dev.accord.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accord.core.align.Alignment;
import dev.accord.core.align.Bead;
import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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
                BeadFilter.builder().minScore(0.81).build().apply(alignment, dutch, french));
    }

    @Test
    void onlyOneToOneDropsOneSidedBeads() {
        assertEquals(alignment.beads().subList(0, 3),
                BeadFilter.builder().onlyOneToOne(true).build().apply(alignment, dutch, french));
    }

    @Test
    void aLengthRatioDropsUnevenAndOneSidedBeads() {
        // bead 2: 5 against 67 characters
        assertEquals(alignment.beads().subList(0, 2),
                BeadFilter.builder().maxLengthRatio(2).build().apply(alignment, dutch, french));
        assertEquals(alignment.beads().subList(0, 3),
                BeadFilter.builder().maxLengthRatio(14).build().apply(alignment, dutch, french));
    }

    @Test
    void theBuilderStartsFromNoneWhichKeepsEveryBead() {
        assertEquals(new BeadFilter(0, false, Double.POSITIVE_INFINITY), BeadFilter.NONE);
        assertEquals(BeadFilter.NONE, BeadFilter.builder().build());
        assertTrue(BeadFilter.NONE.keepsAll());
        assertFalse(BeadFilter.builder().onlyOneToOne(true).build().keepsAll());
    }

    @Test
    void builderSetsEachValue() {
        BeadFilter filter = BeadFilter.builder()
                .minScore(0.5)
                .onlyOneToOne(true)
                .maxLengthRatio(3)
                .build();
        assertEquals(new BeadFilter(0.5, true, 3), filter);
    }

    static Stream<Arguments> valuesOutOfRange() {
        return Stream.of(
                refused("minScore must be in [0, 1], got 1.5", b -> b.minScore(1.5)),
                refused("minScore must be in [0, 1], got -0.1", b -> b.minScore(-0.1)),
                refused("minScore must be in [0, 1], got NaN", b -> b.minScore(Double.NaN)),
                refused("maxLengthRatio must be >= 1, got 0.5", b -> b.maxLengthRatio(0.5)),
                refused("maxLengthRatio must be >= 1, got NaN", b -> b.maxLengthRatio(Double.NaN)));
    }

    private static Arguments refused(String message, Consumer<BeadFilter.Builder> set) {
        return Arguments.of(message, set);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valuesOutOfRange")
    void builderRefusesAValueOutOfRangeAtOnceNamingIt(String message, Consumer<BeadFilter.Builder> set) {
        BeadFilter.Builder builder = BeadFilter.builder().minScore(0.25).maxLengthRatio(2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> set.accept(builder));
        assertEquals(message, e.getMessage());
        assertEquals(new BeadFilter(0.25, false, 2), builder.build(), "a refused value leaves the builder as it was");
    }

    @Test
    void constructorRefusesAValueOutOfRangeNamingIt() {
        assertEquals("minScore must be in [0, 1], got 1.5",
                assertThrows(IllegalArgumentException.class, () -> new BeadFilter(1.5, false, 2)).getMessage());
        assertEquals("maxLengthRatio must be >= 1, got 0.5",
                assertThrows(IllegalArgumentException.class, () -> new BeadFilter(0, false, 0.5)).getMessage());
    }

    static Stream<BeadFilter> everyKindOfFilter() {
        List<BeadFilter> all = new ArrayList<>();
        for (double minScore : new double[] {0, 0.5, 1}) {
            for (boolean onlyOneToOne : new boolean[] {false, true}) {
                for (double ratio : new double[] {1, 2.5, Double.POSITIVE_INFINITY}) {
                    all.add(new BeadFilter(minScore, onlyOneToOne, ratio));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("everyKindOfFilter")
    void toBuilderRoundTrips(BeadFilter filter) {
        assertEquals(filter, filter.toBuilder().build());
    }

    @Test
    void toBuilderChangesOnlyWhatIsSetAndLeavesTheOriginal() {
        BeadFilter original = BeadFilter.builder().minScore(0.8).maxLengthRatio(2).build();
        BeadFilter.Builder builder = original.toBuilder();
        BeadFilter oneToOne = builder.onlyOneToOne(true).build();
        assertEquals(new BeadFilter(0.8, true, 2), oneToOne);
        builder.minScore(0);
        assertEquals(new BeadFilter(0.8, false, 2), original);
        assertEquals(new BeadFilter(0.8, true, 2), oneToOne);
    }

    @Test
    void anAlignmentOfOtherDocumentsIsRefused() {
        Alignment other = new Alignment(1, 1, List.of(Bead.of(List.of(0), List.of(0))));
        assertEquals("the alignment covers 1 x 1 sentences but the documents have 4 and 4",
                assertThrows(IllegalArgumentException.class, () -> BeadFilter.NONE.apply(other, dutch, french)).getMessage());
    }
}
