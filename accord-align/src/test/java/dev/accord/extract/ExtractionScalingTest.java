package dev.accord.extract;

import dev.accord.core.Accord;
import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import dev.accord.testing.Scaling;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Extraction costs time linear in each dimension of its input (see {@link Scaling}: CPU ratios, no time limits). */
class ExtractionScalingTest {

    private static final Extractor EXTRACTOR = Extraction.extractor(Accord.cybersecurityTechAccord());
    private static final List<String> NAMES = List.of("Microsoft", "Cisco", "Oracle", "Nokia", "Dell", "Proximus",
            "Veridian Systems", "Telenet", "Orange Belgium", "Samsung");

    /** One sentence naming {@code n} companies in one list, signed and refused by turns in clauses. */
    private static Document mentionsInOneSentence(int n) {
        Random random = new Random(7);
        StringBuilder s = new StringBuilder("Het Cybersecurity Tech Accord werd ondertekend door ");
        for (int i = 0; i < n; i++) {
            s.append(NAMES.get(random.nextInt(NAMES.size())));
            s.append(i % 50 == 49 ? ", maar Google weigerde en ook " : ", ");
        }
        s.append("en Nokia.");
        return Texts.sentences(Language.NL, s.toString());
    }

    /** {@code n} sentences of a signing, a refusal and a pillar, in paragraphs of five. */
    private static Document sentences(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(switch (i % 3) {
                case 0 -> "Cisco en Oracle ondertekenden het Cybersecurity Tech Accord op dinsdag.";
                case 1 -> "Google weigerde het akkoord te tekenen, in tegenstelling tot 34 andere bedrijven.";
                default -> "Ze beschermen alle gebruikers wereldwijd, ongeacht het motief van de aanvaller.";
            }).append('\n');
            if (i % 5 == 4) {
                s.append('\n');
            }
        }
        return Texts.sentences(Language.NL, s.toString());
    }

    @Test
    void mentionsPerSentence() {
        Scaling.assertLinear("company mentions in one sentence", ExtractionScalingTest::mentionsInOneSentence, EXTRACTOR::extract, 2_000);
    }

    @Test
    void sentencesPerDocument() {
        Scaling.assertLinear("sentences", ExtractionScalingTest::sentences, EXTRACTOR::extract, 300);
    }
}
