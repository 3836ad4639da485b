package dev.accord.normalize;

import static dev.accord.normalize.TermAssertions.checkedTerms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accord.core.text.Language;
import dev.accord.core.text.Sentence;
import dev.accord.core.text.TextSpan;
import dev.accord.testing.RandomText;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The {@link Normalizer} contract, run against every implementation and configuration: spans
 * valid on every call ({@link TermAssertions}), offsets applied, blank text empty, any text
 * accepted, results independent of the thread and of earlier calls.
 */
abstract class NormalizerContractTest {

    /** Returns the normaliser under test; the same instance on every call. */
    abstract Normalizer normalizer();

    @Test
    void spansAreShiftedByTheOffsetAndSentencesUseTheirDocumentSpan() {
        String sentence = "Microsoft tekent (nu).";
        List<Term> local = normalizer().terms(Language.NL, sentence, 0);
        List<Term> shifted = checkedTerms(normalizer(), Language.NL, sentence, 100);
        for (int i = 0; i < local.size(); i++) {
            assertEquals(local.get(i).span().shift(100), shifted.get(i).span());
        }
        Sentence s = new Sentence(3, 1, new TextSpan(100, 100 + sentence.length()), sentence);
        assertEquals(shifted, normalizer().terms(Language.NL, s));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void blankTextHasNoTerms(Language language) {
        assertEquals(List.of(), normalizer().terms(language, "", 0));
        assertEquals(List.of(), normalizer().terms(language, " \t\n\u00A0\u200B ", 7));
        assertEquals(List.of(), normalizer().terms(language, ".,-", 0));
    }

    @Test
    void negativeOffsetIsRejectedWithTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> normalizer().terms(Language.NL, "tekst", -1));
        assertEquals("offset must be >= 0, got -1", e.getMessage());
        NullPointerException n = assertThrows(NullPointerException.class, () -> normalizer().terms(null, "tekst", 0));
        assertEquals("language", n.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void randomTextNeverThrowsAndKeepsValidSpans(Language language) {
        Random random = new Random(20261123L + language.ordinal());
        for (int i = 0; i < 300; i++) {
            String text = RandomText.hostile(random, random.nextInt(120));
            checkedTerms(normalizer(), language, text, random.nextInt(1000));
        }
    }

    @Test
    void oneLongSentenceWithoutPunctuationIsAnalysedWhole() {
        StringBuilder text = new StringBuilder();
        Random random = new Random(7);
        while (text.length() < 300_000) {
            text.append(random.nextBoolean() ? "cyberaanval " : "Microsoft ").append(random.nextInt(5000)).append(' ');
        }
        List<Term> terms = checkedTerms(normalizer(), Language.NL, text.toString(), 0);
        assertTrue(terms.size() > 30_000, "terms: " + terms.size());
    }

    @Test
    void analyzersAreReusedAcrossCallsAndThreadsWithTheSameResults() throws Exception {
        Random random = new Random(42);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            texts.add(RandomText.hostile(random, 10 + random.nextInt(80)) + " qu'Amazon a signé 1 000 contrats ?");
        }
        List<List<Term>> expected = texts.stream().map(t -> normalizer().terms(Language.FR, t, 0)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<List<Term>>>> results = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                results.add(pool.submit(() -> texts.stream().map(t -> normalizer().terms(Language.FR, t, 0)).toList()));
            }
            for (Future<List<List<Term>>> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
