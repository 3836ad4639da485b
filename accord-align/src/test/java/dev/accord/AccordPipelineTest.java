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
        AccordPipeline pipeline = AccordPipeline.create(PipelineConfig.builder().inputFormat(InputFormat.SENTENCES).build());
        Document d = pipeline.load(file, Language.NL);
        assertEquals(2, d.size());
        assertEquals("Een. Twee.", d.sentence(0).text());
    }

    @Test
    void textInMemoryGivesWhatTheSameFilesGive() throws Exception {
        AccordPipeline pipeline = AccordPipeline.standard();
        String dutch = Files.readString(seed("nl"), StandardCharsets.UTF_8);
        String french = Files.readString(seed("fr"), StandardCharsets.UTF_8);
        Bitext fromFiles = pipeline.loadPair(seed("nl"), Language.NL, seed("fr"), Language.FR);
        assertEquals(fromFiles, pipeline.loadPair(dutch, Language.NL, french, Language.FR));
        assertEquals(fromFiles.source(), pipeline.load(dutch, Language.NL));
        assertEquals(pipeline.read(seed("fr"), Language.FR),
                pipeline.read(new java.io.ByteArrayInputStream(french.getBytes(StandardCharsets.UTF_8)), Language.FR));
        assertEquals(pipeline.extract(fromFiles), pipeline.extract(dutch, french));
    }

    @Test
    void textInMemoryIsLanguageCheckedAndNamedInTheMessage() throws Exception {
        String dutch = Files.readString(seed("nl"), StandardCharsets.UTF_8);
        String french = Files.readString(seed("fr"), StandardCharsets.UTF_8);
        InvalidInputException swapped = assertThrows(InvalidInputException.class,
                () -> AccordPipeline.standard().extract(french, dutch));
        assertTrue(swapped.getMessage().startsWith("source text: looks French"), swapped.getMessage());
        assertTrue(swapped.getMessage().endsWith("the two texts seem swapped (given as Dutch and French); to read it "
                + "anyway, turn the language check off: PipelineConfig.builder().force(true)"), swapped.getMessage());
        InvalidInputException empty = assertThrows(InvalidInputException.class,
                () -> AccordPipeline.standard().loadPair(dutch, Language.NL, " ", Language.FR));
        assertEquals("target text: the text holds only white space, no text", empty.getMessage());
        InvalidInputException one = assertThrows(InvalidInputException.class,
                () -> AccordPipeline.standard().read(new java.io.StringReader(french), Language.NL));
        assertTrue(one.getMessage().startsWith("text: looks French"), one.getMessage());
    }

    @Test
    void loadPairRunsItsSideWorkOnTheCallersExecutor() throws Exception {
        java.util.concurrent.atomic.AtomicInteger tasks = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.Executor counting = task -> {
            tasks.incrementAndGet();
            task.run();
        };
        AccordPipeline pipeline = AccordPipeline.standard();
        Bitext bitext = pipeline.loadPair(seed("nl"), Language.NL, seed("fr"), Language.FR, counting);
        assertEquals(3, tasks.get(), "target read, language check, target segmented");
        assertEquals(pipeline.loadPair(seed("nl"), Language.NL, seed("fr"), Language.FR), bitext);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> pipeline.loadPair(
                    dir.resolve("missing.txt"), Language.NL, seed("fr"), Language.FR, pool));
            assertEquals(dir.resolve("missing.txt") + ": no such file", e.getMessage());
            assertTrue(!pool.isShutdown(), "the caller's executor stays the caller's");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void extractTakesAlignerOptions() throws Exception {
        AccordPipeline pipeline = AccordPipeline.standard();
        Bitext seed = pipeline.seedPair();
        dev.accord.align.AlignerOptions length = dev.accord.align.AlignerOptions.builder()
                .method(dev.accord.align.AlignmentMethod.LENGTH).build();
        assertEquals(pipeline.align(seed, length), pipeline.extract(seed, length).alignment());
        assertEquals(pipeline.extract(seed).sourceFindings(), pipeline.extract(seed, length).sourceFindings());
    }

    @Test
    void loadPairReportsSwappedFiles() throws Exception {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> AccordPipeline.standard().loadPair(seed("fr"), Language.NL, seed("nl"), Language.FR));
        assertTrue(e.getMessage().contains("the two files seem swapped (given as Dutch and French)"), e.getMessage());
    }

    @Test
    void loadPairWithForceGoesOnWithSwappedFiles() throws Exception {
        Bitext bitext = AccordPipeline.create(PipelineConfig.builder().force(true).build())
                .loadPair(seed("fr"), Language.NL, seed("nl"), Language.FR);
        assertEquals(20, bitext.source().size());
        assertEquals(18, bitext.target().size());
    }
}
