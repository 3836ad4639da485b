package dev.accord.align;

import static dev.accord.align.AlignmentAssertions.assertValidAlignment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accord.core.align.Alignment;
import dev.accord.core.align.Bead;
import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import dev.accord.normalize.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LexicalAlignerTest extends SentenceAlignerContractTest {

    @Override
    SentenceAligner aligner(AlignerOptions options) {
        return SentenceAligner.create(options.toBuilder().method(AlignmentMethod.FULL).build());
    }

    private static String types(Alignment a) {
        return String.join(" ", a.beads().stream().map(Bead::type).toList());
    }

    @Test
    void sharedNumbersAndNamesBeatMisleadingLengths() {
        // the lengths suggest 1-1 pairs shifted by one; the numbers and names say otherwise
        Document source = TestDocuments.sentences(Language.NL,
                "In 1956 bereikte de expeditie de top van de Lhotse.",
                "Het weer was slecht.",
                "Op 23 mei stonden Reiss en Luchsinger op 8501 meter.");
        Document target = TestDocuments.sentences(Language.FR,
                "En 1956, l'expédition atteignit le sommet du Lhotse après de longues semaines d'efforts.",
                "Le temps était mauvais.",
                "Le 23 mai, Reiss et Luchsinger se tenaient à 8501 mètres.");
        Alignment a = assertValidAlignment(source, target, aligner().align(source, target));
        assertEquals("1-1 1-1 1-1", types(a));
    }

    @Test
    void aSpuriousTargetLineBecomesAnInsertion() {
        Document source = TestDocuments.sentences(Language.NL,
                "Microsoft en Facebook ondertekenden het akkoord in 2018.",
                "Google, Apple en Amazon deden niet mee.",
                "De groep komt in april 2019 opnieuw samen in Genève.");
        Document target = TestDocuments.sentences(Language.FR,
                "Microsoft et Facebook ont signé l'accord en 2018.",
                "Publicité : abonnez-vous à notre lettre d'information hebdomadaire gratuite !",
                "Google, Apple et Amazon n'y ont pas participé.",
                "Le groupe se réunira à nouveau en avril 2019 à Genève.");
        Alignment a = assertValidAlignment(source, target, aligner().align(source, target));
        assertEquals("1-1 0-1 1-1 1-1", types(a));
        assertEquals(0.0, a.beads().get(1).score());
        // the score is the chance that the grouping is right: the spurious line beside bead 0 could
        // belong to it, so bead 0 is less certain than the last bead, which nothing disturbs
        assertTrue(a.beads().get(0).score() > 0.5, a.beads().toString());
        assertTrue(a.beads().get(3).score() > 0.9, a.beads().toString());
    }

    @Test
    void aSentenceSplitInTranslationBecomesAOneToTwoBead() {
        Document source = TestDocuments.sentences(Language.NL,
                "Het akkoord werd in 2018 door 34 bedrijven ondertekend, waaronder Microsoft, Facebook, Cisco en Oracle.",
                "Amazon deed niet mee.");
        Document target = TestDocuments.sentences(Language.FR,
                "L'accord a été signé en 2018 par 34 entreprises.",
                "Parmi elles figurent Microsoft, Facebook, Cisco et Oracle.",
                "Amazon n'y a pas participé.");
        Alignment a = assertValidAlignment(source, target, aligner().align(source, target));
        assertEquals("1-2 1-1", types(a));
    }

    @Test
    void aDictionaryEntryLinksWordsTheDocumentsDoNotShare() {
        BilingualDictionary dictionary = BilingualDictionary.of(List.of(Map.entry("hond", "chien")));
        assertEquals(Set.of("chien"), dictionary.translations("Hond"));
    }

    @Test
    void aTranslationWithTheWrongNumberOfLinesIsRejected() {
        SentenceAligner withTranslation = aligner(AlignerOptions.builder().translation(List.of("une seule ligne")).build());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> withTranslation.align(DUTCH, FRENCH));
        assertEquals("the machine translation has 1 lines but the source has 5 sentences: give one line per source "
                + "sentence", e.getMessage());
    }

    @Test
    void aMachineTranslationIsUsedAsEvidence() {
        Document source = TestDocuments.sentences(Language.NL, "De hond blaft luid.", "Ik ga morgen naar huis.");
        Document target = TestDocuments.sentences(Language.FR, "Le chien aboie fort.",
                "Publicité sans aucun rapport.", "Demain je rentre à la maison.");
        SentenceAligner withTranslation = aligner(AlignerOptions.builder()
                .translation(List.of("Le chien aboie fort.", "Demain je rentre à la maison.")).build());
        Alignment with = assertValidAlignment(source, target, withTranslation.align(source, target));
        Alignment without = assertValidAlignment(source, target, aligner().align(source, target));
        assertEquals("1-1 0-1 1-1", types(with));
        assertTrue(with.beads().get(0).score() > without.beads().get(0).score(), with + " vs " + without);
    }

    @Test
    void aDictionaryIsUsedAsEvidence() {
        Document source = TestDocuments.sentences(Language.NL, "De hond blaft luid.", "Ik ga morgen naar huis.");
        Document target = TestDocuments.sentences(Language.FR, "Le chien aboie fort.",
                "Publicité sans aucun rapport.", "Demain je rentre à la maison.");
        BilingualDictionary dictionary = BilingualDictionary.of(List.of(Map.entry("hond", "chien"),
                Map.entry("blaft", "aboie"), Map.entry("morgen", "demain"), Map.entry("huis", "maison")));
        SentenceAligner withDictionary = aligner(AlignerOptions.builder().dictionary(dictionary).build());
        Alignment with = assertValidAlignment(source, target, withDictionary.align(source, target));
        Alignment without = assertValidAlignment(source, target, aligner().align(source, target));
        assertEquals("1-1 0-1 1-1", types(with));
        assertTrue(with.beads().get(0).score() > without.beads().get(0).score(), with + " vs " + without);
    }

    /** A normaliser whose work on the target language fails with {@code failure}; the source side works. */
    private static Normalizer failingOn(Language language, Throwable failure) {
        Normalizer real = Normalizer.lucene();
        return (lang, text, offset) -> {
            if (lang == language) {
                if (failure instanceof Error error) {
                    throw error;
                }
                throw (RuntimeException) failure;
            }
            return real.terms(lang, text, offset);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"error", "runtime"})
    void whatTheSecondThreadThrowsReachesTheCallerUnwrapped(String kind) {
        // 3,000 target sentences: the target is normalised on a second thread
        Document source = TestDocuments.random(Language.NL, new Random(1), 3_000);
        Document target = TestDocuments.random(Language.FR, new Random(2), 3_000);
        Throwable failure = kind.equals("error") ? new OutOfMemoryError("Java heap space (simulated)")
                : new IllegalStateException("simulated");
        SentenceAligner aligner = new LexicalAligner(AlignerOptions.defaults(), LexicalParameters.DEFAULTS,
                failingOn(Language.FR, failure));
        Throwable thrown = assertThrows(Throwable.class, () -> aligner.align(source, target));
        assertEquals(failure, thrown);
    }
}
