package dev.accord.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import dev.accord.io.InputFormat;
import dev.accord.io.SentenceLines;
import dev.accord.io.TextReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SeedSegmentationTest {

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"NL", "FR"})
    void standardSegmenterReproducesTheSeedGoldSplitExactly(Language language) throws Exception {
        String code = language.iso639_1();
        assertSplit(language, "/dev/accord/corpus/seed-" + code + ".txt", "/seed/" + code + ".sentences.txt");
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"NL", "FR"})
    void goldReadAsSentencesHasTheSameSentencesAsTheSegmentedArticle(Language language) throws Exception {
        String code = language.iso639_1();
        Document raw = TextReader.of(InputFormat.TEXT).read(resource("/dev/accord/corpus/seed-" + code + ".txt"), language);
        Document gold = TextReader.of(InputFormat.SENTENCES).read(resource("/seed/" + code + ".sentences.txt"), language);
        var segmented = SentenceSegmenter.standard().segment(raw);
        assertEquals(gold.size(), segmented.size());
        for (int i = 0; i < gold.size(); i++) {
            assertEquals(gold.sentence(i).text(), segmented.get(i).text(), "sentence " + i);
            assertEquals(gold.sentence(i).paragraph(), segmented.get(i).paragraph(), "paragraph of sentence " + i);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"NL", "FR"})
    void newsArticleNotUsedToWriteTheRulesIsSplitAsCheckedByHand(Language language) throws Exception {
        String code = language.iso639_1();
        assertSplit(language, "/segment/" + code + "-news.txt", "/segment/" + code + "-news.sentences.txt");
    }

    private static void assertSplit(Language language, String text, String sentences) throws Exception {
        Document raw = TextReader.of(InputFormat.TEXT).read(resource(text), language);
        Document segmented = raw.withSentences(SentenceSegmenter.standard().segment(raw));
        assertEquals(Files.readString(resource(sentences), StandardCharsets.UTF_8), SentenceLines.format(segmented));
    }

    static Path resource(String name) throws URISyntaxException {
        return Path.of(SeedSegmentationTest.class.getResource(name).toURI());
    }
}
