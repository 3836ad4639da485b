package dev.accord.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.accord.core.Pillar;
import dev.accord.core.Role;
import dev.accord.core.align.Alignment;
import dev.accord.core.align.Bead;
import dev.accord.core.extract.Comparison.Agreement;
import dev.accord.core.extract.Comparison.Aspect;
import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import dev.accord.core.text.Sentence;
import dev.accord.core.text.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BilingualReportTest {

    private static Document oneSentence(Language l, String text) {
        return new Document(l, text, List.of(new TextSpan(0, text.length())),
                List.of(new Sentence(0, 0, new TextSpan(0, text.length()), text)));
    }

    private static final Document NL = oneSentence(Language.NL, "Cisco tekent.");
    private static final Document FR = oneSentence(Language.FR, "Cisco signe.");
    private static final Alignment ONE = new Alignment(1, 1, List.of(Bead.of(List.of(0), List.of(0))));
    private static final DocumentFindings NL_FINDINGS = DocumentFindings.empty(Language.NL);
    private static final DocumentFindings FR_FINDINGS = DocumentFindings.empty(Language.FR);
    private static final Reconciliation NOTHING = new Reconciliation(List.of());

    @Test
    void givesEachSideByLanguage() {
        BilingualReport r = new BilingualReport(NL, FR, ONE, NL_FINDINGS, FR_FINDINGS, NOTHING);
        assertSame(FR, r.document(Language.FR));
        assertSame(NL_FINDINGS, r.findings(Language.NL));
        assertEquals("this report has a Dutch and a French side, no German side",
                assertThrows(IllegalArgumentException.class, () -> r.findings(Language.DE)).getMessage());
    }

    @Test
    void sidesInTheWrongLanguageAreRejected() {
        assertEquals("source and target are both French: a bilingual report needs two languages", assertThrows(IllegalArgumentException.class,
                () -> new BilingualReport(FR, FR, ONE, NL_FINDINGS, FR_FINDINGS, NOTHING)).getMessage());
        assertEquals("targetFindings must be French, got Dutch", assertThrows(IllegalArgumentException.class,
                () -> new BilingualReport(NL, FR, ONE, NL_FINDINGS, NL_FINDINGS, NOTHING)).getMessage());
    }

    @Test
    void anAlignmentOfOtherDocumentsIsRejected() {
        Alignment two = new Alignment(2, 1, List.of(Bead.of(List.of(0, 1), List.of(0))));
        assertEquals("alignment Alignment[2 x 1 sentences, 1 beads] does not cover 1 Dutch and 1 French sentences",
                assertThrows(IllegalArgumentException.class,
                        () -> new BilingualReport(NL, FR, two, NL_FINDINGS, FR_FINDINGS, NOTHING)).getMessage());
    }

    // Two Dutch sentences against one French one, for the consistency checks of findings.
    private static final Document NL2 = document(Language.NL, "Microsoft tekent.", "Apple niet.");
    private static final Document FR2 = document(Language.FR, "Microsoft signe, Apple non.");
    private static final Alignment ALIGNMENT = new Alignment(2, 1, List.of(Bead.ofRanges(0, 2, 0, 1, 0.9)));

    private static Document document(Language language, String... sentences) {
        String text = String.join(" ", sentences);
        List<Sentence> list = new ArrayList<>();
        int start = 0;
        for (String s : sentences) {
            list.add(new Sentence(list.size(), 0, new TextSpan(start, start + s.length()), s));
            start += s.length() + 1;
        }
        return new Document(language, text, List.of(new TextSpan(0, text.length())), list);
    }

    private static DocumentFindings findings(Language language, CompanyMention mention) {
        return new DocumentFindings(language, List.of(new CompanyFinding(mention.company(), Set.of(Role.SIGNATORY), Optional.empty(),
                List.of(mention))), List.of(), List.of(), List.of(mention.sentence()));
    }

    private static CompanyMention mention(String company, int sentence, int start) {
        return new CompanyMention(company, sentence, new TextSpan(start, start + company.length()), company);
    }

    @Test
    void acceptsFindingsAndComparisonsThatFitBothDocuments() {
        BilingualReport report = new BilingualReport(NL2, FR2, ALIGNMENT, findings(Language.NL, mention("Apple", 1, 18)),
                findings(Language.FR, mention("Apple", 0, 17)),
                new Reconciliation(List.of(new Agreement(Aspect.COMPANY, "Apple", "SIGNATORY", List.of(1), List.of(0)))));
        assertEquals(1, report.reconciliation().agreements().size());
    }

    @Test
    void rejectsMentionInASentenceTheDocumentDoesNotHave() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new BilingualReport(NL2, FR2,
                ALIGNMENT, DocumentFindings.empty(Language.NL), findings(Language.FR, mention("Apple", 1, 17)), NOTHING));
        assertEquals("fr mention of 'Apple' names sentence 1 but the document has 1 sentences", e.getMessage());
    }

    @Test
    void rejectsMentionOutsideItsSentenceOrNotMatchingTheText() {
        IllegalArgumentException outside = assertThrows(IllegalArgumentException.class, () -> new BilingualReport(NL2, FR2,
                ALIGNMENT, findings(Language.NL, mention("Apple", 0, 18)), DocumentFindings.empty(Language.FR), NOTHING));
        assertEquals("nl mention 'Apple' [18..23) is not in the text of sentence 0 [0..17)", outside.getMessage());
        IllegalArgumentException wrongText = assertThrows(IllegalArgumentException.class, () -> new BilingualReport(NL2, FR2,
                ALIGNMENT, findings(Language.NL, mention("Apple", 1, 17)), DocumentFindings.empty(Language.FR), NOTHING));
        assertEquals("nl mention 'Apple' [17..22) is not in the text of sentence 1 [18..29)", wrongText.getMessage());
    }

    @Test
    void rejectsPillarOrFactOrComparisonBeyondTheDocument() {
        DocumentFindings pillar = new DocumentFindings(Language.FR, List.of(),
                List.of(new PillarStatement(Pillar.NO_OFFENSE, List.of(0, 1))), List.of(), List.of(0));
        assertEquals("fr statement of NO_OFFENSE names sentence 1 but the document has 1 sentences",
                assertThrows(IllegalArgumentException.class, () -> new BilingualReport(NL2, FR2, ALIGNMENT,
                        DocumentFindings.empty(Language.NL), pillar, NOTHING)).getMessage());
        DocumentFindings fact = new DocumentFindings(Language.NL, List.of(), List.of(),
                List.of(new Fact.SignatoryCount(34, List.of(2))), List.of(0));
        assertEquals("nl fact SignatoryCount names sentence 2 but the document has 2 sentences",
                assertThrows(IllegalArgumentException.class, () -> new BilingualReport(NL2, FR2, ALIGNMENT, fact,
                        DocumentFindings.empty(Language.FR), NOTHING)).getMessage());
        Reconciliation beyond = new Reconciliation(List.of(new Agreement(Aspect.FACT, "signatories", "34", List.of(0),
                List.of(3))));
        assertEquals("fr comparison of 'signatories' names sentence 3 but the document has 1 sentences",
                assertThrows(IllegalArgumentException.class, () -> new BilingualReport(NL2, FR2, ALIGNMENT,
                        DocumentFindings.empty(Language.NL), DocumentFindings.empty(Language.FR), beyond)).getMessage());
    }

    @Test
    void rejectsNullsNamingThem() {
        assertEquals("reconciliation", assertThrows(NullPointerException.class, () -> new BilingualReport(NL2, FR2,
                ALIGNMENT, DocumentFindings.empty(Language.NL), DocumentFindings.empty(Language.FR), null)).getMessage());
    }

    @Test
    void rejectsASentenceAboutTheAccordBeyondTheDocument() {
        DocumentFindings about = new DocumentFindings(Language.FR, List.of(), List.of(), List.of(), List.of(0, 4));
        assertEquals("fr sentence about the accord names sentence 4 but the document has 1 sentences",
                assertThrows(IllegalArgumentException.class, () -> new BilingualReport(NL2, FR2, ALIGNMENT,
                        DocumentFindings.empty(Language.NL), about, NOTHING)).getMessage());
    }
}
