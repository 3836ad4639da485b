package dev.accord.align;

import static dev.accord.align.AlignmentAssertions.assertValidAlignment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accord.AccordPipeline;
import dev.accord.Bitext;
import dev.accord.PipelineConfig;
import dev.accord.core.align.Alignment;
import dev.accord.core.text.Language;
import dev.accord.testing.ParallelText;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * 200,000 sentences a side, from files to alignment, in a JVM limited to one gigabyte of heap:
 * the surefire execution {@code large-input-xmx1g} runs the tests tagged {@value #TAG} with
 * {@code -Xmx1g}, and the default execution leaves them out. The timeout guards against a hang
 * or a quadratic pass; it is not a speed measurement.
 *
 * <p>It uses the default {@link AlignmentMethod#FULL full} method (about 37 s wall for the
 * alignment on an idle 2-core machine).
 */
@Tag(LargeInputAlignmentTest.TAG)
class LargeInputAlignmentTest {

    static final String TAG = "xmx1g";

    private static final int SENTENCES = 200_000;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void twoHundredThousandSentencesASideAlignInOneGigabyte() throws IOException {
        long maxHeap = Runtime.getRuntime().maxMemory();
        assertTrue(maxHeap <= 1100L << 20, "this test must run with -Xmx1g (surefire execution large-input-xmx1g), "
                + "but the heap limit is " + (maxHeap >> 20) + " MB");
        ParallelText text = ParallelText.generate(new Random(200_000), SENTENCES, 0.02);
        Path nl = Files.writeString(dir.resolve("nl.txt"), ParallelText.asText(text.source(), 8, "\n"), StandardCharsets.UTF_8);
        Path fr = Files.writeString(dir.resolve("fr.txt"), ParallelText.asText(text.target(), 8, "\n"), StandardCharsets.UTF_8);
        int sourceSize = text.source().size();
        int targetSize = text.target().size();
        text = null; // let the generator's copy go before the pipeline reads its own

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        AccordPipeline pipeline = AccordPipeline.create(PipelineConfig.defaults().withForce(true));
        Bitext bitext = pipeline.loadPair(nl, Language.NL, fr, Language.FR);
        long read = System.nanoTime();
        Alignment alignment = pipeline.align(bitext, AlignerOptions.builder().method(AlignmentMethod.FULL).build());
        long aligned = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime() - cpuStart;

        assertValidAlignment(bitext.source(), bitext.target(), alignment);
        assertEquals(sourceSize, bitext.source().size(), "the segmenter finds every source sentence");
        assertEquals(targetSize, bitext.target().size(), "the segmenter finds every target sentence");
        System.out.printf(Locale.ROOT, "LargeInputAlignmentTest: %,d x %,d sentences (%,d + %,d bytes): read and "
                + "segmented in %.1f s, aligned in %.1f s (wall); %.1f s CPU in all; heap limit %d MB%n",
                bitext.source().size(), bitext.target().size(), Files.size(nl), Files.size(fr), (read - start) / 1e9,
                (aligned - read) / 1e9, cpu / 1e9, maxHeap >> 20);
    }
}
