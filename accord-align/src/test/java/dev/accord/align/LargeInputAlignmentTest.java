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
 * 200,000 sentences a side, and one megabyte in one sentence of distinct words, from files to
 * alignment, in a JVM limited to one gigabyte of heap:
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
        AccordPipeline pipeline = AccordPipeline.create(PipelineConfig.builder().force(true).build());
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

    /** The words of the long-sentence test: distinct, about ten bytes each with their space. */
    private static final int DISTINCT_WORDS = 130_000;
    /** Words per sentence when the same words are spread (under 2,000 sentences: one thread normalises both). */
    private static final int SPREAD = 80;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void oneMegabyteSentenceOfDistinctWordsAlignsInOneGigabyteAsFastAsTheSameWordsSpread() throws IOException {
        StringBuilder one = new StringBuilder();
        StringBuilder spread = new StringBuilder();
        for (int w = 0; w < DISTINCT_WORDS; w++) {
            String word = ScalingAlignmentTest.word(w, "zo");
            one.append(w == 0 ? "" : " ").append(word);
            spread.append(w % SPREAD == 0 ? "" : " ").append(word).append(w % SPREAD == SPREAD - 1 ? ".\n" : "");
        }
        one.append(".\n");
        if (DISTINCT_WORDS % SPREAD != 0) {
            spread.append(".\n");
        }
        assertTrue(one.length() > 1_000_000, "bytes: " + one.length());
        AccordPipeline pipeline = AccordPipeline.create(PipelineConfig.builder().force(true)
                .inputFormat(dev.accord.io.InputFormat.SENTENCES).build());
        long oneCpu = alignCpu(pipeline, one.toString(), 1);
        long spreadCpu = alignCpu(pipeline, spread.toString(), (DISTINCT_WORDS + SPREAD - 1) / SPREAD);
        System.out.printf(Locale.ROOT, "LargeInputAlignmentTest: %,d distinct words in one sentence: %.2f s CPU; "
                + "in sentences of %d: %.2f s CPU%n", DISTINCT_WORDS, oneCpu / 1e9, SPREAD, spreadCpu / 1e9);
        assertTrue(oneCpu <= 4 * spreadCpu + 500_000_000L, "one sentence " + oneCpu / 1e6 + " ms CPU, spread "
                + spreadCpu / 1e6 + " ms CPU");
    }

    /** Reads, aligns and checks {@code text} against itself as Dutch and French; returns the CPU time of it. */
    private long alignCpu(AccordPipeline pipeline, String text, int sentences) throws IOException {
        Path nl = Files.writeString(dir.resolve("nl-" + sentences + ".txt"), text, StandardCharsets.UTF_8);
        Path fr = Files.writeString(dir.resolve("fr-" + sentences + ".txt"), text, StandardCharsets.UTF_8);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        Bitext bitext = pipeline.loadPair(nl, Language.NL, fr, Language.FR);
        Alignment alignment = pipeline.align(bitext, AlignerOptions.builder().method(AlignmentMethod.FULL).build());
        long cpu = threads.getCurrentThreadCpuTime() - start;
        assertValidAlignment(bitext.source(), bitext.target(), alignment);
        assertEquals(sentences, bitext.source().size());
        assertEquals(sentences, alignment.beads().size(), "the same text aligns one to one");
        return cpu;
    }
}
