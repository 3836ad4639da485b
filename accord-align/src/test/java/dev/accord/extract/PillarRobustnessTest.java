package dev.accord.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accord.core.Accord;
import dev.accord.core.Pillar;
import dev.accord.core.align.Alignment;
import dev.accord.core.align.Bead;
import dev.accord.core.extract.BilingualReport;
import dev.accord.core.extract.Comparison;
import dev.accord.core.extract.DocumentFindings;
import dev.accord.core.extract.PillarStatement;
import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import dev.accord.testing.SentenceFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Pillars are found by what sentences say, whatever the order of paragraphs, the headings or the wording. */
class PillarRobustnessTest {

    private static final Extractor EXTRACTOR = Extraction.extractor(Accord.cybersecurityTechAccord());

    /** Returns, per pillar, the texts of its sentences. */
    static Map<Pillar, List<String>> pillarTexts(Document d) {
        DocumentFindings f = EXTRACTOR.extract(d);
        Map<Pillar, List<String>> out = new EnumMap<>(Pillar.class);
        for (PillarStatement p : f.pillars()) {
            out.put(p.pillar(), p.sentences().stream().map(i -> d.sentence(i).text()).toList());
        }
        return out;
    }

    static List<List<String>> paragraphs(Language l) throws IOException {
        return SentenceFiles.paragraphs(SeedExtractionTest.resource("/seed/" + l.iso639_1() + ".sentences.txt"));
    }

    static Document join(Language l, List<List<String>> paragraphs) {
        StringBuilder b = new StringBuilder();
        for (List<String> p : paragraphs) {
            b.append(String.join("\n", p)).append("\n\n");
        }
        return Texts.sentences(l, b.toString());
    }

    @ParameterizedTest
    @EnumSource(names = {"NL", "FR"})
    void headingsDoNotChangeThePillars(Language l) throws IOException {
        Map<Pillar, List<String>> withHeadings = pillarTexts(Texts.seed(l));
        List<List<String>> noHeadings = paragraphs(l).stream().filter(p -> p.size() > 1 || p.get(0).matches(".*[.?!]$")).toList();
        assertEquals(paragraphs(l).size() - 2, noHeadings.size());
        assertEquals(withHeadings, pillarTexts(join(l, noHeadings)));
        assertEquals(4, withHeadings.size());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2018})
    void shuffledParagraphsKeepTheirPillars(long seed) throws IOException {
        // A paragraph shuffled into the passage after "vier pijlers" may add a sentence that also
        // states a pillar (the seed's opening "protect all users"): every statement stays, none moves.
        for (Language l : List.of(Language.NL, Language.FR)) {
            Map<Pillar, List<String>> original = pillarTexts(Texts.seed(l));
            List<List<String>> shuffled = new ArrayList<>(paragraphs(l));
            Collections.shuffle(shuffled, new Random(seed));
            Map<Pillar, List<String>> got = pillarTexts(join(l, shuffled));
            assertEquals(original.keySet(), got.keySet(), l + " shuffled with seed " + seed);
            original.forEach((pillar, sentences) -> assertTrue(got.get(pillar).containsAll(sentences),
                    l + " shuffled with seed " + seed + ": " + pillar + " lost " + sentences + ", got " + got.get(pillar)));
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"NL", "FR"})
    void rewordedPillarsInAnotherOrderAreMappedByMeaning(Language l) {
        String text = l == Language.NL ? """
                Het akkoord rust op vier principes.

                Ten eerste willen de ondertekenaars samenwerken met onafhankelijke beveiligingsonderzoekers en informatie over dreigingen delen.

                Ten tweede krijgen klanten en ontwikkelaars de middelen om zichzelf te beschermen.

                Ten derde beloven ze alle gebruikers te beschermen, ongeacht het motief van de aanvaller.

                Tot slot zullen ze overheden nooit helpen om onschuldige burgers aan te vallen.
                Dat geldt ook voor hun eigen producten, die ze tegen misbruik beveiligen.
                """ : """
                L'accord repose sur quatre principes.

                Premièrement, les signataires veulent collaborer avec des chercheurs indépendants et partager les informations sur les menaces.

                Deuxièmement, les clients et les développeurs recevront les outils pour se protéger eux-mêmes.

                Troisièmement, ils promettent de protéger tous les utilisateurs, quel que soit le motif de l'attaquant.

                Enfin, ils ne vont jamais aider les gouvernements à attaquer des citoyens innocents.
                Cela vaut aussi pour leurs propres produits, qu'ils protègent contre les abus.
                """;
        Document d = Texts.sentences(l, Texts.aboutTheAccord(l, text));
        Map<Pillar, List<Integer>> got = new EnumMap<>(Pillar.class);
        EXTRACTOR.extract(d).pillars().forEach(p -> got.put(p.pillar(), p.sentences()));
        assertEquals(Map.of(Pillar.COLLECTIVE_ACTION, List.of(1), Pillar.CAPACITY_BUILDING, List.of(2),
                Pillar.STRONGER_DEFENSE, List.of(3), Pillar.NO_OFFENSE, List.of(4, 5)), got);
    }

    @ParameterizedTest
    @EnumSource(names = {"NL", "FR"})
    void pillarsWithoutOrdinalCuesAreFoundByTheirWords(Language l) {
        String text = l == Language.NL ? """
                De bedrijven willen overheden nooit helpen met aanvallen op onschuldige burgers.

                Ze werken collectief samen met onderzoekers en communiceren transparant.

                Ze beschermen alle gebruikers wereldwijd, ongeacht het motief.

                Gebruikers krijgen de capaciteit om zichzelf te beschermen.
                """ : """
                Les entreprises ne vont jamais aider les gouvernements à attaquer des citoyens innocents.

                Elles agissent de manière collective avec les chercheurs et communiquent de façon transparente.

                Elles protègent tous les utilisateurs dans le monde, quel que soit le motif.

                Les utilisateurs auront la capacité de se protéger.
                """;
        Map<Pillar, List<Integer>> got = new EnumMap<>(Pillar.class);
        EXTRACTOR.extract(Texts.sentences(l, Texts.aboutTheAccord(l, text))).pillars().forEach(p -> got.put(p.pillar(), p.sentences()));
        assertEquals(Map.of(Pillar.NO_OFFENSE, List.of(0), Pillar.COLLECTIVE_ACTION, List.of(1),
                Pillar.STRONGER_DEFENSE, List.of(2), Pillar.CAPACITY_BUILDING, List.of(3)), got);
    }

    @ParameterizedTest
    @EnumSource(names = {"NL", "FR"})
    void otherWordsForThePillarsAreRecognised(Language l) {
        String text = l == Language.NL ? """
                De ondertekenaars verdedigen al hun klanten overal ter wereld, wat de bedoeling van de aanvaller ook is.

                Ze stellen klanten in staat om zich te wapenen en maken hen weerbaarder.

                Offensieve operaties van regeringen tegen onschuldige burgers zullen ze nooit steunen.

                Met partners en onderzoekers delen ze informatie over dreigingen, in alle openheid en transparantie.
                """ : """
                Les signataires défendront tous leurs clients partout dans le monde, quelles que soient les intentions de l'attaquant.

                Ils donneront aux utilisateurs les moyens de se défendre eux-mêmes.

                Ils ne soutiendront jamais les opérations offensives des gouvernements contre des citoyens innocents.

                Avec leurs partenaires et les chercheurs, ils partageront les informations sur les menaces, en toute transparence.
                """;
        Map<Pillar, List<Integer>> got = new EnumMap<>(Pillar.class);
        EXTRACTOR.extract(Texts.sentences(l, Texts.aboutTheAccord(l, text))).pillars().forEach(p -> got.put(p.pillar(), p.sentences()));
        assertEquals(Map.of(Pillar.STRONGER_DEFENSE, List.of(0), Pillar.CAPACITY_BUILDING, List.of(1),
                Pillar.NO_OFFENSE, List.of(2), Pillar.COLLECTIVE_ACTION, List.of(3)), got);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}: {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "fr|Le plus commenté, c'est le refus d'aider un gouvernement à mener des attaques contre des civils.|NO_OFFENSE",
        "fr|Elles jurent de ne jamais mettre leur savoir-faire au service d'un État décidé à frapper des innocents.|NO_OFFENSE",
        "nl|Geen enkele overheid die onschuldige burgers digitaal te lijf wil gaan, zal op hen kunnen rekenen.|NO_OFFENSE",
        "en|They pledged not to assist any government in attacking innocent people.|NO_OFFENSE",
        "en|None of these companies will help a government break into ordinary people's laptops.|NO_OFFENSE",
        "en|And they intend to pool what they know, with one another and with independent researchers.|COLLECTIVE_ACTION",
        "nl|De leden spreken af om met andere leden en met onderzoekers informatie over aanvallen uit te wisselen.|COLLECTIVE_ACTION",
    })
    void pillarsInJournalistsWordsAreFound(String language, String sentence, String pillar) {
        Language l = Language.fromCode(language);
        List<Pillar> got = EXTRACTOR.extract(Texts.sentences(l, Texts.aboutTheAccord(l, sentence))).pillars().stream()
                .map(PillarStatement::pillar).toList();
        assertEquals(List.of(Pillar.valueOf(pillar)), got);
    }

    @Test
    void aPillarSplitDifferentlyInOneLanguageStillAgreesOverTheAlignment() throws IOException {
        List<List<String>> fr = new ArrayList<>(paragraphs(Language.FR));
        // merge the two French sentences of the second pillar into one
        for (int i = 0; i < fr.size(); i++) {
            List<String> p = fr.get(i);
            if (p.size() == 2 && p.get(0).startsWith("Ensuite")) {
                String merged = p.get(0).substring(0, p.get(0).length() - 1) + "; c" + p.get(1).substring(1);
                fr.set(i, List.of(merged));
            }
        }
        Document nlDoc = Texts.seed(Language.NL);
        Document frDoc = join(Language.FR, fr);
        assertEquals(19, frDoc.size());
        List<Bead> beads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            beads.add(Bead.of(List.of(i), List.of(i)));
        }
        beads.add(Bead.of(List.of(8, 9), List.of(8)));
        for (int i = 10; i < 17; i++) {
            beads.add(Bead.of(List.of(i), List.of(i - 1)));
        }
        beads.add(Bead.of(List.of(17), List.of(16, 17, 18)));
        BilingualReport report = Extraction.bilingual(Accord.cybersecurityTechAccord(), nlDoc, frDoc,
                Alignment.of(nlDoc, frDoc, beads));
        assertEquals(List.of(8), report.targetFindings().pillars().get(1).sentences());
        assertEquals(List.of(8, 9), report.sourceFindings().pillars().get(1).sentences());
        assertEquals(List.of(), report.reconciliation().disagreements());
        assertTrue(report.reconciliation().agreements().stream()
                .anyMatch(a -> a.aspect() == Comparison.Aspect.PILLAR && a.subject().equals("NO_OFFENSE")));
    }
}
