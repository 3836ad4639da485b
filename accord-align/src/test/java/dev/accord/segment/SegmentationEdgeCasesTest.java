package dev.accord.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import dev.accord.core.text.Sentence;
import dev.accord.core.text.TextSpan;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SegmentationEdgeCasesTest {

    private final SentenceSegmenter segmenter = SentenceSegmenter.standard();

    static Stream<SegmentationCases.Case> dutch() {
        return SegmentationCases.dutch().stream();
    }

    static Stream<SegmentationCases.Case> french() {
        return SegmentationCases.french().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dutch")
    void dutchParagraphIsCutWhereExpected(SegmentationCases.Case c) {
        assertEquals(c.sentences(), split(c.language(), c.paragraph()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("french")
    void frenchParagraphIsCutWhereExpected(SegmentationCases.Case c) {
        assertEquals(c.sentences(), split(c.language(), c.paragraph()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("english")
    void englishParagraphIsCutWhereExpected(SegmentationCases.Case c) {
        assertEquals(c.sentences(), split(c.language(), c.paragraph()));
    }

    static Stream<SegmentationCases.Case> english() {
        return Stream.of(
                "But look at who stayed home. | Google? | No. | Apple? | No.",
                "Did Amazon sign? | No. | It stayed out.",
                "He spoke at No. 10 Downing Street. | Then he left.",
                "Mr. Smith signed for Microsoft Corp. on Tuesday.")
                .map(written -> SegmentationCases.Case.of(Language.EN, written));
    }

    private List<String> split(Language language, String paragraph) {
        Document d = Document.unsegmented(language, paragraph, List.of(new TextSpan(0, paragraph.length())));
        return segmenter.segment(d).stream().map(Sentence::text).toList();
    }
}
