package dev.accord.align;

import static dev.accord.align.AlignmentAssertions.assertValidAlignment;

import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import dev.accord.testing.ParallelText;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Randomised checks of the aligner contract: whatever the texts, and however one side splits,
 * merges, drops or adds sentences, every sentence of both sides ends up in exactly one bead, in
 * order. Run for every alignment method and for the smallest and largest bead sizes.
 */
class AlignmentInvariantPropertyTest {

    static Stream<AlignerOptions> aligners() {
        List<AlignerOptions> options = new ArrayList<>();
        for (AlignmentMethod method : AlignmentMethod.values()) {
            for (int maxBead : new int[] {1, 3, AlignerOptions.MAX_BEAD_SIZE_LIMIT}) {
                options.add(AlignerOptions.builder().method(method).maxBeadSize(maxBead).build());
            }
            options.add(AlignerOptions.builder().method(method).hardParagraphs(true).build());
        }
        return options.stream();
    }

    @ParameterizedTest
    @MethodSource("aligners")
    void randomSplitsMergesAndGapsAreEachCoveredOnceInOrder(AlignerOptions options) {
        SentenceAligner aligner = SentenceAligner.create(options);
        Random random = new Random(20261123L);
        for (int round = 0; round < 15; round++) {
            ParallelText text = ParallelText.generate(random, 1 + random.nextInt(70), random.nextDouble() * 0.5);
            List<String> target = new ArrayList<>(text.target());
            int gaps = random.nextInt(4);
            for (int g = 0; g < gaps && target.size() > 1; g++) { // sentences only one side has
                if (random.nextBoolean()) {
                    target.remove(random.nextInt(target.size()));
                } else {
                    target.add(random.nextInt(target.size() + 1), "Extra zin " + round + " " + g + ".");
                }
            }
            Document source = paragraphs(Language.NL, text.source(), random);
            Document translation = paragraphs(Language.FR, target, random);
            assertValidAlignment(source, translation, aligner.align(source, translation));
            assertValidAlignment(translation, source, aligner.align(translation, source));
        }
    }

    @ParameterizedTest
    @MethodSource("aligners")
    void oneSideEmptyOrSingleLeavesEverySentenceOfTheOtherInABead(AlignerOptions options) {
        SentenceAligner aligner = SentenceAligner.create(options);
        Random random = new Random(42);
        Document many = TestDocuments.random(Language.NL, random, 400);
        Document one = TestDocuments.sentences(Language.FR, "Une seule phrase.");
        Document none = TestDocuments.sentences(Language.FR);
        assertValidAlignment(many, one, aligner.align(many, one));
        assertValidAlignment(one, many, aligner.align(one, many));
        assertValidAlignment(many, none, aligner.align(many, none));
        assertValidAlignment(none, many, aligner.align(none, many));
        assertValidAlignment(none, none, aligner.align(none, none));
    }

    /** Cuts the sentences into paragraphs of random length. */
    private static Document paragraphs(Language language, List<String> sentences, Random random) {
        List<List<String>> paragraphs = new ArrayList<>();
        int i = 0;
        while (i < sentences.size()) {
            int n = Math.min(sentences.size() - i, 1 + random.nextInt(8));
            paragraphs.add(sentences.subList(i, i + n));
            i += n;
        }
        return TestDocuments.of(language, paragraphs);
    }
}
