package dev.accord.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.accord.align.AlignerOptions;
import dev.accord.align.AlignmentMethod;
import dev.accord.align.SentenceAligner;
import dev.accord.core.align.Alignment;
import dev.accord.core.align.Bead;
import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes the aligners with any shape of document pair: every sentence of both sides in exactly one
 * bead, in order (which the {@link Alignment} constructor checks), sizes that match, scores in
 * {@code [0, 1]}, and the same alignment when run twice.
 *
 * <p>Input layout: byte 0 chooses the method (low bits), the largest bead (bits 3-5) and hard
 * paragraphs (bit 6); then each byte is a sentence: bit 7 says the side (0 Dutch, 1 French), the
 * low seven bits its length in words, and a length of 0 ends the side's current paragraph.
 */
class AlignerFuzzTest {

    private static final String[] WORDS = {"akkoord", "bedrijven", "Microsoft", "l'accord", "signé", "2018", "de",
        "la", "veiligheid", "sécurité", "internet", "34", "firmes", "tekenden", "ont", "et"};

    @FuzzTest(maxDuration = "2m")
    void alignmentCoversEverySentenceOnceInOrder(byte[] input) {
        int flags = input.length > 0 ? input[0] & 0xff : 0;
        AlignmentMethod[] methods = AlignmentMethod.values();
        AlignerOptions options = AlignerOptions.builder()
                .method(methods[flags % methods.length])
                .maxBeadSize(1 + (flags >> 3 & 7) % AlignerOptions.MAX_BEAD_SIZE_LIMIT)
                .hardParagraphs((flags & 0x40) != 0)
                .build();
        List<List<List<String>>> sides = List.of(new ArrayList<>(List.of(new ArrayList<>())),
                new ArrayList<>(List.of(new ArrayList<>())));
        for (int i = 1; i < input.length; i++) {
            List<List<String>> side = sides.get((input[i] >> 7) & 1);
            int words = input[i] & 0x7f;
            if (words == 0) {
                side.add(new ArrayList<>());
            } else {
                side.get(side.size() - 1).add(sentence(i, words));
            }
        }
        Document nl = FuzzDocuments.of(Language.NL, sides.get(0));
        Document fr = FuzzDocuments.of(Language.FR, sides.get(1));
        SentenceAligner aligner = SentenceAligner.create(options);

        Alignment alignment = aligner.align(nl, fr);

        assertEquals(nl.size(), alignment.sourceSize());
        assertEquals(fr.size(), alignment.targetSize());
        for (Bead bead : alignment.beads()) {
            assertTrue(bead.score() >= 0 && bead.score() <= 1, "score out of range: " + bead);
        }
        assertEquals(alignment, aligner.align(nl, fr), "deterministic");
    }

    private static String sentence(int seed, int words) {
        StringBuilder s = new StringBuilder();
        for (int w = 0; w < words; w++) {
            s.append(w == 0 ? "" : " ").append(WORDS[(seed * 31 + w * 7) % WORDS.length]);
        }
        return s.append('.').toString();
    }
}
