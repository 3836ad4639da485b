package dev.accord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.accord.io.InputFormat;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PipelineConfigTest {

    @Test
    void defaultsAreUtf8RunningTextWithTheLanguageChecked() {
        PipelineConfig c = PipelineConfig.defaults();
        assertEquals(StandardCharsets.UTF_8, c.encoding());
        assertEquals(InputFormat.TEXT, c.inputFormat());
        assertFalse(c.force());
        assertEquals(c, PipelineConfig.builder().build());
    }

    @Test
    void builderSetsEachValue() {
        PipelineConfig c = PipelineConfig.builder()
                .encoding(StandardCharsets.ISO_8859_1)
                .inputFormat(InputFormat.SENTENCES)
                .force(true)
                .build();
        assertEquals(new PipelineConfig(StandardCharsets.ISO_8859_1, InputFormat.SENTENCES, true), c);
    }

    static Stream<Arguments> nullSettings() {
        return Stream.of(
                Arguments.of("encoding", (Consumer<PipelineConfig.Builder>) b -> b.encoding((Charset) null)),
                Arguments.of("encoding", (Consumer<PipelineConfig.Builder>) b -> b.encoding((String) null)),
                Arguments.of("inputFormat", (Consumer<PipelineConfig.Builder>) b -> b.inputFormat(null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nullSettings")
    void builderRejectsANullAtOnceNamingTheSetting(String setting, Consumer<PipelineConfig.Builder> setNull) {
        PipelineConfig.Builder builder = PipelineConfig.builder();
        NullPointerException e = assertThrows(NullPointerException.class, () -> setNull.accept(builder));
        assertEquals(setting, e.getMessage());
        assertEquals(PipelineConfig.defaults(), builder.build(), "a refused value leaves the builder as it was");
    }

    @Test
    void constructorRejectsANullNamingTheSetting() {
        assertEquals("encoding", assertThrows(NullPointerException.class,
                () -> new PipelineConfig(null, InputFormat.TEXT, false)).getMessage());
        assertEquals("inputFormat", assertThrows(NullPointerException.class,
                () -> new PipelineConfig(StandardCharsets.UTF_8, null, false)).getMessage());
    }

    @Test
    void builderQuotesAnUnknownEncodingAndKeepsTheOneBefore() {
        PipelineConfig.Builder builder = PipelineConfig.builder().encoding(StandardCharsets.ISO_8859_1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> builder.encoding("utf-99"));
        assertEquals("unknown encoding 'utf-99': expected a charset name such as UTF-8, ISO-8859-1 or windows-1252",
                e.getMessage());
        assertInstanceOf(UnsupportedCharsetException.class, e.getCause());
        assertEquals(StandardCharsets.ISO_8859_1, builder.build().encoding());
    }

    @Test
    void builderQuotesAMalformedEncodingName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PipelineConfig.builder().encoding("utf 8?"));
        assertEquals("unknown encoding 'utf 8?': expected a charset name such as UTF-8, ISO-8859-1 or windows-1252",
                e.getMessage());
    }

    @Test
    void encodingByNameIgnoresCaseAndSurroundingSpace() {
        assertEquals(Charset.forName("windows-1252"),
                PipelineConfig.builder().encoding("  Windows-1252\n").build().encoding());
    }

    static Stream<PipelineConfig> everyCombination() {
        List<PipelineConfig> all = new ArrayList<>();
        for (Charset encoding : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, Charset.forName("windows-1252"))) {
            for (InputFormat format : InputFormat.values()) {
                for (boolean force : new boolean[] {false, true}) {
                    all.add(new PipelineConfig(encoding, format, force));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("everyCombination")
    void toBuilderRoundTrips(PipelineConfig config) {
        assertEquals(config, config.toBuilder().build());
    }

    @Test
    void toBuilderChangesOnlyWhatIsSetAndLeavesTheOriginal() {
        PipelineConfig original = PipelineConfig.builder().encoding("ISO-8859-1").inputFormat(InputFormat.SENTENCES).build();
        PipelineConfig.Builder builder = original.toBuilder();
        PipelineConfig forced = builder.force(true).build();
        assertEquals(new PipelineConfig(StandardCharsets.ISO_8859_1, InputFormat.SENTENCES, true), forced);
        builder.inputFormat(InputFormat.TEXT);
        assertEquals(new PipelineConfig(StandardCharsets.ISO_8859_1, InputFormat.SENTENCES, false), original);
        assertEquals(new PipelineConfig(StandardCharsets.ISO_8859_1, InputFormat.SENTENCES, true), forced);
    }
}
