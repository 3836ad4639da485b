package dev.accord.align;

import static dev.accord.align.AlignmentAssertions.assertValidAlignment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accord.core.align.Alignment;
import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import org.junit.jupiter.api.Test;

class GaleChurchAlignerTest extends SentenceAlignerContractTest {

    @Override
    SentenceAligner aligner(AlignerOptions options) {
        return SentenceAligner.create(options.toBuilder().method(AlignmentMethod.LENGTH).build());
    }

    @Test
    void aLongSentenceTranslatedAsTwoBecomesATwoToOneBead() {
        Document source = TestDocuments.sentences(Language.NL,
                "Kort.",
                "Dit is een veel langere zin die in de vertaling in twee stukken werd geknipt, met komma's.",
                "Einde van de tekst hier.");
        Document target = TestDocuments.sentences(Language.FR,
                "Court.",
                "Ceci est une phrase bien plus longue que la traduction",
                "a coupée en deux morceaux, avec des virgules.",
                "Fin du texte ici, voilà.");
        Alignment a = assertValidAlignment(source, target, aligner().align(source, target));
        assertEquals("[1]:[1, 2]", a.beads().get(1).toString().replaceAll(":[0-9.]+$", ""));
    }

    @Test
    void scoresFallWhenLengthsDisagree() {
        Document source = TestDocuments.sentences(Language.NL, "Een zin van gemiddelde lengte, met wat woorden.");
        Document close = TestDocuments.sentences(Language.FR, "Une phrase de longueur moyenne, avec des mots.");
        Document far = TestDocuments.sentences(Language.FR, "Une phrase de longueur moyenne, avec des mots en plus.");
        double closeScore = assertValidAlignment(source, close, aligner().align(source, close)).beads().get(0).score();
        double farScore = assertValidAlignment(source, far, aligner().align(source, far)).beads().get(0).score();
        assertTrue(closeScore > 0.8, "close " + closeScore);
        assertTrue(farScore < closeScore, "far " + farScore + " close " + closeScore);
    }
}
