package dev.accord.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accord.core.Meeting;
import dev.accord.core.Pillar;
import dev.accord.core.Role;
import dev.accord.core.align.Alignment;
import dev.accord.core.align.Bead;
import dev.accord.core.extract.CompanyFinding;
import dev.accord.core.extract.CompanyMention;
import dev.accord.core.extract.Comparison;
import dev.accord.core.extract.Comparison.Aspect;
import dev.accord.core.extract.DocumentFindings;
import dev.accord.core.extract.Fact;
import dev.accord.core.extract.PillarStatement;
import dev.accord.core.extract.Reconciliation;
import dev.accord.core.text.Language;
import dev.accord.core.text.TextSpan;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AlignmentReconcilerTest {

    /** Three Dutch sentences; French sentence 1 and 2 together translate Dutch sentence 1. */
    private static final Alignment ALIGNMENT = new Alignment(3, 4, List.of(
            Bead.of(List.of(0), List.of(0)), Bead.of(List.of(1), List.of(1, 2)), Bead.of(List.of(2), List.of(3))));

    private static final Reconciler RECONCILER = Extraction.reconciler();

    private static CompanyFinding company(String name, Set<Role> roles, String parent, int... sentences) {
        List<CompanyMention> mentions = java.util.Arrays.stream(sentences)
                .mapToObj(s -> new CompanyMention(name, s, new TextSpan(s * 100, s * 100 + name.length()), name)).toList();
        return new CompanyFinding(name, roles, java.util.Optional.ofNullable(parent), mentions);
    }

    private static DocumentFindings findings(Language l, List<CompanyFinding> companies, List<PillarStatement> pillars, List<Fact> facts) {
        return new DocumentFindings(l, companies, pillars, facts, List.of(0));
    }

    private static List<Comparison.Disagreement> disagreements(DocumentFindings nl, DocumentFindings fr) {
        return RECONCILER.reconcile(ALIGNMENT, nl, fr).disagreements();
    }

    @Test
    void theSameCompanyWithTheSameRolesInAlignedSentencesAgrees() {
        var nl = findings(Language.NL, List.of(company("Cisco", Set.of(Role.SIGNATORY), null, 1)), List.of(), List.of());
        var fr = findings(Language.FR, List.of(company("Cisco", Set.of(Role.SIGNATORY), null, 2)), List.of(), List.of());
        Reconciliation r = RECONCILER.reconcile(ALIGNMENT, nl, fr);
        assertTrue(r.isConsistent(), r.toString());
        assertEquals(List.of(Aspect.COMPANY, Aspect.MENTION), r.agreements().stream().map(Comparison::aspect).toList());
        assertEquals("SIGNATORY", r.agreements().get(0).value());
    }

    @Test
    void differentRolesOrParentsAreOneDisagreementThatSaysBoth() {
        var nl = findings(Language.NL, List.of(company("Google", Set.of(Role.NON_SIGNATORY), "Alphabet", 0)), List.of(), List.of());
        var fr = findings(Language.FR, List.of(company("Google", Set.of(Role.SIGNATORY), null, 0)), List.of(), List.of());
        var d = disagreements(nl, fr);
        assertEquals(1, d.size());
        assertEquals(Aspect.COMPANY, d.get(0).aspect());
        assertEquals("NON_SIGNATORY; parent Alphabet", d.get(0).source());
        assertEquals("SIGNATORY", d.get(0).target());
        assertEquals("roles differ: Dutch [NON_SIGNATORY], French [SIGNATORY]; parent differs: Dutch Alphabet, French none",
                d.get(0).reason());
    }

    @Test
    void aCompanyOnOneSideOnlyAndAMentionWithoutCounterpartAreReported() {
        var nl = findings(Language.NL, List.of(company("Cisco", Set.of(Role.MENTIONED), null, 0, 2),
                company("Oracle", Set.of(Role.SIGNATORY), null, 2)), List.of(), List.of());
        var fr = findings(Language.FR, List.of(company("Cisco", Set.of(Role.MENTIONED), null, 0)), List.of(), List.of());
        var d = disagreements(nl, fr);
        assertEquals(2, d.size(), d.toString());
        assertEquals("Oracle", d.get(0).subject());
        assertEquals("named only in the Dutch text (SIGNATORY)", d.get(0).reason());
        assertEquals(Aspect.MENTION, d.get(1).aspect());
        assertEquals("mentioned in Dutch sentence [2] but not in French [3]", d.get(1).reason());
        assertEquals(List.of(2), d.get(1).sourceSentences());
        assertEquals(List.of(3), d.get(1).targetSentences());
    }

    @Test
    void pillarsAgreeThroughAOneToTwoBeadAndDisagreeAcrossBeads() {
        var nl = findings(Language.NL, List.of(), List.of(new PillarStatement(Pillar.NO_OFFENSE, List.of(1)),
                new PillarStatement(Pillar.COLLECTIVE_ACTION, List.of(2))), List.of());
        var fr = findings(Language.FR, List.of(), List.of(new PillarStatement(Pillar.NO_OFFENSE, List.of(1, 2)),
                new PillarStatement(Pillar.COLLECTIVE_ACTION, List.of(0))), List.of());
        Reconciliation r = RECONCILER.reconcile(ALIGNMENT, nl, fr);
        assertEquals(List.of("NO_OFFENSE"), r.agreements().stream().map(Comparison::subject).toList());
        assertEquals("stated in sentences that are not aligned: Dutch [2], French [0]", r.disagreements().get(0).reason());
    }

    @Test
    void factsCompareByMeaningNotByWording() {
        var nl = findings(Language.NL, List.of(), List.of(), List.of(new Fact.SigningDay("Dinsdag", DayOfWeek.TUESDAY, List.of(0)),
                new Fact.SignatoryCount(34, List.of(0)), new Fact.FirstMeeting(new Meeting("RSA Conference", "Genève"), List.of(2))));
        var fr = findings(Language.FR, List.of(), List.of(), List.of(new Fact.SigningDay("mardi", DayOfWeek.TUESDAY, List.of(0)),
                new Fact.SignatoryCount(35, List.of(0)), new Fact.FirstMeeting(new Meeting("RSA Conference", "Genève"), List.of(3))));
        Reconciliation r = RECONCILER.reconcile(ALIGNMENT, nl, fr);
        assertEquals(List.of("signingDay:TUESDAY", "firstMeeting:RSA Conference, Genève"),
                r.agreements().stream().map(a -> a.subject() + ":" + a.value()).toList());
        assertEquals(1, r.disagreements().size());
        assertEquals("values differ: Dutch 34, French 35", r.disagreements().get(0).reason());
    }

    @Test
    void aSentenceOutsideTheAlignmentIsMisuse() {
        var nl = findings(Language.NL, List.of(company("Cisco", Set.of(Role.MENTIONED), null, 7)), List.of(), List.of());
        var fr = findings(Language.FR, List.of(company("Cisco", Set.of(Role.MENTIONED), null, 0)), List.of(), List.of());
        var e = assertThrows(IllegalArgumentException.class, () -> RECONCILER.reconcile(ALIGNMENT, nl, fr));
        assertEquals("Dutch sentence 7 is outside the alignment (3 sentences)", e.getMessage());
    }
}
