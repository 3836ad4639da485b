package dev.accord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import dev.accord.io.InputFormat;
import dev.accord.io.InvalidInputException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccordPipelineTest {

    @TempDir
    Path dir;

    private static Path seed(String code) throws URISyntaxException {
        return Path.of(AccordPipelineTest.class.getResource("/dev/accord/corpus/seed-" + code + ".txt").toURI());
    }

    @Test
    void loadReadsChecksAndSegmentsTheSeedArticles() throws Exception {
        Document dutch = AccordPipeline.standard().load(seed("nl"), Language.NL);
        Document french = AccordPipeline.standard().load(seed("fr"), Language.FR);
        assertEquals(10, dutch.paragraphs().size());
        assertEquals(18, dutch.size());
        assertEquals(20, french.size());
        assertEquals("Vier pijlers", dutch.sentence(5).text());
    }

    @Test
    void preSplitInputKeepsItsLines() throws IOException {
        Path file = Files.writeString(dir.resolve("s.txt"), "Een. Twee.\n\nDrie.\n", StandardCharsets.UTF_8);
        AccordPipeline pipeline = AccordPipeline.create(PipelineConfig.defaults().withInputFormat(InputFormat.SENTENCES));
        Document d = pipeline.load(file, Language.NL);
        assertEquals(2, d.size());
        assertEquals("Een. Twee.", d.sentence(0).text());
    }

    @Test
    void loadPairReportsSwappedFiles() throws Exception {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> AccordPipeline.standard().loadPair(seed("fr"), Language.NL, seed("nl"), Language.FR));
        assertTrue(e.getMessage().contains("the two files seem swapped (given as Dutch and French)"), e.getMessage());
    }

    @Test
    void loadPairWithForceGoesOnWithSwappedFiles() throws Exception {
        Bitext bitext = AccordPipeline.create(PipelineConfig.defaults().withForce(true))
                .loadPair(seed("fr"), Language.NL, seed("nl"), Language.FR);
        assertEquals(20, bitext.source().size());
        assertEquals(18, bitext.target().size());
    }

    @Test
    void configNamesAnUnknownEncoding() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PipelineConfig.defaults().withEncoding("utf-99"));
        assertTrue(e.getMessage().startsWith("unknown encoding 'utf-99'"), e.getMessage());
    }

    @Test
    void configNamesAMissingValue() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> PipelineConfig.defaults().withInputFormat(null));
        assertEquals("inputFormat", e.getMessage());
    }

    @Test
    void defaultsAreUtf8TextChecked() {
        PipelineConfig c = PipelineConfig.defaults();
        assertEquals(StandardCharsets.UTF_8, c.encoding());
        assertEquals(InputFormat.TEXT, c.inputFormat());
        assertEquals(false, c.force());
    }
}
