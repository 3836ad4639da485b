package dev.accord.bench.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import dev.accord.core.text.Sentence;
import dev.accord.io.InputFormat;
import dev.accord.io.TextReader;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CorpusBuilderTest {

    private static final ParallelCorpus SEED = CorpusBuilder.seed();
    private static final ParallelCorpus THOUSAND = CorpusBuilder.build("1000");

    @Test
    void seedSizeIsTheBundledArticlesUntouched() {
        ParallelCorpus seed = CorpusBuilder.build("seed");
        assertEquals(SEED.dutch(), seed.dutch());
        assertEquals(10, seed.dutch().paragraphs().size());
        assertEquals(10, seed.french().paragraphs().size());
        assertEquals(IntStream.range(0, 10).boxed().toList(), seed.seedParagraphs());
        assertEquals(0, seed.droppedSentences());
        assertEquals(0, seed.mergedSentences());
        assertTrue(seed.dutch().text().startsWith("Dinsdag ondertekenden 34 internationale technologiebedrijven"));
        assertTrue(seed.french().text().startsWith("Hier mardi, 34 firmes technologiques internationales"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 50, 1000, 10_000})
    void dutchSideHasAtLeastTheRequestedSentencesAndAtMostOneParagraphMore(int size) {
        ParallelCorpus corpus = CorpusBuilder.build(size, CorpusBuilder.RANDOM_SEED);
        int longestSeedParagraph = 0;
        for (int p = 0; p < SEED.dutch().paragraphs().size(); p++) {
            longestSeedParagraph = Math.max(longestSeedParagraph, sentencesIn(SEED.dutch(), p));
        }
        assertTrue(corpus.dutch().size() >= size, corpus.toString());
        assertTrue(corpus.dutch().size() < size + longestSeedParagraph, corpus.toString());
        // The French seed article has more sentences than the Dutch one; the corpus keeps their proportion.
        double seedProportion = (double) SEED.french().size() / SEED.dutch().size();
        assertEquals(seedProportion * corpus.dutch().size(), corpus.french().size(), Math.max(3, size * 0.05),
                corpus.toString());
    }

    @Test
    void sameSizeAndSeedGiveTheSameCorpusAndAnotherSeedAnother() {
        ParallelCorpus again = CorpusBuilder.build(1000, CorpusBuilder.RANDOM_SEED);
        assertEquals(THOUSAND.dutch(), again.dutch());
        assertEquals(THOUSAND.french(), again.french());
        assertEquals(THOUSAND.seedParagraphs(), again.seedParagraphs());
        ParallelCorpus other = CorpusBuilder.build(1000, CorpusBuilder.RANDOM_SEED + 1);
        assertNotEquals(THOUSAND.dutch().text(), other.dutch().text());
    }

    @Test
    void largerCorpusGivesTheAlignerRealWork() {
        assertTrue(THOUSAND.droppedSentences() > 20, THOUSAND.toString());
        assertTrue(THOUSAND.mergedSentences() > 20, THOUSAND.toString());
        assertNotEquals(THOUSAND.dutch().size(), THOUSAND.french().size());
        List<Integer> inSeedOrder = IntStream.range(0, THOUSAND.seedParagraphs().size()).map(i -> i % 10).boxed().toList();
        assertNotEquals(inSeedOrder, THOUSAND.seedParagraphs(), "paragraphs must be shuffled");
    }

    @Test
    void everyParagraphPairComesFromItsSeedPairWithAtMostOneEditASide() {
        for (int p = 0; p < THOUSAND.seedParagraphs().size(); p++) {
            int seedParagraph = THOUSAND.seedParagraphs().get(p);
            int nl = sentencesIn(THOUSAND.dutch(), p);
            int fr = sentencesIn(THOUSAND.french(), p);
            int seedNl = sentencesIn(SEED.dutch(), seedParagraph);
            int seedFr = sentencesIn(SEED.french(), seedParagraph);
            assertTrue(nl == seedNl || nl == seedNl - 1, "paragraph " + p + ": " + nl + " vs seed " + seedNl);
            assertTrue(fr == seedFr || fr == seedFr - 1, "paragraph " + p + ": " + fr + " vs seed " + seedFr);
            if (nl == seedNl && fr == seedFr) {
                assertEquals(SEED.dutch().paragraphText(seedParagraph), THOUSAND.dutch().paragraphText(p));
                assertEquals(SEED.french().paragraphText(seedParagraph), THOUSAND.french().paragraphText(p));
            }
        }
    }

    @Test
    void segmenterKeepsMergedSentencesTogether() {
        int seedSentences = THOUSAND.seedParagraphs().stream()
                .mapToInt(p -> sentencesIn(SEED.dutch(), p) + sentencesIn(SEED.french(), p))
                .sum();
        assertEquals(seedSentences - THOUSAND.droppedSentences() - THOUSAND.mergedSentences(), THOUSAND.sentenceCount());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Zij tekenden.|Google niet.|Zij tekenden; Google niet.",
        "Waarom?|Daarom.|Waarom; Daarom.",
        "van de aanval'.|Het pact.|van de aanval'; Het pact.",
        "'Nooit meer.'|Zei hij.|'Nooit meer;' Zei hij.",
        "Wat nu...|Niets.|Wat nu; Niets.",
        "Vier pijlers|De bedrijven beloven.|Vier pijlers: De bedrijven beloven.",
    })
    void joinTurnsTheFirstSentenceFinalMarkIntoASemicolon(String first, String second, String joined) {
        assertEquals(joined, CorpusBuilder.join(first, second));
    }

    @Test
    void writtenTextsReadBackAsTheSameDocuments(@TempDir Path dir) throws Exception {
        List<Path> files = THOUSAND.writeTexts(dir);
        TextReader reader = TextReader.of(InputFormat.TEXT);
        Document nl = reader.read(files.get(0), Language.NL);
        Document fr = reader.read(files.get(1), Language.FR);
        assertEquals(THOUSAND.dutch().paragraphs(), nl.paragraphs());
        assertEquals(THOUSAND.french().paragraphs(), fr.paragraphs());
        assertEquals(THOUSAND.dutch().text(), nl.text().strip());
    }

    @Test
    void unknownSizeNameIsRejectedWithItsName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CorpusBuilder.build("huge"));
        assertEquals("unknown corpus size 'huge': expected seed or a positive number of sentences such as 1000",
                e.getMessage());
    }

    @Test
    void nonPositiveSizeIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CorpusBuilder.build(0, CorpusBuilder.RANDOM_SEED));
        assertEquals("sentencesPerSide must be > 0, got 0", e.getMessage());
    }

    private static int sentencesIn(Document document, int paragraph) {
        int n = 0;
        for (Sentence s : document.sentences()) {
            if (s.paragraph() == paragraph) {
                n++;
            }
        }
        return n;
    }
}
