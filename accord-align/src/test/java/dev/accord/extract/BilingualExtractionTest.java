package dev.accord.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accord.core.Accord;
import dev.accord.core.Role;
import dev.accord.core.align.Alignment;
import dev.accord.core.align.Bead;
import dev.accord.core.extract.BilingualReport;
import dev.accord.core.extract.Comparison;
import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Any two extraction languages make a bilingual report; a role one side leaves implicit is carried over. */
class BilingualExtractionTest {

    private static Alignment oneToOne(Document source, Document target) {
        List<Bead> beads = new ArrayList<>();
        for (int i = 0; i < source.size(); i++) {
            beads.add(Bead.of(List.of(i), List.of(i)));
        }
        return Alignment.of(source, target, beads);
    }

    @Test
    void aRoleTheTranslationLeavesImplicitIsCarriedOverFromTheOtherSide() {
        Document fr = Texts.sentences(Language.FR, """
                Cisco et Oracle ont signé le Cybersecurity Tech Accord mardi.
                Le réseau de la salle était fourni par Nokia, qui a également signé.
                """);
        Document en = Texts.sentences(Language.EN, """
                Cisco and Oracle signed the Cybersecurity Tech Accord on Tuesday.
                The hall's network was supplied by Nokia.
                """);
        BilingualReport report = Extraction.bilingual(Accord.cybersecurityTechAccord(), fr, en, oneToOne(fr, en));
        assertEquals(Set.of(Role.SIGNATORY), report.sourceFindings().company("Nokia").orElseThrow().roles());
        assertEquals(Set.of(Role.MENTIONED), report.targetFindings().company("Nokia").orElseThrow().roles());
        assertEquals(List.of(new Comparison.Carried(Comparison.Aspect.COMPANY, "Nokia", "SIGNATORY", Comparison.Side.SOURCE,
                List.of(1), List.of(1))), report.reconciliation().carried());
        assertTrue(report.reconciliation().isConsistent(), report.reconciliation().toString());
    }

    @Test
    void englishAndDutchAgreeOnTheSameStatements() {
        Document en = Texts.sentences(Language.EN, """
                On Tuesday, 34 technology companies signed the Cybersecurity Tech Accord, an initiative of Microsoft and Facebook.
                Google and Apple did not sign.
                """);
        Document nl = Texts.sentences(Language.NL, """
                Dinsdag ondertekenden 34 technologiebedrijven het Cybersecurity Tech Accord, een initiatief van Microsoft en Facebook.
                Google en Apple tekenden niet.
                """);
        BilingualReport report = Extraction.bilingual(Accord.cybersecurityTechAccord(), en, nl, oneToOne(en, nl));
        assertEquals(List.of(), report.reconciliation().disagreements());
        assertEquals(Set.of(Role.NON_SIGNATORY), report.sourceFindings().company("Apple").orElseThrow().roles());
        assertTrue(report.reconciliation().agreements().stream().anyMatch(a -> a.subject().equals("signingDay") && a.value().equals("TUESDAY")));
    }
}
