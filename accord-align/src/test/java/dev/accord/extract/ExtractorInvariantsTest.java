package dev.accord.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accord.core.Accord;
import dev.accord.core.Role;
import dev.accord.core.align.Alignment;
import dev.accord.core.align.Bead;
import dev.accord.core.extract.BilingualReport;
import dev.accord.core.extract.CompanyFinding;
import dev.accord.core.extract.CompanyMention;
import dev.accord.core.extract.DocumentFindings;
import dev.accord.core.extract.PillarStatement;
import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever the text, findings stay consistent with the document; nothing throws. */
class ExtractorInvariantsTest {

    private static final String[] WORDS = {
        "Microsoft", "Google's", "Googles", "qu'Amazon", "d'Apple", "l'IBM", "RSA", "conferentie", "conférence",
        "San", "Francisco", "Genève", "waaronder", "dont", "ni", "niet", "ne", "pas", "signé", "ondertekenden",
        "weigerden", "een", "initiatief", "van", "une", "initiative", "de", "34", "vier", "pijlers", "bedrijven",
        "Dinsdag", "mardi", "het", "bedrijf", "la", "société-mère", "Ten", "tweede", "Enfin", "Samsung", "X-ray",
        "-", ",", ";", "(", ")", "?", "'", "’", "&", "Cybersecurity", "Tech", "Accord", "Zowel", "als", "Ook",
        "moederbedrijf", "Proximus-topman", "trente-quatre", "Vingt", "beschermen", "overheden", "nooit", "helpen",
    };

    private static String sentence(Random random) {
        StringBuilder b = new StringBuilder();
        int n = 1 + random.nextInt(18);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(WORDS[random.nextInt(WORDS.length)]);
        }
        if (random.nextBoolean()) {
            b.append('.');
        }
        return b.toString();
    }

    private static Document randomDocument(Language l, Random random, int sentences) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            b.append(sentence(random)).append(random.nextInt(3) == 0 ? "\n\n" : "\n");
        }
        return Texts.sentences(l, b.toString());
    }

    static void assertConsistent(Document d, DocumentFindings f) {
        assertEquals(d.language(), f.language());
        for (CompanyFinding c : f.companies()) {
            assertTrue(!c.roles().isEmpty());
            assertTrue(!(c.roles().contains(Role.MENTIONED) && c.roles().size() > 1), c.toString());
            for (CompanyMention m : c.mentions()) {
                assertEquals(m.text(), m.span().coveredText(d.text()));
                assertTrue(d.sentence(m.sentence()).span().contains(m.span()), m + " outside its sentence");
            }
        }
        for (PillarStatement p : f.pillars()) {
            assertTrue(p.sentences().get(p.sentences().size() - 1) < d.size());
        }
        f.facts().forEach(x -> assertTrue(x.sentences().get(x.sentences().size() - 1) < d.size()));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void randomTextsGiveConsistentFindingsOnBothSides(long seed) {
        Random random = new Random(seed);
        Document nl = randomDocument(Language.NL, random, 1 + random.nextInt(30));
        Document fr = randomDocument(Language.FR, random, 1 + random.nextInt(30));
        List<Bead> beads = new ArrayList<>();
        int common = Math.min(nl.size(), fr.size());
        for (int i = 0; i < common; i++) {
            beads.add(Bead.of(List.of(i), List.of(i)));
        }
        for (int i = common; i < nl.size(); i++) {
            beads.add(Bead.of(List.of(i), List.of()));
        }
        for (int i = common; i < fr.size(); i++) {
            beads.add(Bead.of(List.of(), List.of(i)));
        }
        BilingualReport report = Extraction.bilingual(Accord.cybersecurityTechAccord(), nl, fr, Alignment.of(nl, fr, beads));
        assertConsistent(nl, report.sourceFindings());
        assertConsistent(fr, report.targetFindings());
        int companies = report.sourceFindings().companies().size() + report.targetFindings().companies().size();
        assertTrue(report.reconciliation().comparisons().size() >= (companies + 1) / 2);
    }

    @Test
    void aDocumentWithoutSentencesHasNoFindings() {
        Document empty = Document.unsegmented(Language.NL, "", List.of());
        DocumentFindings f = Extraction.extractor(Accord.cybersecurityTechAccord()).extract(empty);
        assertEquals(DocumentFindings.empty(Language.NL), f);
    }

    @Test
    void aGermanDocumentIsRejectedWithTheLanguageNamed() {
        Document german = Texts.sentences(Language.DE, "Microsoft hat unterschrieben.");
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Extraction.extractor(Accord.cybersecurityTechAccord()).extract(german));
        assertEquals("extraction supports Dutch, French and English, not German", e.getMessage());
    }
}
