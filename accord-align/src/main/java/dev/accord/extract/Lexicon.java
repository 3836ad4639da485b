package dev.accord.extract;

import dev.accord.core.Pillar;
import dev.accord.core.text.Language;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The cue words of one language: what signals a role, a parent relation, a list of companies,
 * a pillar, a fact. All patterns use {@link Cue} syntax over folded words or Lucene terms.
 *
 * <p>Design decision: the cues are in code rather than in resource files because each list is
 * short, they are read together with the rules that use them, and the compiler checks them.
 *
 * @param initiatorPrefix cues after which a list of companies are the initiators
 * @param signatoryPrefix cues after which a list of companies are signatories
 * @param listPrefix cues that open a list of examples ({@code waaronder}, {@code dont}); the
 *     role comes from the clause
 * @param initiating predicates that say a subject started the accord ({@code namen het initiatief},
 *     {@code sont à l'origine})
 * @param signing predicates that say a subject signed or takes part
 * @param refusing predicates that say a subject did not sign, refused or is absent, on their own
 * @param negators words that turn a {@code signing} predicate nearby into its opposite
 * @param parentOf cues between a parent and its subsidiary ({@code X, la société-mère de Y})
 * @param subsidiaryOf cues between a subsidiary and its parent ({@code Y, dochter van X})
 * @param companyNouns nouns that introduce a company name in apposition ({@code het bedrijf X})
 * @param clauseBreaks words that start a new clause (adversative conjunctions)
 * @param coordinators words that join the items of a list
 * @param eventNouns nouns of events, folded, mapped to their English name ({@code conferentie} → Conference)
 * @param meeting cues of a meeting of the signatories
 * @param countNouns nouns that a number of signatories counts ({@code 34 bedrijven}, {@code 34 firmes})
 * @param pillarNouns nouns for the accord's principles ({@code pijlers}, {@code piliers})
 * @param ordinals ordinal discourse cues mapped to the position they announce (1..4), or 0
 *     for cues that announce a next item without a number, and {@link #LAST} for "finally"
 * @param continuations words that open a sentence continuing the previous one ({@code Dit}, {@code Cela})
 * @param pillarCues per pillar, weighted cues of its topic
 *     (the cue lists are indexed once, here: see {@link CueList})
 * @param numbers number words mapped to their value (compounds are read from their parts)
 * @param launching cues of a sentence that says when the accord was signed or presented
 * @param days the names of the weekdays, folded, Monday first
 */
record Lexicon(
        List<Cue> initiatorPrefix,
        List<Cue> signatoryPrefix,
        List<Cue> listPrefix,
        List<Cue> initiating,
        List<Cue> signing,
        List<Cue> refusing,
        List<Cue> negators,
        List<Cue> parentOf,
        List<Cue> subsidiaryOf,
        List<Cue> companyNouns,
        Set<String> clauseBreaks,
        Set<String> coordinators,
        Map<String, String> eventNouns,
        List<Cue> meeting,
        List<Cue> countNouns,
        List<Cue> pillarNouns,
        Map<Cue, Integer> ordinals,
        Set<String> continuations,
        Map<Pillar, WeightedCues> pillarCues,
        Map<String, Integer> numbers,
        List<Cue> launching,
        List<String> days) {

    /** The ordinal position of cues that announce the last item ({@code Ten slotte}, {@code Enfin}). */
    static final int LAST = Integer.MAX_VALUE;

    Lexicon {
        // Each cue list gets its bit in the lexicon's signatures, in this order (see cueLists()).
        initiatorPrefix = CueList.of(initiatorPrefix, 0);
        signatoryPrefix = CueList.of(signatoryPrefix, 1);
        listPrefix = CueList.of(listPrefix, 2);
        initiating = CueList.of(initiating, 3);
        signing = CueList.of(signing, 4);
        refusing = CueList.of(refusing, 5);
        negators = CueList.of(negators, 6);
        parentOf = CueList.of(parentOf, 7);
        subsidiaryOf = CueList.of(subsidiaryOf, 8);
        companyNouns = CueList.of(companyNouns, 9);
        clauseBreaks = Set.copyOf(clauseBreaks);
        coordinators = Set.copyOf(coordinators);
        eventNouns = Map.copyOf(eventNouns);
        meeting = CueList.of(meeting, 10);
        countNouns = CueList.of(countNouns, 11);
        pillarNouns = CueList.of(pillarNouns, 12);
        ordinals = longestFirst(ordinals);
        continuations = Set.copyOf(continuations);
        Map<Pillar, WeightedCues> numbered = new EnumMap<>(Pillar.class);
        for (Map.Entry<Pillar, WeightedCues> e : pillarCues.entrySet()) {
            WeightedCues w = e.getValue();
            numbered.put(e.getKey(), new WeightedCues(CueList.of(w.cues(), FIRST_PILLAR_BIT + e.getKey().ordinal()), w.weights()));
        }
        pillarCues = Map.copyOf(numbered);
        numbers = Map.copyOf(numbers);
        launching = CueList.of(launching, 13);
        days = List.copyOf(days);
    }

    /** The bit of the first pillar's cue list; the pillars' lists follow in {@link Pillar} order. */
    private static final int FIRST_PILLAR_BIT = 14;

    /** The bit of the ordinal cues in the lexicon's signatures: set on a token where one can start. */
    static final long ORDINAL_BIT = 1L << (FIRST_PILLAR_BIT + Pillar.values().length);

    /** Returns every cue list of this lexicon, each with its own bit; the ordinal cues last, as one list. */
    List<CueList> cueLists() {
        List<CueList> lists = new ArrayList<>();
        for (List<Cue> l : List.of(initiatorPrefix, signatoryPrefix, listPrefix, initiating, signing, refusing, negators,
                parentOf, subsidiaryOf, companyNouns, meeting, countNouns, pillarNouns, launching)) {
            lists.add((CueList) l);
        }
        for (WeightedCues w : new EnumMap<>(pillarCues).values()) {
            lists.add(w.cues());
        }
        lists.add(CueList.of(List.copyOf(ordinals.keySet()), Long.numberOfTrailingZeros(ORDINAL_BIT)));
        return List.copyOf(lists);
    }

    /**
     * Returns the signatures of the cue lists of {@code language}'s lexicon, built once with it.
     *
     * @throws IllegalArgumentException if Accord has no extraction lexicon for the language
     */
    static CueSignatures signatures(Language language) {
        return bundle(language).signatures();
    }

    /**
     * Returns the ordinal cues in a fixed order, the most slots first, then by pattern, so that
     * where two could match at one place the longer one is tried first, the same in every run
     * ({@code Map.copyOf} iterates in an order that changes from one JVM to the next).
     */
    private static Map<Cue, Integer> longestFirst(Map<Cue, Integer> ordinals) {
        Map<Cue, Integer> ordered = new LinkedHashMap<>();
        ordinals.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<Cue, Integer> e) -> -e.getKey().slots().size())
                        .thenComparing(e -> e.getKey().source()))
                .forEach(e -> ordered.put(Objects.requireNonNull(e.getKey(), "ordinal cue"),
                        Objects.requireNonNull(e.getValue(), "ordinal position")));
        return Collections.unmodifiableMap(ordered);
    }

    /**
     * Returns the lexicon of {@code language}.
     *
     * @throws IllegalArgumentException if Accord has no extraction lexicon for the language
     */
    static Lexicon of(Language language) {
        return bundle(language).lexicon();
    }

    /** A language's lexicon and the signatures of its own cue lists, built together once. */
    private record Bundle(Lexicon lexicon, CueSignatures signatures) {
        static Bundle of(Lexicon lexicon) {
            return new Bundle(lexicon, new CueSignatures(lexicon.cueLists()));
        }
    }

    private static Bundle bundle(Language language) {
        return switch (Objects.requireNonNull(language, "language")) {
            case NL -> Dutch.BUNDLE;
            case FR -> French.BUNDLE;
            case DE, EN -> throw new IllegalArgumentException(
                    "extraction supports Dutch and French, not " + language.englishName());
        };
    }

    /** Returns the day of the week a folded weekday name of this language means, if it is one. */
    java.util.Optional<java.time.DayOfWeek> weekday(String day) {
        int i = days.indexOf(Tokenizer.fold(day));
        return i < 0 ? java.util.Optional.empty() : java.util.Optional.of(java.time.DayOfWeek.of(i + 1));
    }

    /**
     * Cues with their weights, in the order written (scores are summed in this order).
     *
     * @param cues the cues, indexed
     * @param weights the weight of each cue, by position
     */
    record WeightedCues(CueList cues, List<Double> weights) {
        WeightedCues {
            weights = List.copyOf(weights);
            if (cues.size() != weights.size()) {
                throw new IllegalArgumentException(cues.size() + " cues but " + weights.size() + " weights");
            }
        }
    }

    private static WeightedCues weighted(Language language, Object... cueWeightPairs) {
        java.util.LinkedHashMap<Cue, Double> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < cueWeightPairs.length; i += 2) {
            map.put(Cue.of(language, (String) cueWeightPairs[i]), ((Number) cueWeightPairs[i + 1]).doubleValue());
        }
        return new WeightedCues(CueList.of(map.keySet()), List.copyOf(map.values()));
    }

    /** Holder of the Dutch lexicon, built on first use. */
    private static final class Dutch {
        private static final Language L = Language.NL;
        static final Bundle BUNDLE = Bundle.of(new Lexicon(
                Cue.all(L, "initiatief van", "op initiatief van", "initiatiefnemers|initiatiefnemer", "opgezet door",
                        "gelanceerd door", "bedacht door"),
                Cue.all(L, "ondertekend|getekend door", "ondertekenaars|ondertekenaar", "onderschreven door",
                        "ondertekenaars zijn", "onder de ondertekenaars"),
                Cue.all(L, "waaronder", "onder wie", "onder meer", "zoals", "onder andere", "met name", "namelijk"),
                Cue.all(L, "het initiatief", "initiatiefnemer|initiatiefnemers", "aan de wieg", "drijvende kracht*",
                        "bedachten|bedacht|lanceerden|lanceerde ... akkoord|pact|initiatief"),
                Cue.all(L, "ondertek*|onderschre*|onderschrijv*", "tekende|tekenden|getekend|tekent|tekenen",
                        "doen|doet|deed|deden ... mee", "sluit|sluiten|sloten ... aan", "aangesloten",
                        "scharen ... achter", "op de lijst", "van de partij"),
                Cue.all(L, "weiger*", "ontbre*|ontbrak|ontbraken", "afwezig*", "blijven|blijft|bleven ... weg",
                        "haken|haakt|haakten af", "afzijdig", "buiten de boot", "geen ondertekenaar*", "noch ... noch"),
                Cue.all(L, "niet", "geen", "nooit", "noch"),
                Cue.all(L, "overkoepelend|overkoepelende bedrijf|onderneming|groep boven|van",
                        "moederbedrijf|moederonderneming|moedergroep|holding van|boven", "eigenaar van"),
                Cue.all(L, "dochterbedrijf|dochteronderneming|dochter|onderdeel van", "eigendom van",
                        "moederbedrijf|moederonderneming|moedergroep|holding|eigenaar"),
                Cue.all(L, "bedrijf|onderneming|firma|concern|multinational|fabrikant|producent|leverancier|uitgever|operator|provider",
                        "*bedrijf|*gigant|*reus|*concern|*fabrikant|*maker|*leverancier|*operator|*specialist"),
                Set.of("maar", "terwijl", "hoewel", "doch"),
                Set.of(",", "en", "of", "als", "noch", "and", "&", "evenals"),
                Map.of("conferentie", "Conference", "conference", "Conference", "congres", "Congress", "congress", "Congress",
                        "top", "Summit", "summit", "Summit", "beurs", "Fair", "forum", "Forum", "expo", "Expo"),
                Cue.all(L, "samenkom*|samengekomen|bijeenkom*|vergader*|ontmoet*", "komen|komt|kwamen ... samen|bijeen",
                        "eerste ... bijeenkomst|vergadering|ontmoeting"),
                Cue.all(L, "*bedrijven|*bedrijf|ondernemingen|firma|firmas|spelers|ondertekenaars|techspelers|groepen|multinationals"),
                Cue.all(L, "pijler|pijlers|principe|principes|beginsel|beginselen|engagementen|beloftes|beloften"),
                Map.ofEntries(
                        Map.entry(Cue.of(L, "eerst en vooral"), 1), Map.entry(Cue.of(L, "ten eerste"), 1),
                        Map.entry(Cue.of(L, "in de eerste plaats"), 1), Map.entry(Cue.of(L, "allereerst"), 1),
                        Map.entry(Cue.of(L, "ten tweede"), 2), Map.entry(Cue.of(L, "in de tweede plaats"), 2),
                        Map.entry(Cue.of(L, "ten derde"), 3), Map.entry(Cue.of(L, "in de derde plaats"), 3),
                        Map.entry(Cue.of(L, "ten vierde"), 4), Map.entry(Cue.of(L, "daarnaast"), 0),
                        Map.entry(Cue.of(L, "verder"), 0), Map.entry(Cue.of(L, "voorts"), 0),
                        Map.entry(Cue.of(L, "bovendien"), 0), Map.entry(Cue.of(L, "vervolgens"), 0),
                        Map.entry(Cue.of(L, "ten slotte"), LAST), Map.entry(Cue.of(L, "tot slot"), LAST),
                        Map.entry(Cue.of(L, "tenslotte"), LAST), Map.entry(Cue.of(L, "als laatste"), LAST),
                        Map.entry(Cue.of(L, "tot besluit"), LAST)),
                Set.of("dit", "dat", "daarbij", "daarmee", "zo", "concreet", "hiermee", "hierbij", "daartoe"),
                Map.of(
                        Pillar.STRONGER_DEFENSE, weighted(L,
                                "alle|al gebruikers|klanten|internetgebruikers", 2, "*gebruikers|*klanten", 0.5,
                                "bescherm*|verdedig*", 1, "ongeacht", 2, "motief|motieven|bedoeling|beweegreden*", 1.5,
                                "nationaliteit", 1, "wereldwijd|overal|wereld", 1, "betere|sterkere beveiliging|verdediging", 1.5,
                                "slachtoffer*", 0.5),
                        Pillar.NO_OFFENSE, weighted(L,
                                "overheden|overheid|regeringen|regering|staten", 2, "nooit ... helpen|steunen|bijstaan", 3,
                                "onschuldig*", 2, "eigen software|producten|diensten", 1.5, "misbruik*", 1,
                                "manipul*|geknoei", 1.5, "aanvallen|aanval|cyberaanval|cyberaanvallen ... uit te voeren|lanceren", 1,
                                "offensie*", 1.5),
                        Pillar.CAPACITY_BUILDING, weighted(L,
                                "zichzelf ... bescherm*|verdedig*|wapenen", 3, "capaciteit*", 2.5, "weerbaar*", 2, "*beveiligingsfunctie*|*functies", 1,
                                "*maatregelen", 1, "middelen|tools|informatie", 0.5, "ontwikkelaars", 1,
                                "in staat ... stellen", 1.5, "stellen|stelt ... in staat", 1.5, "zich ... wapenen", 2),
                        Pillar.COLLECTIVE_ACTION, weighted(L,
                                "collectief|collectieve|gezamenlijk*", 2.5, "samenwerk*|samen", 1.5,
                                "*onderzoekers|*onderzoeker", 2, "transparan*", 2, "onderling", 1.5,
                                "banden|partnerschap*", 1, "delen|uitwisselen", 1.5, "communic*", 1,
                                "middenveld|maatschappij", 1)),
                Map.ofEntries(
                        Map.entry("een", 1), Map.entry("twee", 2), Map.entry("drie", 3), Map.entry("vier", 4),
                        Map.entry("vijf", 5), Map.entry("zes", 6), Map.entry("zeven", 7), Map.entry("acht", 8),
                        Map.entry("negen", 9), Map.entry("tien", 10), Map.entry("elf", 11), Map.entry("twaalf", 12),
                        Map.entry("dertien", 13), Map.entry("veertien", 14), Map.entry("vijftien", 15),
                        Map.entry("zestien", 16), Map.entry("zeventien", 17), Map.entry("achttien", 18),
                        Map.entry("negentien", 19), Map.entry("twintig", 20), Map.entry("dertig", 30),
                        Map.entry("veertig", 40), Map.entry("vijftig", 50), Map.entry("zestig", 60),
                        Map.entry("zeventig", 70), Map.entry("tachtig", 80), Map.entry("negentig", 90),
                        Map.entry("honderd", 100)),
                Cue.all(L, "ondertek*|tekende|tekenden|getekend", "voorgesteld|voorgestelde|aangekondigd|gelanceerd|onthuld",
                        "ondertekening|lancering|voorstelling"),
                List.of("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")));
    }

    /** Holder of the French lexicon, built on first use. */
    private static final class French {
        private static final Language L = Language.FR;
        static final Bundle BUNDLE = Bundle.of(new Lexicon(
                Cue.all(L, "une|l' initiative de|d'", "a l' initiative de|d'|du|des", "lanceurs|lanceur|initiateurs|initiateur",
                        "lance|lancee|lancée par", "initie|initiee|initié|initiée par"),
                Cue.all(L, "signe|signé|signee|signée|signes|signés par", "parmi les signataires", "signataires|signataire",
                        "ratifie|ratifié par"),
                Cue.all(L, "dont", "parmi lesquelles|lesquels|lesquels", "notamment", "comme", "tels|telles que|qu'",
                        "a savoir", "entre autres"),
                Cue.all(L, "l' initiative", "a l' origine", "initiateurs|initiateur|instigateurs|instigateur",
                        "lance|lancé|lancent|lancèrent ... accord|pacte|initiative"),
                Cue.all(L, "signe|signent|signer|signait|signaient|signera|signeront|signerait|signeraient|signee|signees|signes|signerent|signataire*|signature*", "ratifi*", "adher*|adhèr*", "rejoint|rejoignent|rejoindre", "particip*",
                        "sur la liste", "retrouve|retrouvent|figure|figurent"),
                Cue.all(L, "refus*", "absen*", "manqu*", "pas plus ... que|qu'", "ni ... ni", "abstien*|abstenu*",
                        "en dehors", "a l' ecart"),
                Cue.all(L, "ne|n'", "pas", "jamais", "aucun|aucune", "ni"),
                Cue.all(L, "societe-mere|société-mère|maison-mere|maison-mère de|d'|du",
                        "societe|société|maison mere|mère de|d'|du", "proprietaire|propriétaire de|d'|du",
                        "groupe|holding qui chapeaute|controle|contrôle"),
                Cue.all(L, "filiale de|d'|du", "appartient|appartenant a|à"),
                Cue.all(L, "societe|société|entreprise|firme|geant|géant|constructeur|fabricant|editeur|éditeur|operateur|opérateur|fournisseur|multinationale|equipementier|équipementier|specialiste|spécialiste"),
                Set.of("mais", "tandis", "alors", "cependant", "pourtant"),
                Set.of(",", "et", "ou", "ni", "and", "&", "ainsi"),
                Map.of("conference", "Conference", "congres", "Congress", "congress", "Congress", "sommet", "Summit", "summit", "Summit",
                        "salon", "Fair", "forum", "Forum", "expo", "Expo"),
                Cue.all(L, "reunir*|reunira|reunion|rencontr*|assemblee", "se retrouver*",
                        "premiere|première ... fois"),
                Cue.all(L, "entreprises|firmes|societes|groupes|signataires|acteurs|multinationales|compagnies|geants|editeurs|constructeurs"),
                Cue.all(L, "pilier|piliers|principe|principes|engagements|promesses"),
                Map.ofEntries(
                        Map.entry(Cue.of(L, "d' abord"), 1), Map.entry(Cue.of(L, "tout d' abord"), 1),
                        Map.entry(Cue.of(L, "premierement|premièrement"), 1), Map.entry(Cue.of(L, "en premier lieu"), 1),
                        Map.entry(Cue.of(L, "deuxiemement|deuxièmement|secundo"), 2), Map.entry(Cue.of(L, "en deuxieme|deuxième|second lieu"), 2),
                        Map.entry(Cue.of(L, "troisiemement|troisièmement|tertio"), 3), Map.entry(Cue.of(L, "en troisieme|troisième lieu"), 3),
                        Map.entry(Cue.of(L, "quatriemement|quatrièmement"), 4),
                        Map.entry(Cue.of(L, "ensuite"), 0), Map.entry(Cue.of(L, "de plus"), 0), Map.entry(Cue.of(L, "en outre"), 0),
                        Map.entry(Cue.of(L, "par ailleurs"), 0), Map.entry(Cue.of(L, "puis"), 0), Map.entry(Cue.of(L, "de surcroit|surcroît"), 0),
                        Map.entry(Cue.of(L, "enfin"), LAST), Map.entry(Cue.of(L, "pour finir"), LAST),
                        Map.entry(Cue.of(L, "en dernier lieu"), LAST), Map.entry(Cue.of(L, "finalement"), LAST)),
                Set.of("cela", "ceci", "ce", "c'", "ainsi", "concretement", "concrètement", "cette", "ces"),
                Map.of(
                        Pillar.STRONGER_DEFENSE, weighted(L,
                                "tous|toutes les|leurs utilisateurs|clients|internautes", 2, "utilisateurs|clients|internautes", 0.5,
                                "proteg*|protég*|protection|defend*|défend*", 1, "quel|quels|quelle|quelles que soit|soient", 2,
                                "peu importe", 2, "motif|motifs|mobile|intention|intentions", 1.5, "nationalite|nationalité", 1, "monde|partout|mondial", 1,
                                "meilleure securite|sécurité|defense|défense", 1.5, "victime*", 0.5),
                        Pillar.NO_OFFENSE, weighted(L,
                                "gouvernements|gouvernement|autorites|autorités|etats|états", 2,
                                "jamais ... aider|soutenir|assister", 3, "innocent*", 2,
                                "propres logiciels|produits|services", 1.5, "abus|detourn*|détourn*|exploit*", 1,
                                "manipul*|alter*|altér*", 1.5, "lancer|mener ... attaque*|cyber-attaque*|cyberattaque*", 1, "offensi*", 1.5),
                        Pillar.CAPACITY_BUILDING, weighted(L,
                                "se proteger|protéger|protegent|protègent|defendre|défendre", 3, "eux-memes|elles-memes", 1.5, "capacite*|capacité*", 2.5,
                                "fonctions|fonctionnalites|fonctionnalités", 1, "mesures", 1, "outils|informations", 0.5,
                                "developpeurs|développeurs", 1, "donner ... moyens", 1.5),
                        Pillar.COLLECTIVE_ACTION, weighted(L,
                                "collecti*|conjointement", 2.5, "collabor*|cooper*|coopér*|partenaria*|partenaires", 1.5,
                                "chercheur*", 2, "transparen*", 2, "entre elles|eux", 1.5,
                                "liens", 1, "partager|echanger|échanger", 1.5, "communiquer|communication", 1,
                                "societe|société civile", 1)),
                Map.ofEntries(
                        Map.entry("un", 1), Map.entry("une", 1), Map.entry("deux", 2), Map.entry("trois", 3),
                        Map.entry("quatre", 4), Map.entry("cinq", 5), Map.entry("six", 6), Map.entry("sept", 7),
                        Map.entry("huit", 8), Map.entry("neuf", 9), Map.entry("dix", 10), Map.entry("onze", 11),
                        Map.entry("douze", 12), Map.entry("treize", 13), Map.entry("quatorze", 14),
                        Map.entry("quinze", 15), Map.entry("seize", 16), Map.entry("vingt", 20),
                        Map.entry("trente", 30), Map.entry("quarante", 40), Map.entry("cinquante", 50),
                        Map.entry("soixante", 60), Map.entry("septante", 70), Map.entry("nonante", 90),
                        Map.entry("cent", 100)),
                Cue.all(L, "signe|signé|signée|signent|ont signé", "presente|présenté|presentee|présentée|annonce|annoncé|annoncee|annoncée|lance|lancé|lancee|lancée|devoile|dévoilé",
                        "signature|lancement|presentation|présentation"),
                List.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")));
    }
}
