package dev.accord.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.accord.core.align.Alignment;
import dev.accord.core.align.Bead;
import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import dev.accord.core.text.Sentence;
import dev.accord.core.text.TextSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class BilingualReportTest {

    private static Document document(Language l, String text) {
        return new Document(l, text, List.of(new TextSpan(0, text.length())),
                List.of(new Sentence(0, 0, new TextSpan(0, text.length()), text)));
    }

    private static final Document NL = document(Language.NL, "Cisco tekent.");
    private static final Document FR = document(Language.FR, "Cisco signe.");
    private static final Alignment ONE = new Alignment(1, 1, List.of(Bead.of(List.of(0), List.of(0))));
    private static final DocumentFindings NL_FINDINGS = new DocumentFindings(Language.NL, List.of(), List.of(), List.of());
    private static final DocumentFindings FR_FINDINGS = new DocumentFindings(Language.FR, List.of(), List.of(), List.of());
    private static final Reconciliation NOTHING = new Reconciliation(List.of());

    @Test
    void givesEachSideByLanguage() {
        BilingualReport r = new BilingualReport(NL, FR, ONE, NL_FINDINGS, FR_FINDINGS, NOTHING);
        assertSame(FR, r.document(Language.FR));
        assertSame(NL_FINDINGS, r.findings(Language.NL));
        assertEquals("a bilingual report has no German side",
                assertThrows(IllegalArgumentException.class, () -> r.findings(Language.DE)).getMessage());
    }

    @Test
    void sidesInTheWrongLanguageAreRejected() {
        assertEquals("nl must be Dutch, got French", assertThrows(IllegalArgumentException.class,
                () -> new BilingualReport(FR, FR, ONE, NL_FINDINGS, FR_FINDINGS, NOTHING)).getMessage());
        assertEquals("frFindings must be French, got Dutch", assertThrows(IllegalArgumentException.class,
                () -> new BilingualReport(NL, FR, ONE, NL_FINDINGS, NL_FINDINGS, NOTHING)).getMessage());
    }

    @Test
    void anAlignmentOfOtherDocumentsIsRejected() {
        Alignment two = new Alignment(2, 1, List.of(Bead.of(List.of(0, 1), List.of(0))));
        assertEquals("alignment Alignment[2 x 1 sentences, 1 beads] does not cover 1 Dutch and 1 French sentences",
                assertThrows(IllegalArgumentException.class,
                        () -> new BilingualReport(NL, FR, two, NL_FINDINGS, FR_FINDINGS, NOTHING)).getMessage());
    }
}
