package dev.accord.align;

import static dev.accord.align.AlignmentAssertions.assertValidAlignment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accord.AccordPipeline;
import dev.accord.Bitext;
import dev.accord.PipelineConfig;
import dev.accord.core.align.Alignment;
import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import dev.accord.core.text.Sentence;
import dev.accord.io.InvalidInputException;
import dev.accord.testing.ParallelText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input that is odd but legitimate must work from file to alignment (reader, language check,
 * segmenter, aligner): every sentence of both sides in exactly one bead, in order. The timeouts
 * guard against a hang or a quadratic pass; they are not speed measurements (JMH does those).
 */
class HardInputAlignmentTest {

    private static final AccordPipeline CHECKED = AccordPipeline.standard();
    private static final AccordPipeline FORCED = AccordPipeline.create(PipelineConfig.builder().force(true).build());

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static Alignment align(Bitext bitext) {
        Alignment alignment = SentenceAligner.standard().align(bitext.source(), bitext.target());
        return assertValidAlignment(bitext.source(), bitext.target(), alignment);
    }

    private Alignment alignFiles(AccordPipeline pipeline, String nl, String fr) throws IOException {
        return align(pipeline.loadPair(write("nl.txt", nl), Language.NL, write("fr.txt", fr), Language.FR));
    }

    private static String seed(String language) throws IOException {
        try (InputStream in = HardInputAlignmentTest.class.getResourceAsStream("/dev/accord/corpus/seed-" + language + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void oneSentenceAgainstThousandsCoversBothSides() throws IOException {
        ParallelText text = ParallelText.generate(new Random(1), 3000, 0.1);
        String many = ParallelText.asText(text.target(), 6, "\n");
        Alignment forward = alignFiles(FORCED, "Het akkoord is getekend.\n", many);
        Alignment backward = alignFiles(FORCED, many, "L'accord est signé.\n");
        assertEquals(1, forward.sourceSize());
        assertTrue(forward.targetSize() > 2500, "target sentences: " + forward.targetSize());
        assertEquals(1, backward.targetSize());
    }

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void fiveMegabyteParagraphWithoutPunctuationAlignsAsOneSentence() throws IOException {
        Random random = new Random(2);
        StringBuilder big = new StringBuilder(5_100_000);
        while (big.length() < 5_000_000) {
            big.append("woord").append(random.nextInt(1000)).append(random.nextInt(9) == 0 ? "\n" : " ");
        }
        ParallelText other = ParallelText.generate(random, 300, 0.1);
        Alignment alignment = alignFiles(FORCED, big.toString(), ParallelText.asText(other.target(), 5, "\n"));
        assertEquals(1, alignment.sourceSize());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void oneMegabyteSentenceAmongOrdinaryOnes() throws IOException {
        String megaSentence = "Lang " + "zeerlangwoord ".repeat(75_000).strip() + ".";
        String nl = "Eerste zin. " + megaSentence + " Laatste zin.\n";
        String fr = "Première phrase. Une phrase moyenne ici. Dernière phrase.\n";
        Alignment alignment = alignFiles(FORCED, nl, fr);
        assertEquals(3, alignment.sourceSize());
        assertEquals(3, alignment.targetSize());
    }

    /** Control characters, emoji, right-to-left text, NFD accents, no-break and zero-width spaces, tabs. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void oddCharactersInRealTextKeepEverySentence() throws IOException {
        String nl = sprinkle(seed("nl"), new Random(3));
        String fr = sprinkle(seed("fr"), new Random(4));
        Bitext bitext = CHECKED.loadPair(write("nl.txt", nl), Language.NL, write("fr.txt", fr), Language.FR);
        align(bitext);
        Bitext plain = CHECKED.loadPair(write("nl0.txt", seed("nl")), Language.NL, write("fr0.txt", seed("fr")), Language.FR);
        assertEquals(plain.source().size(), bitext.source().size(), "Dutch sentences");
        assertEquals(plain.target().size(), bitext.target().size(), "French sentences");
        String all = String.join("\n", bitext.target().sentences().stream().map(Sentence::text).toList());
        assertFalse(all.contains("e\u0301"), "NFD accents are composed by the reader");
        assertTrue(all.contains("\uD83D\uDE00") && all.contains("\u05E9\u05DC\u05D5\u05DD"), "emoji and Hebrew kept");
    }

    @Test
    void crlfAndByteOrderMarkGiveTheSameSentencesAsPlainLineFeeds() throws IOException {
        Bitext plain = CHECKED.loadPair(write("nl.txt", seed("nl")), Language.NL, write("fr.txt", seed("fr")), Language.FR);
        Bitext windows = CHECKED.loadPair(write("nl-crlf.txt", "\uFEFF" + seed("nl").replace("\n", "\r\n")), Language.NL,
                write("fr-crlf.txt", "\uFEFF" + seed("fr").replace("\n", "\r\n")), Language.FR);
        Bitext oldMac = CHECKED.loadPair(write("nl-cr.txt", seed("nl").replace("\n", "\r")), Language.NL,
                write("fr-cr.txt", seed("fr").replace("\n", "\r")), Language.FR);
        assertEquals(texts(plain.source()), texts(windows.source()));
        assertEquals(texts(plain.target()), texts(windows.target()));
        assertEquals(texts(plain.source()), texts(oldMac.source()));
        assertEquals(align(plain).beads(), align(windows).beads());
        assertFalse(windows.source().sentence(0).text().startsWith("\uFEFF"));
    }

    @Test
    void preSplitInputWithCrlfAndBomKeepsOneSentenceALine() throws IOException, InvalidInputException {
        AccordPipeline lines = AccordPipeline.create(PipelineConfig.builder()
                .inputFormat(dev.accord.io.InputFormat.SENTENCES).force(true).build());
        Bitext bitext = lines.loadPair(write("nl.txt", "\uFEFFEen.\r\nTwee\tmet tab.\r\n\r\nDrie \u200B.\r\n"), Language.NL,
                write("fr.txt", "Un.\r\nDeux.\r\n"), Language.FR);
        assertEquals(List.of("Een.", "Twee\tmet tab.", "Drie \u200B."), texts(bitext.source()));
        align(bitext);
    }

    /**
     * Puts odd characters after about one word in four, but not after punctuation: a character
     * glued to a full stop ({@code zin.\u0007 Volgende}) rightly hides the boundary.
     */
    private static String sprinkle(String text, Random random) {
        String[] odd = {"\u00A0", "\u200B", "\t", "\uD83D\uDE00", "\u05E9\u05DC\u05D5\u05DD", "\u202Eabc\u202C", "e\u0301",
            "\u0007", "\u001B", "\u00AD", "\uFEFF", "\u2028"};
        StringBuilder out = new StringBuilder(text.length() * 2);
        for (String word : text.split(" ", -1)) {
            if (out.length() > 0) {
                out.append(random.nextInt(6) == 0 ? "\u00A0" : " ");
            }
            out.append(word);
            if (random.nextInt(4) == 0 && !word.isEmpty() && Character.isLetterOrDigit(word.charAt(word.length() - 1))) {
                out.append(odd[random.nextInt(odd.length)]);
            }
        }
        return out.toString();
    }

    private static List<String> texts(Document document) {
        return document.sentences().stream().map(Sentence::text).toList();
    }
}
