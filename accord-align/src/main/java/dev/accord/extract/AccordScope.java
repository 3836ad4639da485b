package dev.accord.extract;

import dev.accord.core.Pillar;
import dev.accord.extract.Lexicon.Cues;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a document speaks of the accord. A document is about the accord when a sentence names it
 * ({@code Cybersecurity Tech Accord}; its short name {@code Tech Accord} only with a capital) or
 * describes it (an agreement noun and a word of cyber security in one sentence that names no other
 * pledge, with a noun of companies or members in it or at most {@value #COMPANY_WINDOW} sentences
 * from it: a pledge of companies, not an agreement between states; or an agreement noun and a noun
 * of companies in one sentence, at most {@value #CYBER_WINDOW} sentences from one on cyber security;
 * a sentence in which a government signs neither describes the accord nor lends its companies to a
 * neighbour, an agreement that a government signs is what sentences as near as its companies would
 * be speak of, and after such an agreement of states a definite one ({@code the pact}) is that
 * agreement; or a pledge of the accord's own content by companies named by a noun before it or in
 * the sentence before ({@link PillarConcepts#identifyingStart}). Descriptions count only in a text
 * that names this accord, or that names no other pledge, says of no body or government that it
 * drew its agreement up ({@code a code of conduct drawn up by their trade body}, {@code le ministère
 * qui a piloté la démarche}), opens no sentence with a government making one ({@code Kabinet sluit
 * cyberconvenant met havenbedrijven}) and gives it no more principles than the accord's four
 * ({@code The pledge rests on five principles}). The pledge such a document names first (the
 * accord, or another: the Paris Call, the Charter of Trust) is its subject, even where a
 * description comes before the name; a sentence that names the other one turns the text to it
 * until its paragraph ends or the subject is named again; so does a quoted name of an agreement of
 * its own ({@code la « Charte liégeoise de cybersécurité »}), in a heading too; where another pledge
 * is named first, a description is that pledge's until the accord is named, and a sentence that
 * names the accord only in a relative clause between commas speaks of it alone. In a passage on
 * the accord, a sentence that names another pledge only in a relative clause after a comma goes on
 * speaking of the accord, and so does a paragraph that opens with a list's opener ({@code Parmi
 * elles}); once both are named, signing both ({@code signed both texts}) signs the accord. Sentences that
 * speak of the accord are in scope; roles, pillars and counts are read only there. A press
 * release's boilerplate, from a heading such as {@code About X} to the next heading, is never in
 * scope.
 *
 * <p>Immutable.
 */
final class AccordScope {

    private final boolean[] inScope;
    private final List<Integer> references;

    private AccordScope(boolean[] inScope, List<Integer> references) {
        this.inScope = inScope;
        this.references = List.copyOf(references);
    }

    /** Returns the scope of a document's sentences. */
    static AccordScope of(List<AnalyzedSentence> sentences, Lexicon lexicon) {
        int n = sentences.size();
        boolean[] named = new boolean[n];
        boolean[] other = new boolean[n];
        boolean[] described = new boolean[n];
        boolean about = false;
        boolean[] companies = new boolean[n];
        boolean[] cyber = new boolean[n];
        boolean[] states = new boolean[n];
        for (int i = 0; i < n; i++) {
            List<Word> w = sentences.get(i).words();
            states[i] = signedByState(w, lexicon);
            companies[i] = !states[i] && companyNoun(w, 0, w.size(), lexicon);
            cyber[i] = lexicon.get(Cues.CYBER_WORDS).occursIn(w, 0, w.size());
        }
        boolean[] stateAgreement = new boolean[n];
        for (int i = 0; i < n; i++) {
            List<Word> w = sentences.get(i).words();
            stateAgreement[i] = states[i] && lexicon.get(Cues.ACCORD_NOUNS).occursIn(w, 0, w.size());
        }
        boolean stateAgreementBefore = false;
        for (int i = 0; i < n; i++) {
            List<Word> w = sentences.get(i).words();
            // "the Tech Accord", "het techakkoord" (one word that is only the accord's name); not a "tech accord" on
            // climate, a generic noun phrase in lower case
            List<PhraseList.Match> names = lexicon.get(Cues.ACCORD_NAMES).find(w);
            boolean titled = false; // a name of the accord that another agreement's title carries on
            for (PhraseList.Match m : names) {
                if (titleEnd(w, m.end(), lexicon) >= 0) {
                    titled = true;
                } else {
                    named[i] |= w.get(m.end() - 1).isCapitalised() || m.end() - m.start() > 2 || m.end() - m.start() == 1;
                }
            }
            other[i] = titled || lexicon.get(Cues.OTHER_PLEDGES).occursIn(w, 0, w.size())
                    || namedOtherAgreement(w, names, sentences.get(i).heading(), lexicon);
            // "Een akkoord moet het internet veiliger maken" under "Wat beloven de techreuzen?"; not "un accord de
            // coopération en cybersécurité entre la Belgique et le Luxembourg": companies make the pledge
            boolean companiesNear = false;
            boolean statesNear = false; // "Vlaanderen en Wallonië sluiten cyberakkoord" over "De ministers ondertekenden een cyberakkoord"
            for (int k = Math.max(0, i - COMPANY_WINDOW); k <= Math.min(n - 1, i + COMPANY_WINDOW); k++) {
                companiesNear |= companies[k];
                statesNear |= stateAgreement[k];
            }
            boolean agreement = lexicon.get(Cues.ACCORD_NOUNS).occursIn(w, 0, w.size());
            boolean cyberNear = false;
            for (int k = Math.max(0, i - CYBER_WINDOW); k <= Math.min(n - 1, i + CYBER_WINDOW) && !cyberNear; k++) {
                cyberNear = cyber[k];
            }
            // "l'accord que 34 groupes technologiques ont présenté", shortly after a sentence on cyberspace
            described[i] = !other[i] && !statesNear && agreement && (cyber[i] && companiesNear || cyberNear && companies[i])
                    // "trente-quatre entreprises ont juré de ne jamais prêter leur savoir-faire à un gouvernement
                    // qui voudrait s'en prendre à des citoyens": the accord by its content, never by its name
                    || !other[i] && pledgedByCompanies(w, i > 0 && companies[i - 1], lexicon);
            // "More than thirty organisations have now put their names to the pact": the agreement of states named before
            described[i] &= !(stateAgreementBefore && lexicon.get(Cues.ACCORD_PRONOUNS).occursIn(w, 0, w.size()));
            stateAgreementBefore |= stateAgreement[i];
        }
        referBackToOtherPledges(sentences, lexicon, named, other, described);
        boolean anyNamed = false;
        boolean anyOther = false;
        for (int i = 0; i < n; i++) {
            anyNamed |= named[i];
            anyOther |= other[i];
        }
        boolean bodyAuthored = false;
        for (int i = 0; i < n && !anyNamed; i++) {
            List<Word> w = sentences.get(i).words();
            bodyAuthored |= authoredByBody(w, lexicon) || governmentAgreement(w, lexicon)
                    || otherNumberOfPrinciples(sentences.get(i), lexicon);
        }
        for (int i = 0; i < n; i++) {
            // a text that names another pledge and never this accord describes that pledge ("la charte ... les entreprises"),
            // and so does one that says a body or a government drew its agreement up ("a code of conduct drawn up by their
            // trade body", "C'est le ministère qui a piloté la démarche"): the accord is the companies' own
            described[i] &= anyNamed || !anyOther && !bodyAuthored;
            about |= named[i] || described[i];
        }
        boolean[] inScope = new boolean[n];
        List<Integer> references = new ArrayList<>();
        if (about) {
            // The pledge a text names first is its subject (a description before it is the one the text then names:
            // "Une trentaine d'entreprises se sont engagées ... Elles ont paraphé la « Charte liégeoise pour la
            // sécurité numérique »"); naming the other one turns the text to it until the paragraph ends or the
            // first is named again.
            Boolean topic = null;
            for (int i = 0; i < n && topic == null; i++) {
                if (named[i]) {
                    topic = true;
                } else if (other[i]) {
                    topic = false;
                }
            }
            if (topic == null) {
                topic = true;
            }
            boolean ours = topic;
            int paragraph = -1;
            boolean namedBefore = false; // a sentence before names the accord
            boolean boilerplate = false; // "About Halvorsen Secure": the end of a press release speaks of the company
            for (int i = 0; i < n; i++) {
                List<Word> words = sentences.get(i).words();
                // until the next heading (not "About the Cybersecurity Tech Accord", which is about it)
                if (sentences.get(i).heading() && !words.isEmpty()) {
                    boilerplate = !named[i] && lexicon.get(Cues.BOILERPLATE_HEADINGS).matchAt(words, 0) != null
                            && !lexicon.get(Cues.ACCORD_NOUNS).occursIn(words, 0, words.size());
                }
                if (boilerplate) {
                    continue;
                }
                if (sentences.get(i).sentence().paragraph() != paragraph) {
                    paragraph = sentences.get(i).sentence().paragraph();
                    // "Parmi elles figurent Kestrel Systems et Tarnwick Secure" opening a paragraph lists the members the one before counted
                    ours = topic || ours && !words.isEmpty() && lexicon.get(Cues.LIST_OPENERS).matchAt(words, 0) != null;
                }
                // a description after another pledge named first is that pledge's, until the accord is named
                // ("The Harbour Pledge ... signed a joint pledge on Tuesday never to pay a ransom")
                boolean turns = named[i] || described[i] && (topic || namedBefore);
                // "Microsoft, dat al het Cybersecurity Tech Accord op gang had gebracht, steunde de oproep": in a text
                // on another pledge, this sentence speaks of the accord, the next ones still of the other pledge
                boolean passing = turns && !ours && !topic && namedInPassing(words, lexicon);
                if (turns && !passing) {
                    ours = true;
                } else if (other[i] && !(ours && otherInPassing(words, lexicon))) {
                    ours = false;
                }
                namedBefore |= named[i];
                // "Of the firms that signed both texts, the best known is Kestrel Systems": after the accord and another
                // pledge were named, signing both signs the accord too
                boolean both = !ours && namedBefore && anyOther && signedBoth(words, lexicon);
                inScope[i] = ours || passing || both;
                if (named[i] || described[i] || inScope[i] && (lexicon.get(Cues.ACCORD_NOUNS).occursIn(words, 0, words.size())
                        || lexicon.get(Cues.MEMBER_NOUNS).occursIn(words, 0, words.size()))) {
                    references.add(i);
                }
            }
        }
        return new AccordScope(inScope, references);
    }

    /**
     * Marks as naming another pledge the later sentences that call it by its own noun ({@code The
     * Siemens charter, backed by Airbus} after {@code its own Charter of Trust}; {@code la Charte}
     * after {@code la Charte de confiance}): a noun of agreements that a sentence naming another
     * pledge uses and no sentence naming the accord does, in a sentence that uses none of the
     * accord's. And the other way: after another pledge, a sentence that calls the accord, named
     * before, by the noun the text names it with ({@code the accord}) and uses none of the other's
     * speaks of the accord again.
     */
    private static void referBackToOtherPledges(List<AnalyzedSentence> sentences, Lexicon lexicon, boolean[] named,
            boolean[] other, boolean[] described) {
        boolean anyOther = false;
        for (boolean o : other) {
            anyOther |= o;
        }
        if (!anyOther) {
            return; // most texts name no other pledge
        }
        // each sentence's nouns of agreements, as their entries (whatever form of them the text writes)
        List<Set<String>> nouns = new ArrayList<>(sentences.size());
        Set<String> theirs = new HashSet<>();
        Set<String> ours = new HashSet<>();
        for (int i = 0; i < sentences.size(); i++) {
            Set<String> here = new HashSet<>();
            lexicon.get(Cues.ACCORD_NOUNS).find(sentences.get(i).words()).forEach(m -> here.add(m.phrase().toString()));
            nouns.add(here);
            // a sentence that names both ("Tarnwick, which joined the Charter of Trust, was also among the signatories of the
            // Tech Accord") tells neither's noun
            if (named[i] && !other[i]) {
                ours.addAll(here);
            } else if (other[i] && !named[i]) {
                theirs.addAll(here);
            }
        }
        theirs.removeAll(ours);
        boolean otherNamed = false;
        boolean ourNamed = false;
        for (int i = 0; i < sentences.size(); i++) {
            if (otherNamed && !named[i] && !other[i]) {
                boolean their = nouns.get(i).stream().anyMatch(theirs::contains);
                boolean our = nouns.get(i).stream().anyMatch(ours::contains);
                if (their && !our) {
                    other[i] = true;
                    described[i] = false;
                } else if (our && !their && ourNamed) {
                    described[i] = true; // "The accord, signed by Avast, is older": back from the other pledge
                }
            }
            otherNamed |= other[i];
            ourNamed |= named[i];
        }
    }

    /**
     * Returns true if companies pledge what only the accord pledges: named by a noun before the
     * pledge, or in the sentence before ("Three dozen technology companies ... They promised never to help
     * any government launch cyberattacks").
     */
    private static boolean pledgedByCompanies(List<Word> w, boolean companiesBefore, Lexicon lexicon) {
        int pledge = lexicon.pillars().identifyingStart(w);
        return pledge > 0 && companyNoun(w, 0, pledge, lexicon) || pledge >= 0 && companiesBefore;
    }

    /**
     * Returns true if a government signs in {@code w}: a word of a state's actors before a verb of
     * signing or an agreement noun with no noun of companies between them ("The Victorian government on Tuesday signed a
     * cybersecurity agreement with technology companies"; not "Alors que les gouvernements hésitent,
     * 34 entreprises ont signé un accord"), or after it and an agent's preposition ("signed at
     * Parliament House by the state's Minister").
     */
    private static boolean signedByState(List<Word> w, Lexicon lexicon) {
        List<PhraseList.Match> states = lexicon.get(Cues.STATE_ACTORS).find(w);
        if (states.isEmpty()) {
            return false;
        }
        List<PhraseList.Match> agents = lexicon.get(Cues.PASSIVE_AGENTS).find(w);
        List<PhraseList.Match> anchors = new ArrayList<>(lexicon.get(Cues.SIGNING).find(w));
        anchors.addAll(lexicon.get(Cues.ACCORD_NOUNS).find(w)); // "EU bereikt akkoord over cyberveiligheid"
        for (PhraseList.Match signing : anchors) {
            for (PhraseList.Match state : states) {
                // "Les syndicats de la chaîne Primeur devaient parapher un accord": a company noun of the state's own complement
                boolean complement = state.end() < w.size() && lexicon.get(Cues.OF_PREPOSITIONS).matchAt(w, state.end()) != null;
                if (state.end() <= signing.start() && (complement || !companyNoun(w, state.end(), signing.start(), lexicon))) {
                    return true;
                }
                if (state.start() >= signing.end() && !companyNoun(w, signing.end(), state.start(), lexicon)
                        && agents.stream().anyMatch(a -> a.start() >= signing.end() && a.end() <= state.start())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Returns true if {@code w} quotes the name of an agreement of its own, with a capital, or writes it
     * as a proper name ({@code the Cyber Resilience Pledge}), or quotes the name right after its noun
     * ({@code la charte « Cyber Loire »}), that is
     * not the accord: {@code la « Charte liégeoise de cybersécurité »}; not {@code het « Tech
     * Accord »}, nor the treaty Microsoft asks states for ({@code une « Convention de Genève
     * numérique »}); or writes a compound of a noun of agreements with a capital inside the sentence
     * ({@code het Netweerbaarheidsakkoord}). {@code ours} are the sentence's names of the accord.
     */
    private static boolean namedOtherAgreement(List<Word> w, List<PhraseList.Match> ours, boolean heading, Lexicon lexicon) {
        for (PhraseList.Match m : lexicon.get(Cues.AGREEMENT_COMPOUNDS).find(w)) {
            // "ondertekenden in Den Haag het Netweerbaarheidsakkoord": a compound with a capital inside a sentence
            if (!heading && m.start() > 0 && w.get(m.start()).isCapitalised()
                    && ours.stream().noneMatch(o -> o.start() <= m.start() && o.end() >= m.end())) {
                return true;
            }
        }
        for (PhraseList.Match m : lexicon.get(Cues.ACCORD_NOUNS).find(w)) {
            // the quotation may open on the name before the noun: "the "Harbour Pledge""
            int open = m.start();
            while (open > 0 && m.start() - open < QUOTED_NAME_REACH && w.get(open - 1).isCapitalised()
                    && !w.get(open).opensQuotation()) {
                open--;
            }
            boolean quoted = w.get(open).opensQuotation();
            boolean geneva = false;
            for (int k = m.end(); k < Math.min(w.size(), m.end() + 2); k++) {
                geneva |= w.get(k).fold().startsWith("genev");
            }
            // "the Cyber Resilience Pledge", "le Pacte Cyber de Wallonie": capitalised inside a sentence next to another
            // capitalised word, a proper name (not in a heading, whose words may all have capitals; a quoted one is read there)
            boolean named = !heading && w.get(m.start()).kind() == Word.Kind.NAME
                    && (m.start() > 0 && w.get(m.start() - 1).kind() == Word.Kind.NAME
                            || m.end() < w.size() && w.get(m.end()).kind() == Word.Kind.NAME);
            if ((quoted && w.get(m.start()).isCapitalised() || named) && !geneva
                    && ours.stream().noneMatch(o -> o.start() <= m.start() && o.end() >= m.end())) {
                return true;
            }
            // "la charte régionale de cybersécurité « Cyber Loire »", "het charter 'Veilig Limburg'": a quoted name after the noun
            for (int k = m.end(); k < Math.min(w.size(), m.end() + QUOTED_NAME_REACH) && !w.get(k).gapHasAny(",;:()"); k++) {
                int at = k;
                if (w.get(k).opensQuotation() && w.get(k).isCapitalised() && !geneva
                        && ours.stream().noneMatch(o -> o.start() <= at && o.end() > at)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Returns where the title of another agreement ends if one goes on after a name of the accord that ends before word
     * {@code end}, else -1: a word that links a title ({@code to}, {@code contre}), perhaps an article, and two
     * capitalised words that are no weekday, with no punctuation between them ({@code Tech Accord to Combat Deceptive Use
     * of AI in 2024 Elections}, {@code Tech Accord contre les Robots Tueurs}). The title runs on over its capitalised
     * words and the small words between them.
     */
    static int titleEnd(List<Word> w, int end, Lexicon lexicon) {
        if (end >= w.size() || lexicon.get(Cues.TITLE_LINKS).matchAt(w, end) == null || w.get(end).isCapitalised()
                || w.get(end).gapHasAny(TITLE_BREAKS)) {
            return -1;
        }
        int k = end + 1;
        if (k < w.size() && !w.get(k).isCapitalised() && lexicon.isStopWord(w.get(k).fold()) && !w.get(k).gapHasAny(TITLE_BREAKS)) {
            k++; // "contre les Robots Tueurs"
        }
        int capitals = 0;
        int last = -1;
        for (; k < w.size() && !w.get(k).gapHasAny(TITLE_BREAKS); k++) {
            Word word = w.get(k);
            if (word.isCapitalised() && lexicon.day(word.fold()) == null) {
                capitals++;
                last = k;
            } else if (capitals < TITLE_WORDS || !(lexicon.isStopWord(word.fold()) || word.kind() == Word.Kind.NUMBER)) {
                break;
            }
        }
        return capitals >= TITLE_WORDS ? last + 1 : -1;
    }

    /** How many capitalised words after its link make a title go on after the accord's name: {@value}. */
    static final int TITLE_WORDS = 2;

    /** Punctuation that ends a title: {@value}. */
    private static final String TITLE_BREAKS = ",;:.()";

    /** How far after a noun of agreements the quoted name it goes by may start ({@code la charte régionale de cybersécurité « Cyber Loire »}): {@value} words. */
    static final int QUOTED_NAME_REACH = 5;

    private static boolean companyNoun(List<Word> w, int from, int to, Lexicon lexicon) {
        return lexicon.get(Cues.COMPANY_NOUNS).occursIn(w, from, to) || lexicon.get(Cues.MEMBER_NOUNS).occursIn(w, from, to);
    }

    /** How many sentences from an agreement and a word of cyber security a noun of companies may stand to make it the accord: {@value}. */
    static final int COMPANY_WINDOW = 2;

    /** How many sentences from an agreement of companies a word of cyber security may stand to make it the accord: {@value}. */
    static final int CYBER_WINDOW = 2;

    /**
     * Returns true if a sentence names the accord only in a relative clause between commas ({@code
     * Microsoft, dat eerder al het Cybersecurity Tech Accord op gang had gebracht, steunde de oproep
     * meteen}): it speaks of the accord in passing.
     */
    private static boolean namedInPassing(List<Word> w, Lexicon lexicon) {
        List<PhraseList.Match> names = lexicon.get(Cues.ACCORD_NAMES).find(w);
        for (PhraseList.Match m : names) {
            int[] clause = RoleRules.commaRelativeClause(w, m.start(), lexicon);
            if (clause == null || clause[1] < m.end() || clause[1] == w.size() || !w.get(clause[1]).gapHasAny(",")) {
                return false;
            }
        }
        return !names.isEmpty();
    }

    /**
     * Returns true if a sentence names other pledges only in a relative clause opened after a comma
     * ({@code Parmi elles figurent Kestrel Systems et Tarnwick Secure, qui ont aussi soutenu l'Appel de Paris}): in a
     * passage on the accord, it goes on speaking of the accord.
     */
    private static boolean otherInPassing(List<Word> w, Lexicon lexicon) {
        List<PhraseList.Match> others = lexicon.get(Cues.OTHER_PLEDGES).find(w);
        return !others.isEmpty()
                && RoleRules.relativeClauseBetween(w, 1, others.stream().mapToInt(PhraseList.Match::start).min().orElseThrow(), lexicon);
    }

    /**
     * Returns true if a verb of signing takes as its object a word of two ({@code signed both texts},
     * {@code put its name to both}, {@code a signé les deux}): at most {@value #BOTH_GAP} words after it.
     */
    private static boolean signedBoth(List<Word> w, Lexicon lexicon) {
        List<PhraseList.Match> duals = lexicon.get(Cues.DUAL_WORDS).find(w);
        if (duals.isEmpty()) {
            return false; // most sentences
        }
        return lexicon.get(Cues.SIGNING).find(w).stream()
                .anyMatch(m -> duals.stream().anyMatch(d -> d.start() >= m.end() && d.start() - m.end() <= BOTH_GAP));
    }

    /** How many words (a preposition, an article) may stand between a verb of signing and a word of two as its object: {@value}. */
    static final int BOTH_GAP = 1;

    /** The most words between a government that opens a sentence and the agreement it makes ({@code Kabinet sluit cyberconvenant}): {@value}. */
    static final int GOVERNMENT_REACH = 2;

    /**
     * Returns true if a sentence opens with a government that makes an agreement ({@code Kabinet sluit
     * cyberconvenant met havenbedrijven}, {@code The government signed a covenant}): not the
     * accord, which companies make among themselves.
     */
    private static boolean governmentAgreement(List<Word> w, Lexicon lexicon) {
        PhraseList.Match state = lexicon.get(Cues.STATE_ACTORS).find(w).stream().findFirst().orElse(null);
        if (state == null || state.start() > 1) {
            return false;
        }
        for (Cues c : new Cues[] {Cues.SIGNING, Cues.ACCORD_NOUNS}) {
            for (PhraseList.Match m : lexicon.get(c).find(w)) {
                if (m.start() >= state.end() && m.start() - state.end() <= GOVERNMENT_REACH
                        && w.subList(state.end(), m.start() + 1).stream().noneMatch(x -> x.gapHasAny(",;:"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Returns true if a sentence gives an agreement more principles than the accord's four ({@code The
     * pledge rests on five principles}): another agreement, in a text that never names the accord.
     */
    private static boolean otherNumberOfPrinciples(AnalyzedSentence s, Lexicon lexicon) {
        List<Word> w = s.words();
        PhraseList nouns = lexicon.get(Cues.PILLAR_NOUNS);
        if (!nouns.occursIn(w, 0, w.size()) || !lexicon.get(Cues.ACCORD_NOUNS).occursIn(w, 0, w.size())) {
            return false;
        }
        NumberReader numbers = NumberReader.of(lexicon.language());
        return FactRules.countsBefore(s, lexicon, nouns, new FactRules.Readings(s, numbers, lexicon)).stream()
                .anyMatch(c -> c.value() > Pillar.values().length && c.value() <= FactRules.MAX_PILLARS);
    }

    /**
     * Returns true if a noun of a body with members or of a state's actors is the agent of a cue of
     * initiating, at most {@value #AUTHOR_REACH} words after it ({@code drawn up by their trade body}), or the
     * subject of a cue of initiating or leading, right before it ({@code le ministère qui a piloté la démarche}).
     */
    private static boolean authoredByBody(List<Word> w, Lexicon lexicon) {
        List<PhraseList.Match> bodies = new ArrayList<>(lexicon.get(Cues.MEMBER_BODIES).find(w));
        bodies.addAll(lexicon.get(Cues.STATE_ACTORS).find(w));
        if (bodies.isEmpty()) {
            return false;
        }
        for (Cues c : new Cues[] {Cues.INITIATING, Cues.LAUNCHED_BY, Cues.LEADING}) {
            for (PhraseList.Match m : lexicon.get(c).find(w)) {
                for (PhraseList.Match b : bodies) {
                    // the body as the agent after a passive cue, or as the subject right before an active one
                    boolean agent = c != Cues.LEADING && b.start() >= m.end() && b.start() - m.end() <= AUTHOR_REACH;
                    // ("The ministry led the talks", "le ministère qui a piloté"; not "aider un gouvernement à lancer des
                    // attaques", what the accord forbids)
                    boolean subject = b.end() <= m.start() && m.start() - b.end() <= SUBJECT_REACH && !preposition(w.get(m.start()))
                            && w.subList(b.end(), m.start() + 1).stream().noneMatch(x -> x.gapHasAny(",;:"))
                            && (b.end() == m.start() || lexicon.get(Cues.RELATIVE_PRONOUNS).matchAt(w, b.end()) != null);
                    if (agent || subject) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Returns true if a word is a one-letter preposition whose fold is an auxiliary's ({@code à}, folded {@code a}). */
    private static boolean preposition(Word word) {
        return word.surface().length() == 1 && !word.surface().equalsIgnoreCase(word.fold());
    }

    /** How far before a cue of initiating or leading a body may stand to be its subject ({@code le ministère qui a piloté}): {@value} words. */
    static final int SUBJECT_REACH = 3;

    /** How far from a cue of initiating a body may stand to be the author of an agreement: {@value} words. */
    static final int AUTHOR_REACH = 3;

    /** Returns true if the document speaks of the accord at all. */
    boolean about() {
        return !references.isEmpty();
    }

    /** Returns true if sentence {@code i} may state roles, pillars and counts. */
    boolean inScope(int i) {
        return inScope[i];
    }

    /** Returns the sentences that name, describe or refer back to the accord, ascending. */
    List<Integer> references() {
        return references;
    }
}
