package dev.accord.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import dev.accord.normalize.Normalizer;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Matching every list in one pass ({@link CueIndex}) finds exactly what matching each list on its own finds. */
class CueIndexTest {

    private static final Normalizer NORMALIZER = Normalizer.lucene();

    @ParameterizedTest
    @EnumSource(names = {"NL", "FR"})
    void theIndexAnswersAsEachListOnItsOwn(Language language) {
        Lexicon lexicon = Lexicon.of(language);
        Document seed = Texts.seed(language);
        List<AnalyzedSentence> indexed = Analysis.analyze(seed, NORMALIZER, lexicon);
        List<AnalyzedSentence> plain = Analysis.analyze(seed, NORMALIZER);
        int matches = 0;
        for (Lexicon.Cues cues : Lexicon.Cues.values()) {
            PhraseList list = lexicon.get(cues);
            PhraseList alone = new PhraseList(cues.name(), list.phrases());
            for (int s = 0; s < seed.size(); s++) {
                List<Word> a = indexed.get(s).words();
                List<Word> b = plain.get(s).words();
                assertTrue(a instanceof Words && !(b instanceof Words));
                for (int i = 0; i < a.size(); i++) {
                    PhraseList.Match x = list.matchAt(a, i);
                    PhraseList.Match y = alone.matchAt(b, i);
                    assertEquals(y == null ? null : y.end(), x == null ? null : x.end(), cues + " at sentence " + s + " word " + i);
                    matches += x == null ? 0 : 1;
                }
                assertEquals(alone.find(b).stream().map(m -> m.start() + "-" + m.end()).toList(),
                        list.find(a).stream().map(m -> m.start() + "-" + m.end()).toList(), cues + " in sentence " + s);
            }
        }
        assertTrue(matches > 50, "the seed matches the lists " + matches + " times");
        Objects.requireNonNull(lexicon.index());
    }
}
