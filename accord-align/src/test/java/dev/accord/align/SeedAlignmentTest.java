package dev.accord.align;

import static dev.accord.align.AlignmentAssertions.assertValidAlignment;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.accord.AccordPipeline;
import dev.accord.core.align.Alignment;
import dev.accord.core.align.Bead;
import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import dev.accord.eval.AlignmentScorer;
import dev.accord.eval.AlignmentScores;
import dev.accord.eval.BeadFileReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The bundled seed articles must align exactly as their gold says. */
class SeedAlignmentTest {

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(SeedAlignmentTest.class.getResource(name), name).toURI());
    }

    private static void assertPerfect(Document nl, Document fr) throws Exception {
        List<Bead> gold = BeadFileReader.read(resource("/seed/alignment.gold"), nl.size(), fr.size());
        Alignment alignment = assertValidAlignment(nl, fr, SentenceAligner.standard().align(nl, fr));
        AlignmentScores scores = AlignmentScorer.score(gold, alignment.beads());
        assertEquals(1.0, scores.strict().f1(), alignment.beads() + "\n" + scores.toText());
    }

    @Test
    void goldSentencesOfTheSeedArticlesAlignPerfectly() throws Exception {
        assertPerfect(TestDocuments.read(resource("/seed/nl.sentences.txt"), Language.NL),
                TestDocuments.read(resource("/seed/fr.sentences.txt"), Language.FR));
    }

    @Test
    void seedArticlesAlignPerfectlyFromRawText() throws Exception {
        AccordPipeline pipeline = AccordPipeline.standard();
        Document nl = pipeline.load(resource("/dev/accord/corpus/seed-nl.txt"), Language.NL);
        Document fr = pipeline.load(resource("/dev/accord/corpus/seed-fr.txt"), Language.FR);
        assertPerfect(nl, fr);
    }
}
