package dev.accord.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accord.core.text.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CueListTest {

    /** Every cue tried at every token, as before the index: the reference the index must equal. */
    private static List<Cue.Match> everyCueAtEveryToken(List<Cue> cues, List<Token> tokens, int from, int to) {
        List<Cue.Match> matches = new ArrayList<>();
        for (Cue c : cues) {
            matches.addAll(c.findAll(tokens, from, to));
        }
        matches.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        return matches;
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"NL", "FR"})
    void indexedSearchFindsExactlyWhatTryingEveryCueFinds(Language language) {
        Lexicon lexicon = Lexicon.of(language);
        List<List<Cue>> lists = Stream.concat(
                Stream.of(lexicon.initiatorPrefix(), lexicon.signatoryPrefix(), lexicon.listPrefix(), lexicon.initiating(),
                        lexicon.signing(), lexicon.refusing(), lexicon.negators(), lexicon.parentOf(), lexicon.subsidiaryOf(),
                        lexicon.companyNouns(), lexicon.meeting(), lexicon.countNouns(), lexicon.pillarNouns(), lexicon.launching()),
                lexicon.pillarCues().values().stream().map(w -> (List<Cue>) w.cues())).toList();
        int compared = 0;
        for (TokenizedSentence s : AccordExtractor.tokenize(Texts.seed(language))) {
            List<Token> tokens = s.tokens();
            for (int from = 0; from <= tokens.size(); from += 3) {
                for (List<Cue> cues : lists) {
                    CueList indexed = CueList.of(cues);
                    assertEquals(everyCueAtEveryToken(cues, tokens, from, tokens.size()), indexed.findAll(tokens, from, tokens.size()));
                    boolean[] expected = new boolean[cues.size()];
                    for (int c = 0; c < expected.length; c++) {
                        expected[c] = cues.get(c).find(tokens, from, tokens.size()).isPresent();
                    }
                    assertArrayEquals(expected, indexed.matching(tokens, from, tokens.size()));
                    compared++;
                }
            }
        }
        assertTrue(compared > 1000, "compared " + compared);
    }
}
