package dev.accord.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.accord.AccordPipeline;
import dev.accord.core.Accord;
import dev.accord.core.extract.BilingualReport;
import dev.accord.core.extract.CompanyFinding;
import dev.accord.core.extract.DocumentFindings;
import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The whole pipeline on the bundled raw seed articles (reader, segmenter, aligner, extraction)
 * finds exactly what extraction finds on the gold sentence split, which matches the gold
 * annotation ({@link SeedExtractionTest}).
 */
class SeedPipelineTest {

    private static BilingualReport pipeline;

    @BeforeAll
    static void runThePipeline() {
        AccordPipeline p = AccordPipeline.standard();
        pipeline = p.extract(p.seedPair());
    }

    /** Returns the findings with mention spans left out (the raw text and the gold split differ in white space). */
    private static String summary(DocumentFindings f) {
        StringBuilder b = new StringBuilder();
        for (CompanyFinding c : f.companies()) {
            b.append(c.name()).append(c.roles()).append(c.parent().orElse("")).append(c.sentences())
                    .append(c.mentions().stream().map(m -> m.text()).toList()).append('\n');
        }
        b.append(f.pillars()).append('\n').append(f.facts());
        return b.toString();
    }

    @ParameterizedTest
    @EnumSource(names = {"NL", "FR"})
    void rawSeedThroughThePipelineGivesTheGoldFindings(Language l) {
        Document gold = Texts.seed(l);
        assertEquals(gold.sentences().stream().map(s -> s.text()).toList(),
                pipeline.document(l).sentences().stream().map(s -> s.text()).toList());
        DocumentFindings expected = Extraction.extractor(Accord.cybersecurityTechAccord()).extract(gold);
        assertEquals(summary(expected), summary(pipeline.findings(l)));
        assertEquals(List.of(), pipeline.reconciliation().disagreements());
    }
}
