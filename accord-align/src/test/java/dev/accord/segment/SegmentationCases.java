package dev.accord.segment;

import dev.accord.core.text.Language;
import java.util.Arrays;
import java.util.List;

/**
 * Hand-written segmentation cases: each case is one paragraph written as its expected sentences
 * separated by {@code " | "} (or {@code "\n| "} where a line break separates them); the input is
 * the same text with each separator replaced by a single space (or the line break). Shared by the edge-case tests and by the measurement of the segmentation options.
 */
final class SegmentationCases {

    static final String SEPARATOR = " | ";

    private SegmentationCases() {
    }

    /** A case: the paragraph and the sentences it must be cut into. */
    record Case(Language language, String paragraph, List<String> sentences) {
        static Case of(Language language, String written) {
            String paragraph = written.replace("\n| ", "\n").replace(SEPARATOR, " ");
            return new Case(language, paragraph, Arrays.asList(written.split("[ \n]\\| ")));
        }

        @Override
        public String toString() {
            return String.join(" ‖ ", sentences);
        }
    }

    static final String[] DUTCH = {
        "Dhr. Jansen tekende gisteren het akkoord. | Hij bleef niet lang.",
        "Er tekenden o.a. Microsoft en Dell. | Google niet.",
        "Dat zijn bv. Nokia en Dell. | Niet Apple.",
        "D.w.z. dat iedereen tekent. | Ook Apple?",
        "Zie blz. 12 van het rapport. | Daar staat het.",
        "Het gaat om nr. 5 op de lijst. | Die tekende.",
        "Appels, peren enz. | Daarna kwam de rest.",
        "Appels, peren enz. werden verkocht.",
        "Mevr. De Vries en dhr. Peeters tekenden. | Zij waren blij.",
        "Het kost ca. 3,5 miljoen euro. | Dat is veel.",
        "Er kwamen 1.000 mensen. | Dat waren er 1.500 minder dan vorig jaar.",
        "J.F. Kennedy sprak over veiligheid. | Iedereen luisterde.",
        "Kijk op www.cybertechaccord.org voor meer. | Of mail naar info@accord.nl.",
        "De pagina https://example.org/akkoord?taal=nl&v=2.1 is nieuw. | Bekijk ze.",
        "Hij twijfelde... | Toen tekende hij.",
        "Hij twijfelde... en tekende toch.",
        "Hij twijfelde… | Toen tekende hij.",
        "Waarom tekende Apple niet? | Niemand weet het.",
        "Wat?! | Tekent Google niet?",
        "Hij zei: 'Wij tekenen niet.' | Daarna vertrok hij.",
        "Hij vroeg: „Tekent u?” en ging weg.",
        "Ze riep: “Nooit!” | Toen was het stil.",
        "Het bedrijf heeft het akkoord (nog?) niet ondertekend.",
        "Google (waarom eigenlijk?) tekende niet. | Apple ook niet.",
        "'s Avonds tekenden ze. | 's Morgens niet.",
        "1. Inleiding",
        "Vier pijlers",
        "Google, Apple en Amazon doen niet mee",
        "Het kost € 3.000.000. | Dat is veel geld.",
        "Prof. dr. Jansen en ir. Peeters tekenden.",
        "Zie art. 5 en fig. 3. | Die zijn duidelijk.",
        "Het werd getekend t.a.v. de regering. | Die reageerde.",
        "In 2018 tekenden 34 bedrijven. | 20 andere volgden later.",
        "De 3de versie verscheen in mei. | De 2e volgde in juni.",
        "Tekende Apple? | Nee. | Amazon? | Ook niet.",
        "Het begint om 12.30 u. | We zijn klaar.",
        "Ze tekenden in de V.S. en in Europa.",
        "Het bedrag is 3,5 mln. | Meer niet.",
        "Het akkoord (zie bijlage 2 en 3, blz. 4) is kort. | Lees het.",
        "Het is het z.g. digitale verdrag van Genève. | Zo noemt men het.",
        "Microsoft, Facebook e.a. | Ze tekenden allemaal.",
        "Hij is 1,80 m. | Zijn broer is kleiner.",
        "Hij zei: „Wij tekenen niet. | Dat is definitief.” | Daarna vertrok hij.",
        "Ze vroeg (waarom? hoezo?) naar de reden. | Niemand antwoordde.",
        "Eerste regel\nloopt hier door. | Tweede zin.",
        "Vier pijlers\n| De bedrijven beloven dit vrij en veilig internet waar te maken.",
        "De pijlers zijn:\n| - bescherming van alle gebruikers\n| - geen hulp bij aanvallen\n| - meer samenwerking",
        "De bedrijven beloven dit vrij en veilig internet waar\nte maken aan de hand van vier pijlers, zeggen\nMicrosoft en Facebook.",
        "De verkoop steeg. | iPhone-modellen deden het goed.",
        "Het akkoord telt nu 34 leden. | eBay tekende niet.",
    };

    static final String[] FRENCH = {
        "M. Dupont a signé l'accord. | Mme Durand aussi.",
        "MM. Dupont et Durand ont signé. | Ils sont contents.",
        "On cite p. ex. Microsoft et Dell. | Pas Apple.",
        "Voir le chap. 3 du rapport. | C'est clair.",
        "Des pommes, des poires, etc. | Ensuite vint le reste.",
        "Des pommes, des poires, etc. sont vendues.",
        "César naquit en 100 av. J.-C. | Il mourut en 44 av. J.-C.",
        "Il y avait env. 3,5 millions d'euros. | C'est beaucoup.",
        "Il y avait 1 000 personnes. | C'était plein.",
        "Le 1er janvier, l'accord entre en vigueur. | Le 2e suit.",
        "Il est cependant singulier de noter celles qui ne l'ont pas (encore?) signé. | Apple n'a pas signé.",
        "But de la réunion? | Délimiter leurs futurs projets.",
        "« Pourquoi ? » demanda-t-il.",
        "Il demanda : « Pourquoi ? » | Personne ne répondit.",
        "« Nous ne signerons pas. » | Apple resta ferme.",
        "Il a dit “non !” et il est parti.",
        "Voir www.cybertechaccord.org pour plus d'infos. | Ou écrire à info@accord.fr.",
        "Il hésita... | Puis il signa.",
        "Il hésita… puis il signa.",
        "Quoi ?! | Google ne signe pas ?",
        "Le n° 5 de la liste a signé. | Le n° 6 non.",
        "Quatre piliers",
        "I. Introduction",
        "L'accord a été signé par 34 firmes. | 20 autres suivront.",
        "Il est 12 h 30. | La réunion commence.",
        "Le Dr. Martin et le Pr. Leroy ont signé. | Ils sont experts.",
        "Selon l'art. 5 de l'accord, tout est clair. | Voilà.",
        "Elle a dit : 'Nous signerons.' | Puis elle est partie.",
        "Qu'en pense-t-il\u00A0? | Rien.",
        "Le groupe (Microsoft, Facebook, etc.) a signé. | Apple non.",
        "Ils ont signé, c.-à-d. Microsoft et Dell. | Pas Apple.",
        "J.-P. Dupont a signé. | Il est content.",
        "Le texte (voir p. 12) est clair. | Tout le monde l'a lu.",
        "Vraiment ! | Vous plaisantez !",
        "L’accord n’a pas été signé par Apple. | C’est dommage.",
        "Le prix est de 3,5 M€. | C'est cher.",
        "Le site https://exemple.fr/accord?id=3 est en ligne. | Allez-y.",
        "Le 2e pilier protège les utilisateurs. | Le 3e les renforce.",
        "Google, Apple et Amazon brillent par leur absence",
        "Il l'a dit lui-même (« pas encore ! ») lors de la conférence. | Nous verrons.",
        "Microsoft, Facebook, Nokia, etc. | Tous ont signé.",
        "« Qui ? Moi ? » dit-il.",
        "Il a déclaré : « Nous ne signerons pas. | Notre position est connue. » | Puis il est parti.",
        "Le 1er pilier\nprotège tout le monde. | Le 2e aussi.",
        "Quatre piliers\n| Les entreprises promettent de garantir un internet libre et sûr.",
        "Les piliers :\n| • protéger tous les utilisateurs ;\n| • ne jamais aider à attaquer ;\n| • coopérer davantage.",
        "Les entreprises promettent de garantir un internet libre\net sûr sur base de quatre piliers, disent\nMicrosoft et Facebook.",
        "Louis XIV. | Ce roi a régné longtemps.",
    };

    static List<Case> dutch() {
        return Arrays.stream(DUTCH).map(s -> Case.of(Language.NL, s)).toList();
    }

    static List<Case> french() {
        return Arrays.stream(FRENCH).map(s -> Case.of(Language.FR, s)).toList();
    }
}
