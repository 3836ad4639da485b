package dev.accord.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
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
        int compared = compareWithEveryCueAtEveryToken(lexicon, AccordExtractor.tokenize(Texts.seed(language)));
        assertTrue(compared > 1000, "compared " + compared);
    }

    /** Signatures skip tokens and sentences: they must never skip a match, on real or random text. */
    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"NL", "FR"})
    void searchOverSignedTokensFindsExactlyWhatTryingEveryCueFinds(Language language) {
        Lexicon lexicon = Lexicon.of(language);
        CueSignatures signatures = Lexicon.signatures(language);
        int compared = compareWithEveryCueAtEveryToken(lexicon, AccordExtractor.tokenize(Texts.seed(language), signatures));
        compared += compareWithEveryCueAtEveryToken(lexicon, AccordExtractor.tokenize(cueSoup(lexicon, language), signatures));
        assertTrue(compared > 3000, "compared " + compared);
    }

    /** Returns sentences of random words of the lexicon's cues, inflected at random, and common words. */
    private static Document cueSoup(Lexicon lexicon, Language language) {
        List<String> words = new ArrayList<>(List.of("de", "la", "het", "Microsoft", "Google", ",", "n'", "pas", "niet"));
        for (CueList list : lexicon.cueLists()) {
            for (Cue c : list) {
                for (String part : c.source().split("[ |]")) {
                    String w = part.replace("*", "");
                    if (!w.isEmpty() && !w.equals("...")) {
                        words.add(w);
                    }
                }
            }
        }
        String[] endings = {"", "", "s", "en", "e", "de", "den", "ées", "ions", "ent"};
        Random random = new Random(5);
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < 300; s++) {
            int n = 1 + random.nextInt(15);
            for (int i = 0; i < n; i++) {
                String w = words.get(random.nextInt(words.size())) + endings[random.nextInt(endings.length)];
                text.append(random.nextInt(8) == 0 ? w.toUpperCase(Locale.ROOT) : w).append(' ');
            }
            text.append(".\n");
        }
        return Texts.sentences(language, text.toString());
    }

    private static int compareWithEveryCueAtEveryToken(Lexicon lexicon, List<TokenizedSentence> sentences) {
        List<CueList> lists = lexicon.cueLists();
        int compared = 0;
        for (TokenizedSentence s : sentences) {
            List<Token> tokens = s.tokens();
            for (int from = 0; from <= tokens.size(); from += 3) {
                for (CueList indexed : lists) {
                    assertEquals(everyCueAtEveryToken(indexed, tokens, from, tokens.size()), indexed.findAll(tokens, from, tokens.size()));
                    boolean[] expected = new boolean[indexed.size()];
                    for (int c = 0; c < expected.length; c++) {
                        expected[c] = indexed.get(c).find(tokens, from, tokens.size()).isPresent();
                    }
                    assertArrayEquals(expected, indexed.matching(tokens, from, tokens.size()));
                    compared++;
                }
            }
        }
        return compared;
    }
}
