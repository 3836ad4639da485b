package dev.accord.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.accord.core.Accord;
import dev.accord.core.extract.CompanyFinding;
import dev.accord.core.extract.CompanyMention;
import dev.accord.core.extract.DocumentFindings;
import dev.accord.core.extract.Fact;
import dev.accord.core.extract.PillarStatement;
import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import dev.accord.core.text.Sentence;
import dev.accord.extract.Extraction;
import dev.accord.extract.Extractor;
import dev.accord.io.InputFormat;
import dev.accord.io.InvalidInputException;
import dev.accord.io.TextReader;
import dev.accord.segment.SentenceSegmenter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fuzzes the extraction of one document with any text as a Dutch, French or English document:
 * {@link Extractor#extract} throws nothing (the language is always supported), the findings are
 * in the document's language and pass {@link DocumentFindings}' checks, every mention's span lies
 * in its sentence and covers the mention's text, every sentence index is one of the document's,
 * and a second extraction of the same document gives the same findings.
 *
 * <p>Input layout: byte 0 chooses the language (its low bits) and how the document is made (bit
 * 7); the rest, decoded as UTF-8 (bad bytes become U+FFFD), is the text. Made by the standard
 * reader and segmenter, as the command line does, or straight from the text with one sentence a
 * line and a blank line between paragraphs, so that any character (NUL, lone surrogates made by
 * the decoder, controls) reaches the extractor.
 */
class ExtractionFuzzTest {

    private static final List<Language> LANGUAGES = Arrays.stream(Language.values()).filter(Extraction::supports).toList();

    /** Built once: the extractor is immutable, and its result must not depend on earlier calls. */
    private static final Extractor EXTRACTOR = Extraction.extractor(Accord.cybersecurityTechAccord());

    @FuzzTest(maxDuration = "5m")
    void anyDocumentGivesFindingsWithinItsSentences(byte[] input) {
        int choice = input.length > 0 ? input[0] & 0xff : 0;
        Language language = LANGUAGES.get((choice & 0x7f) % LANGUAGES.size());
        String text = new String(input, Math.min(1, input.length), Math.max(0, input.length - 1), StandardCharsets.UTF_8);
        Document document;
        if ((choice & 0x80) == 0) {
            try {
                document = TextReader.of(InputFormat.TEXT).read(text, language);
            } catch (InvalidInputException refused) {
                return; // the reader's own fuzz target checks refusals
            }
            document = document.withSentences(SentenceSegmenter.standard().segment(document));
        } else {
            List<List<String>> paragraphs = new ArrayList<>();
            for (String paragraph : text.split("\n\n", -1)) {
                paragraphs.add(List.of(paragraph.split("\n", -1)));
            }
            document = FuzzDocuments.of(language, paragraphs);
        }

        DocumentFindings findings = EXTRACTOR.extract(document);

        assertEquals(language, findings.language());
        List<Sentence> sentences = document.sentences();
        for (CompanyFinding company : findings.companies()) {
            for (CompanyMention mention : company.mentions()) {
                assertTrue(mention.sentence() < sentences.size(), mention + " in one of " + sentences.size() + " sentences");
                Sentence sentence = sentences.get(mention.sentence());
                assertTrue(sentence.span().start() <= mention.span().start() && mention.span().end() <= sentence.span().end(),
                        mention + " lies in its sentence " + sentence.span());
                assertEquals(mention.span().coveredText(document.text()), mention.text(), mention + " text");
            }
        }
        for (PillarStatement pillar : findings.pillars()) {
            assertWithin(pillar.sentences(), sentences.size(), pillar.toString());
        }
        for (Fact fact : findings.facts()) {
            assertWithin(fact.sentences(), sentences.size(), fact.toString());
        }
        assertWithin(findings.accordSentences(), sentences.size(), "accord sentences");
        assertEquals(findings, EXTRACTOR.extract(document), "a second extraction gives the same findings");
    }

    private static void assertWithin(List<Integer> indices, int size, String what) {
        for (int index : indices) {
            assertTrue(index >= 0 && index < size, what + ": sentence " + index + " of " + size);
        }
    }
}
