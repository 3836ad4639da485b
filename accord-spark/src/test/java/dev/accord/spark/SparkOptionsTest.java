package dev.accord.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.accord.PipelineConfig;
import dev.accord.align.AlignerOptions;
import dev.accord.align.AlignmentMethod;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SparkOptionsTest {

    @Test
    void defaultsAreTheCommandLinesAndTheAlignersDefaults() {
        SparkOptions options = SparkOptions.defaults();
        AlignerOptions aligner = AlignerOptions.defaults();
        assertFalse(options.force());
        assertFalse(options.findings());
        assertEquals(aligner.method(), options.method());
        assertEquals(aligner.maxBeadSize(), options.maxBeadSize());
        assertEquals(aligner.hardParagraphs(), options.hardParagraphs());
        assertEquals(options, SparkOptions.builder().build());
    }

    @Test
    void builderSetsEachValue() {
        SparkOptions options = SparkOptions.builder()
                .force(true)
                .findings(true)
                .method(AlignmentMethod.LENGTH)
                .maxBeadSize(2)
                .hardParagraphs(true)
                .build();
        assertEquals(new SparkOptions(true, true, AlignmentMethod.LENGTH, 2, true), options);
    }

    @Test
    void builderRejectsANullMethodAtOnceNamingIt() {
        SparkOptions.Builder builder = SparkOptions.builder().method(AlignmentMethod.LENGTH);
        NullPointerException e = assertThrows(NullPointerException.class, () -> builder.method(null));
        assertEquals("method", e.getMessage());
        assertEquals(AlignmentMethod.LENGTH, builder.build().method(), "a refused value leaves the builder as it was");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 7, Integer.MAX_VALUE})
    void builderRejectsABeadSizeOutOfRangeAtOnceNamingIt(int size) {
        SparkOptions.Builder builder = SparkOptions.builder().maxBeadSize(5);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> builder.maxBeadSize(size));
        assertEquals("maxBeadSize must be in 1..6, got " + size, e.getMessage());
        assertEquals(5, builder.build().maxBeadSize(), "a refused value leaves the builder as it was");
    }

    @Test
    void constructorRejectsBadValuesNamingThem() {
        assertEquals("method", assertThrows(NullPointerException.class,
                () -> new SparkOptions(false, false, null, 3, false)).getMessage());
        assertEquals("maxBeadSize must be in 1..6, got 0", assertThrows(IllegalArgumentException.class,
                () -> new SparkOptions(false, false, AlignmentMethod.FULL, 0, false)).getMessage());
    }

    static Stream<SparkOptions> everyCombination() {
        List<SparkOptions> all = new ArrayList<>();
        for (int flags = 0; flags < 8; flags++) {
            for (AlignmentMethod method : AlignmentMethod.values()) {
                for (int size : new int[] {1, 3, AlignerOptions.MAX_BEAD_SIZE_LIMIT}) {
                    all.add(new SparkOptions((flags & 1) != 0, (flags & 2) != 0, method, size, (flags & 4) != 0));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("everyCombination")
    void toBuilderRoundTrips(SparkOptions options) {
        assertEquals(options, options.toBuilder().build());
    }

    @ParameterizedTest
    @MethodSource("everyCombination")
    void survivesJavaSerializationAsSparkShipsIt(SparkOptions options) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(options);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(options, in.readObject());
        }
    }

    @Test
    void toBuilderChangesOnlyWhatIsSetAndLeavesTheOriginal() {
        SparkOptions original = SparkOptions.builder().findings(true).maxBeadSize(4).build();
        SparkOptions.Builder builder = original.toBuilder();
        SparkOptions forced = builder.force(true).build();
        assertEquals(new SparkOptions(true, true, AlignmentMethod.FULL, 4, false), forced);
        builder.method(AlignmentMethod.LENGTH);
        assertEquals(new SparkOptions(false, true, AlignmentMethod.FULL, 4, false), original);
        assertEquals(new SparkOptions(true, true, AlignmentMethod.FULL, 4, false), forced);
    }

    @Test
    void theSettingsBecomeThePipelinesAndTheAlignersOwn() {
        SparkOptions options = SparkOptions.builder()
                .force(true)
                .method(AlignmentMethod.LENGTH)
                .maxBeadSize(2)
                .hardParagraphs(true)
                .build();
        assertEquals(PipelineConfig.builder().force(true).build(), options.pipelineConfig());
        assertEquals(AlignerOptions.builder().method(AlignmentMethod.LENGTH).maxBeadSize(2).hardParagraphs(true).build(),
                options.alignerOptions());
        assertEquals(PipelineConfig.defaults(), SparkOptions.defaults().pipelineConfig());
        assertEquals(AlignerOptions.defaults(), SparkOptions.defaults().alignerOptions());
    }
}
