package dev.accord.extract;

import dev.accord.core.Meeting;
import dev.accord.core.extract.CountQualifier;
import dev.accord.core.extract.Fact;
import dev.accord.extract.Lexicon.Cues;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Reads the facts of a document from the sentences that speak of the accord.
 *
 * <ul>
 *   <li>Numbers of signatories: a number in digits or words with its qualifier ({@link NumberReader}:
 *       {@code ruim 150}, {@code une centaine}, {@code dépasse les 150}), followed within
 *       {@value #COUNT_NOUN_WINDOW} words by a noun of companies or members, in a sentence that
 *       speaks of the accord; also a number ending its clause in a sentence about the members or
 *       about companies signing, or after a sentence about signing ({@code les signataires étaient
 *       déjà soixante-et-onze}, {@code Intussen zijn het er ruim honderdvijftig}), the subject of a
 *       pro-verb after such a sentence ({@code Thirty-four did so}), or a number alone that the next
 *       sentence names ({@code Trente-quatre. C'est le nombre d'entreprises qui ont signé}). A
 *       threshold passed makes a count more than its number ({@code heeft de kaap van honderd
 *       overschreden}), as does {@code 150+}. Not counts: years, percentages, ages, numbers below
 *       the founders' number rounded down to ten ({@link #fewestSignatories}: a part of the
 *       members), parts of the members ({@code honderd van de leden}, {@code surveyed 85 member
 *       companies}), numbers of states or newcomers
 *       ({@code 33 other firms}), compounds ({@code six-person}), list numbers, numbers in a name
 *       ({@code ISO 27001}). Each count is then found in every sentence that repeats it.</li>
 *   <li>The number of principles: a number of at least {@value #MIN_PILLARS} before a noun of
 *       principles, outside headings.</li>
 *   <li>The signing day: a weekday, in any word order, in a sentence about signing or presenting
 *       that is not about a meeting, unless it dates a statement ({@code said on Tuesday}).</li>
 *   <li>The first meeting: a known event, or a name next to an event noun, and a place (a known
 *       place by its first name, written with a capital, or a name after a preposition of place) in
 *       a sentence about meeting.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
final class FactRules {

    /** How many words may stand between a count and its noun ({@code 34 internationale bedrijven}): {@value}. */
    static final int COUNT_NOUN_WINDOW = 3;
    /** Four digits from this value up to {@link #LAST_YEAR}, with no separator, are read as years, not counts ({@code depuis 1864}): {@value}. */
    static final int FIRST_YEAR = 1000;
    /** See {@link #FIRST_YEAR}: {@value}. */
    static final int LAST_YEAR = 2100;
    /** The largest count that the names after it may spell out, which makes it a part of the members: {@value}. */
    static final int ENUMERATED_MAX = 12;
    /** How far after its noun the names a count spells out may begin ({@code signatories of the accord, X and Y}): {@value} words. */
    static final int ENUMERATION_WINDOW = 5;
    /** How far after a verb of saying a weekday dates the statement ({@code a déclaré mardi}, {@code said on Tuesday}): {@value} words. */
    static final int SPEECH_WINDOW = 2;

    /** A number read in a sentence: words {@code [start, end)}, its qualifier's from {@code lead} ({@code start} if none). */
    record Count(int value, CountQualifier qualifier, int start, int end, int lead) {
        Count(int value, CountQualifier qualifier, int start, int end) {
            this(value, qualifier, start, end, start);
        }

        /** Returns this count with another qualifier. */
        Count with(CountQualifier other) {
            return new Count(value, other, start, end, lead);
        }
    }

    private FactRules() {
    }

    /**
     * Reads the facts of a document.
     *
     * @param founders the number of the accord's founding signatories (see {@link #fewestSignatories})
     */
    static List<Fact> extract(List<AnalyzedSentence> sentences, Lexicon lexicon, AccordScope scope, Gazetteer gazetteer,
            int founders) {
        NumberReader numbers = NumberReader.of(lexicon.language());
        List<Fact> facts = new ArrayList<>();
        facts.addAll(signatoryCounts(sentences, lexicon, scope, numbers, fewestSignatories(founders)));
        Fact pillarCount = pillarCount(sentences, lexicon, scope, numbers);
        if (pillarCount != null) {
            facts.add(pillarCount);
        }
        Fact day = signingDay(sentences, lexicon, scope);
        if (day != null) {
            facts.add(day);
        }
        Fact meeting = firstMeeting(sentences, lexicon, scope, gazetteer);
        if (meeting != null) {
            facts.add(meeting);
        }
        return facts;
    }

    /** The numbers of one sentence, read once at each word where one starts (most words start none). */
    static final class Readings {
        private final Count[] at;

        Readings(AnalyzedSentence s, NumberReader numbers, Lexicon lexicon) {
            List<Word> w = s.words();
            List<String> forms = forms(w);
            at = new Count[w.size()];
            for (int i = 0; i < w.size(); i++) {
                at[i] = numbers.read(forms, i).filter(p -> p.value() > 0 && p.value() <= Integer.MAX_VALUE)
                        .filter(p -> !percentage(w, p.words().end(), lexicon))
                        .map(p -> new Count((int) p.value(), p.qualifier() == CountQualifier.EXACT && moreAfter(w, p.words().end(), lexicon)
                                ? CountQualifier.MORE_THAN : p.qualifier(), p.words().start(), p.words().end(), p.qualifierWords().start()))
                        .orElse(null);
            }
        }

        /**
         * Returns true if a plus sign ends a number that ends before word {@code end} ({@code 150+
         * signatories}) or words that say more follow it ({@code les 160 et quelques signataires}).
         */
        private static boolean moreAfter(List<Word> w, int end, Lexicon lexicon) {
            return end < w.size() && (w.get(end).gap().startsWith("+") || lexicon.get(Cues.MORE_AFTER).matchAt(w, end) != null);
        }

        /** Returns true if a number ending before word {@code end} is a percentage ({@code 50%}, {@code 41 procent}). */
        private static boolean percentage(List<Word> w, int end, Lexicon lexicon) {
            return end < w.size() && (w.get(end).gap().contains("%") || lexicon.get(Cues.PERCENT_WORDS).matchAt(w, end) != null);
        }

        /** Returns the count whose number starts at word {@code i}, or null. */
        Count at(int i) {
            return at[i];
        }
    }

    /** Returns the counts of a sentence followed, within {@link #COUNT_NOUN_WINDOW} words, by a word of {@code nouns}. */
    static List<Count> countsBefore(AnalyzedSentence s, Lexicon lexicon, PhraseList nouns, Readings readings) {
        List<Word> w = s.words();
        List<Count> out = new ArrayList<>();
        int i = 0;
        while (i < w.size()) {
            Count c = readings.at(i);
            if (c == null) {
                i++;
                continue;
            }
            boolean year = c.end() - c.start() == 1 && isYear(w, c);
            boolean newcomers = c.end() < w.size() && lexicon.get(Cues.INCREMENT_WORDS).matchAt(w, c.end()) != null;
            // "the six-person company", but "the 100-signatory mark" counts signatories
            boolean compound = c.end() < w.size() && w.get(c.end()).gap().equals("-") && nouns.matchAt(w, c.end()) == null
                    && lexicon.get(Cues.MORE_AFTER).matchAt(w, c.end()) == null; // but "150-odd members"
            boolean itemNumber = c.start() == 0 && RoleRules.isListItem(w); // "3. Cisco. L'équipementier ..."
            if (!year && !newcomers && !compound && !itemNumber && !partOfName(w, c)) {
                for (int k = c.end(); k <= Math.min(w.size() - 1, c.end() + COUNT_NOUN_WINDOW); k++) {
                    if (w.get(k).gapHasAny(",;:(")) {
                        break; // "just over 150, and the four promises": the noun after a comma is not the number's
                    }
                    if (k > c.end() && (lexicon.get(Cues.OF_PREPOSITIONS).matchAt(w, k) != null
                            || lexicon.get(Cues.PLACE_PREPOSITIONS).matchAt(w, k) != null
                            // "een bedrijf van driehonderd mensen tussen de techreuzen": a word of the count's own noun phrase, then
                            // a preposition (but "34 of the largest companies")
                            || lexicon.isStopWord(w.get(k).fold()) && !lexicon.isStopWord(w.get(k - 1).fold())
                                    && lexicon.get(Cues.COORDINATORS).matchAt(w, k) == null)) { // "technology and security companies"
                        break; // "un livre de 280 pages aux engagements": the count has its own noun before the preposition
                    }
                    if (lexicon.get(Cues.STATE_ACTORS).matchAt(w, k) != null) {
                        break; // "les 193 États membres de l'ONU": members, but states
                    }
                    PhraseList.Match noun = nouns.matchAt(w, k);
                    if (noun != null) {
                        if (!enumerated(w, c, noun.end())) {
                            out.add(c);
                        }
                        break;
                    }
                }
            }
            i = c.end();
        }
        return out;
    }

    /**
     * Returns true if a small count is followed by the names it counts ({@code Two smaller
     * signatories, Kestrel Networks and Harbourline Data}, {@code drie bedrijven: X, Y en Z}): a
     * part of the members, not their number.
     */
    private static boolean enumerated(List<Word> w, Count c, int nounEnd) {
        if (c.value() > ENUMERATED_MAX) {
            return false;
        }
        // the names may follow a complement of the noun: "Drie ondertekenaars van het akkoord: Telenet, ..."
        for (int j = nounEnd; j < Math.min(w.size(), nounEnd + ENUMERATION_WINDOW); j++) {
            if (w.get(j).gapHasAny(",:;(")) {
                return !w.get(j).gapHasAny(";(") && w.get(j).kind() == Word.Kind.NAME;
            }
        }
        return false;
    }

    /**
     * Returns the words' folds as the number reader reads them: with a French elided article put
     * back ({@code d'une centaine}), which the analysis keeps in the gap.
     */
    private static List<String> forms(List<Word> words) {
        List<String> forms = new ArrayList<>(words.size());
        for (Word w : words) {
            String gap = w.gap();
            int apostrophe = Math.max(gap.lastIndexOf('\''), gap.lastIndexOf('’'));
            if (apostrophe == gap.length() - 1 && apostrophe > 0 && Character.isLetter(gap.charAt(apostrophe - 1))) {
                int start = apostrophe;
                while (start > 0 && Character.isLetter(gap.charAt(start - 1))) {
                    start--;
                }
                forms.add(gap.substring(start, apostrophe).toLowerCase(java.util.Locale.ROOT) + "'" + w.fold());
            } else {
                forms.add(w.fold());
            }
        }
        return forms;
    }

    private static List<Fact> signatoryCounts(List<AnalyzedSentence> sentences, Lexicon lexicon, AccordScope scope,
            NumberReader numbers, int fewest) {
        Map<String, TreeSet<Integer>> stated = new LinkedHashMap<>();
        Map<String, Count> values = new LinkedHashMap<>();
        List<List<Count>> perSentence = new ArrayList<>();
        boolean previousSigning = false;
        boolean previousCount = false;
        Count alone = null; // the number the sentence before consists of ("Trente-quatre."), if it does
        for (AnalyzedSentence s : sentences) {
            List<Count> counts = List.of();
            boolean signing = false;
            boolean counted = false;
            if (alone != null && scope.inScope(s.index()) && lexicon.get(Cues.COUNT_REFERENTS).matchAt(s.words(), 0) != null
                    && (lexicon.get(Cues.SIGNING).occursIn(s.words(), 0, s.size()) || lexicon.get(Cues.MEMBER_NOUNS).occursIn(s.words(), 0, s.size()))
                    && alone.value() >= fewest && alone.value() <= MAX_SIGNATORIES) {
                // "Trente-quatre. C'est le nombre d'entreprises qui se sont liées par un pacte", "- 163. Zoveel leden telt het pact."
                String key = alone.qualifier() + " " + alone.value();
                values.putIfAbsent(key, alone);
                stated.computeIfAbsent(key, k -> new TreeSet<>()).add(s.index() - 1);
            }
            alone = numberAlone(s, numbers);
            if (scope.inScope(s.index())) {
                Readings readings = new Readings(s, numbers, lexicon);
                // "protects more than 300 small businesses": a company's customers, not the accord's members
                List<PhraseList.Match> serving = lexicon.get(Cues.SERVING_VERBS).find(s.words());
                // "De Kempense Technologiefederatie, die 410 leden telt": the members of another body
                List<PhraseList.Match> bodies = lexicon.get(Cues.MEMBER_BODIES).find(s.words());
                Predicate<Count> served = c -> serving.stream().anyMatch(m -> m.end() <= c.start() && c.start() - m.end() <= SERVING_GAP)
                        || bodies.stream().anyMatch(m -> m.end() <= c.start() && c.start() - m.end() <= BODY_REACH
                                && !lexicon.get(Cues.ACCORD_NAMES).occursIn(s.words(), m.end(), c.start())
                                && !lexicon.get(Cues.ACCORD_NOUNS).occursIn(s.words(), m.end(), c.start()));
                List<Count> companyCounts = countsBefore(s, lexicon, lexicon.get(Cues.COMPANY_NOUNS), readings).stream()
                        .filter(served.negate()).toList();
                // "minstens honderd van de leden publiceren niets": a part of the members (but "34 of the world's
                // largest companies" are all of them); "We surveyed 85 member companies": some of them
                List<Count> members = new ArrayList<>(countsBefore(s, lexicon, lexicon.get(Cues.MEMBER_NOUNS), readings).stream()
                        .filter(c -> !partitive(s.words(), c, lexicon) && !served.test(c)).toList());
                members.addAll(countsBefore(s, lexicon, lexicon.get(Cues.COUNT_NOUNS), readings)); // "thirty-four names"
                List<Count> all = new ArrayList<>(companyCounts);
                all.addAll(members);
                List<Word> w = s.words();
                boolean membersNamed = lexicon.get(Cues.MEMBER_NOUNS).occursIn(w, 0, w.size());
                signing = lexicon.get(Cues.SIGNING).occursIn(w, 0, w.size())
                        || lexicon.get(Cues.LAUNCHING).occursIn(w, 0, w.size());
                boolean accordNamed = lexicon.get(Cues.ACCORD_NAMES).occursIn(w, 0, w.size())
                        || lexicon.get(Cues.ACCORD_NOUNS).occursIn(w, 0, w.size());
                // "Het akkoord begon met 34 bedrijven", "In 2018, 34 technology companies made a promise": in a text's
                // sentences about the accord, a count of companies counts its members
                List<Count> stating = new ArrayList<>(all);
                boolean companiesSigning = signing && lexicon.get(Cues.COMPANY_NOUNS).occursIn(w, 0, w.size());
                if (membersNamed || accordNamed || lexicon.get(Cues.ACCORD_PRONOUNS).occursIn(w, 0, Math.min(w.size(), 2))) {
                    // "The roster stood at nearly 70 by the end of 2018, and it had grown past 100": a level, no noun needed
                    stating.addAll(countsAtLevel(s, lexicon, readings));
                }
                // "Ils étaient trente-quatre au départ ; nous sommes aujourd'hui plus d'une centaine"
                stating.addAll(countsAfter(s, lexicon.get(Cues.COUNT_SUBJECTS), LEVEL_GAP, true, lexicon, readings));
                // "Corvane wasn't among the original 34"
                stating.addAll(countsAfter(s, lexicon.get(Cues.COUNT_ADJECTIVES), 0, true, lexicon, readings));
                if (previousSigning || signing) {
                    // "Thirty-four did so on day one", "trente-quatre d'entre eux l'ont fait"
                    stating.addAll(countsBeforeProVerb(s, lexicon, readings));
                }
                if (membersNamed || previousCount || previousSigning || companiesSigning) {
                    // "les signataires étaient déjà soixante-et-onze", "Intussen zijn het er ruim honderdvijftig",
                    // "Count the companies that put their names to it and you reach thirty-four"
                    stating.addAll(countsAtClauseEnd(s, lexicon, readings));
                }
                if (!stating.isEmpty()) {
                    // "près de 160 signataires, contre 34 lors du lancement": the earlier count of the same members
                    stating.addAll(countsAfter(s, lexicon.get(Cues.COUNT_COMPARISONS), COMPARISON_GAP, false, lexicon, readings));
                }
                stating.removeIf(served); // "qui revendique 480 adhérents", "die 410 leden telt", however read
                counts = passedThresholds(all, s, lexicon);
                for (Count c : passedThresholds(stating, s, lexicon)) {
                    if (c.value() < fewest || c.value() > MAX_SIGNATORIES) {
                        continue; // "een Belgische ondertekenaar", "drie nieuwe leden": an article or a part of the members
                    }
                    String key = c.qualifier() + " " + c.value();
                    values.putIfAbsent(key, c);
                    stated.computeIfAbsent(key, k -> new TreeSet<>()).add(s.index());
                    counted = true;
                }
            }
            perSentence.add(counts);
            List<Word> words = s.words();
            boolean question = words.size() <= QUESTION_WORDS && s.asks();
            // "How many companies belong to it today?" - "At least 160, by the register's own count.", "Combien sont-ils ?"
            boolean asksCount = question && scope.inScope(s.index()) && lexicon.get(Cues.COUNT_QUESTIONS).occursIn(words, 0, words.size());
            boolean asksMembers = signing || asksCount || lexicon.get(Cues.MEMBER_NOUNS).occursIn(words, 0, words.size());
            // "How many companies have signed so far?" - "About 120."
            previousSigning = asksMembers && (scope.inScope(s.index()) || question);
            previousCount = counted;
        }
        for (int i = 0; i < sentences.size(); i++) {
            for (Count c : perSentence.get(i)) {
                String key = c.qualifier() + " " + c.value();
                if (stated.containsKey(key)) {
                    stated.get(key).add(i);
                }
            }
        }
        List<Fact> out = new ArrayList<>();
        for (Map.Entry<String, TreeSet<Integer>> e : stated.entrySet()) {
            Count c = values.get(e.getKey());
            out.add(new Fact.SignatoryCount(c.value(), c.qualifier(), List.copyOf(e.getValue())));
        }
        return out;
    }

    /**
     * Returns the counts with those next to a threshold that the sentence says was passed made
     * {@link CountQualifier#MORE_THAN} ({@code heeft de kaap van honderd ondertekenaars overschreden},
     * {@code has passed the 100-signatory mark}): a noun of a threshold ends at most
     * {@value #THRESHOLD_GAP} words before the number, or begins at most {@value #COUNT_NOUN_WINDOW}
     * words after it, with no punctuation between, and a verb of passing stands before or after
     * the number in its clause (the Dutch verb comes last). A count with a qualifier of its own keeps it.
     */
    private static List<Count> passedThresholds(List<Count> counts, AnalyzedSentence s, Lexicon lexicon) {
        List<Word> w = s.words();
        List<PhraseList.Match> passing = counts.isEmpty() ? List.of() : lexicon.get(Cues.PASSING_VERBS).find(w);
        if (passing.isEmpty()) {
            return counts;
        }
        List<PhraseList.Match> thresholds = lexicon.get(Cues.THRESHOLD_NOUNS).find(w);
        List<Count> out = new ArrayList<>(counts.size());
        for (Count c : counts) {
            boolean inClause = passing.stream().anyMatch(v -> v.end() <= c.start()
                    ? !punctuated(w, v.end(), c.start()) : !punctuated(w, c.end(), v.start()));
            boolean passed = inClause && c.qualifier() == CountQualifier.EXACT && thresholds.stream().anyMatch(m ->
                    (m.end() <= c.start() && c.start() - m.end() <= THRESHOLD_GAP && !punctuated(w, m.end(), c.start()))
                    || (m.start() >= c.end() && m.start() - c.end() <= COUNT_NOUN_WINDOW && !punctuated(w, c.end(), m.start())));
            out.add(passed ? c.with(CountQualifier.MORE_THAN) : c);
        }
        return out;
    }

    /**
     * Returns true if a count is followed by a preposition of and a determiner before its noun of
     * members ({@code honderd van de leden}, {@code 40 of its members}): a part of them. Right
     * before the noun the preposition only joins a quantity to it ({@code une centaine de membres},
     * {@code dozens of members}).
     */
    private static boolean partitive(List<Word> w, Count c, Lexicon lexicon) {
        if (lexicon.get(Cues.OF_PREPOSITIONS).matchAt(w, c.end()) == null) {
            return false;
        }
        for (int k = c.end() + 1; k <= Math.min(w.size() - 1, c.end() + COUNT_NOUN_WINDOW); k++) {
            if (lexicon.get(Cues.MEMBER_NOUNS).matchAt(w, k) != null) {
                return k >= c.end() + 2;
            }
        }
        return false;
    }

    /** How many words may stand between a noun of a threshold and its number ({@code la barre symbolique des 100}): {@value}. */
    static final int THRESHOLD_GAP = 3;

    /** Returns true if a comma, colon, semicolon or parenthesis comes before any of words {@code [from, to]}. */
    private static boolean punctuated(List<Word> w, int from, int to) {
        for (int k = from; k <= Math.min(to, w.size() - 1); k++) {
            if (w.get(k).gapHasAny(",;:(")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the smallest number read as the number of the accord's signatories: its number of
     * founding signatories rounded down to ten (30 for the Cybersecurity Tech Accord's 34), at least
     * {@value #MIN_SIGNATORIES}. An accord's membership only grows from its founders; a text may round
     * it down ("some 30", "more than 30"), but a smaller number in a text about it counts a part of
     * them ({@code drie Belgische bedrijven sloten zich aan}, {@code Twaalf bedrijven hebben niets
     * gepubliceerd}, {@code une douzaine de sociétés canadiennes}) or is an article ({@code een}).
     */
    static int fewestSignatories(int founders) {
        return Math.max(MIN_SIGNATORIES, founders / 10 * 10);
    }

    /** The smallest number read as a number of signatories of any accord ({@code drie nieuwe leden} is a part of them): {@value}. */
    static final int MIN_SIGNATORIES = 10;

    /**
     * The largest number read as the number of the accord's signatories: {@value}. The accord has
     * had a few hundred members at most; a larger count of companies in a text about it counts
     * something else ({@code beveiligt de back-ups van ruim 2.400 organisaties}).
     */
    static final int MAX_SIGNATORIES = 999;

    /** A question about signing or members of at most this many words ({@code Wie tekende?}) makes the counts of the next sentence counts of signatories: {@value}. */
    static final int QUESTION_WORDS = 15;

    /**
     * Returns the counts right after a verb that puts them at a level ({@code stood at nearly 70},
     * {@code grown past 100}, {@code a passé la barre des 100}, {@code telt inmiddels 152}): the
     * verb ends at most {@value #LEVEL_GAP} words before the number or is its qualifier; and the
     * counts a verb of signing follows within as many words ({@code ils étaient 34 à signer}); the
     * number ends its clause or a preposition follows it (no noun of something else: {@code compte
     * soixante collaborateurs}); years excluded.
     */
    private static List<Count> countsAtLevel(AnalyzedSentence s, Lexicon lexicon, Readings readings) {
        List<Word> w = s.words();
        List<PhraseList.Match> levels = lexicon.get(Cues.LEVEL_VERBS).find(w);
        List<PhraseList.Match> signing = lexicon.get(Cues.SIGNING).find(w);
        List<Count> out = new ArrayList<>();
        if (levels.isEmpty() && signing.isEmpty()) {
            return out;
        }
        for (int i = 0; i < w.size(); i++) {
            Count c = readings.at(i);
            if (c == null) {
                continue;
            }
            boolean year = isYear(w, c);
            boolean atLevel = levels.stream().anyMatch(m -> m.end() <= c.end() && m.end() >= c.start() - LEVEL_GAP)
                    // "ils étaient 34 à signer", "34 signed on day one": the number signs
                    || signing.stream().anyMatch(m -> m.start() >= c.end() && m.start() - c.end() <= LEVEL_GAP);
            // "stood at nearly 70 by the end of 2018", "it now stands at 150."; not "L'entreprise compte douze salariés"
            boolean bare = bare(w, c, lexicon) || lexicon.get(Cues.PASSIVE_AGENTS).matchAt(w, c.end()) != null
                    || lexicon.get(Cues.MEMBER_TOTALS).matchAt(w, c.end()) != null; // "porte à 152 le nombre de signataires"
            if (!year && atLevel && bare && !partOfName(w, c)) {
                out.add(c);
            }
            i = c.end() - 1;
        }
        return out;
    }

    /** The most words of a sentence that dates the signing told in the sentence before it ({@code Het was een dinsdag.}): {@value}. */
    static final int DATING_WORDS = 8;
    /** How many words open a sentence that dates the signing before it whatever its length ({@code Het was een dinsdag, en ...}): {@value}. */
    static final int DATING_LEAD = 4;

    /** How far after the noun of a body with members of its own a count is of its members ({@code la fédération, qui revendique 480 adhérents}): {@value} words. */
    static final int BODY_REACH = 6;

    /** How many words (a qualifier) may stand between a verb of serving and its count of customers: {@value}. */
    static final int SERVING_GAP = 3;

    /** How many words may stand between a word of comparison and its number ({@code against just 34}): {@value}. */
    static final int COMPARISON_GAP = 1;

    /**
     * Returns the number a sentence consists of, after a list's bullet or number ({@code Trente-quatre.},
     * {@code - 163.}, {@code 150+}), or null.
     */
    private static Count numberAlone(AnalyzedSentence s, NumberReader numbers) {
        List<Word> w = s.words();
        if (w.isEmpty() || w.size() > NUMBER_ALONE_WORDS) {
            return null; // most sentences: read no number
        }
        int first = w.size() > 1 && RoleRules.isListItem(w) && w.get(0).kind() == Word.Kind.NUMBER ? 1 : 0;
        if (first >= w.size()) {
            return null;
        }
        Count c = numbers.read(forms(w), first).filter(p -> p.value() <= Integer.MAX_VALUE)
                .map(p -> new Count((int) p.value(), p.qualifier(), p.words().start(), p.words().end())).orElse(null);
        return c != null && c.end() == w.size() && !isYear(w, c) ? c : null;
    }

    /** The most words a sentence of a number alone has, a list's number included ({@code 1. Honderdvierenzestig.}): {@value}. */
    static final int NUMBER_ALONE_WORDS = 6;

    /**
     * Returns the counts that a pro-verb or a phrase of the same as before follows within {@value #PRO_VERB_GAP} words in one clause
     * ({@code Thirty-four did so on day one}, {@code trente-quatre d'entre eux l'ont fait}), or that a
     * partitive pronoun and a verb of signing follow ({@code trente-quatre d'entre eux ont signé}), or
     * that a partitive pronoun follows inside a verb of signing ({@code zetten vierendertig van hen hun
     * naam onder}): in or after a sentence about signing, the number did the signing. Years excluded.
     */
    private static List<Count> countsBeforeProVerb(AnalyzedSentence s, Lexicon lexicon, Readings readings) {
        List<Word> w = s.words();
        List<PhraseList.Match> proVerbs = new ArrayList<>(lexicon.get(Cues.PRO_VERBS).find(w));
        proVerbs.addAll(lexicon.get(Cues.SAME_AS_BEFORE).find(w)); // "Thirty-four did so on day one"
        List<PhraseList.Match> signing = lexicon.get(Cues.SIGNING).find(w);
        List<Count> out = new ArrayList<>();
        for (int i = 0; i < w.size() && !(proVerbs.isEmpty() && signing.isEmpty()); i++) {
            Count c = readings.at(i);
            if (c == null) {
                continue;
            }
            i = c.end() - 1;
            if (isYear(w, c)) {
                continue;
            }
            // "trente-quatre d'entre eux ont signé", "zetten vierendertig van hen hun naam onder": a part of a group that signs
            PhraseList.Match part = c.end() < w.size() ? lexicon.get(Cues.PARTITIVE_PRONOUNS).matchAt(w, c.end()) : null;
            if (proVerbs.stream().anyMatch(m -> m.start() >= c.end() && m.start() - c.end() <= PRO_VERB_GAP && !punctuated(w, c.end(), m.start()))
                    || part != null && signing.stream().anyMatch(m -> m.start() >= part.end() && m.start() - part.end() <= PRO_VERB_GAP
                            && !punctuated(w, part.end(), m.start()) || m.start() < c.start() && m.end() > part.end())) {
                out.add(c);
            }
        }
        return out;
    }

    /** How many words may stand between a count and the pro-verb it is the subject of ({@code trente-quatre d'entre eux l'ont fait}): {@value}. */
    static final int PRO_VERB_GAP = 3;

    /**
     * Returns the first count at most {@code gap} words after each match of {@code words}, years excluded: after a pronoun
     * subject with a verb of being ({@code ils étaient trente-quatre}, {@code zijn het er ruim zeventig}), words of the
     * founders ({@code the original 34}) or of comparison ({@code contre 34}, {@code up from 34}); if {@code ownNounless}, only
     * one that ends its clause or stands before a preposition, a noun of companies or of members (not {@code ils
     * étaient 200 manifestants}).
     */
    private static List<Count> countsAfter(AnalyzedSentence s, PhraseList words, int gap, boolean ownNounless, Lexicon lexicon,
            Readings readings) {
        List<Word> w = s.words();
        List<Count> out = new ArrayList<>();
        for (PhraseList.Match m : words.find(w)) {
            int from = afterTimeWords(w, m.end(), lexicon); // "nous sommes aujourd'hui plus de 150"
            for (int k = from; k < w.size(); k++) {
                Count c = readings.at(k);
                if (c == null) {
                    continue;
                }
                if (c.lead() - from > gap) {
                    break;
                }
                boolean noNounOfItsOwn = !ownNounless || bare(w, c, lexicon) || lexicon.get(Cues.COMPANY_NOUNS).matchAt(w, c.end()) != null
                        || lexicon.get(Cues.MEMBER_NOUNS).matchAt(w, c.end()) != null;
                if (!isYear(w, c) && noNounOfItsOwn && !partOfName(w, c)) {
                    out.add(c);
                }
                break;
            }
        }
        return out;
    }

    /** How many words may stand between a verb of level and its number ({@code telt inmiddels 152}): {@value}. */
    static final int LEVEL_GAP = 2;

    /** Returns the counts that end a clause with no noun after them ({@code ... zijn het er ruim honderdvijftig.}); years excluded. */
    /**
     * Returns true if a number stands alone in parentheses or commas right after a name: a
     * person's age ({@code Marloes Verbeek (47)}, {@code Grace Whitfield, 31, said}).
     */
    private static boolean afterName(List<Word> w, Count c) {
        return c.start() > 0 && w.get(c.start() - 1).kind() == Word.Kind.NAME && w.get(c.start()).gapHasAny(",(");
    }

    private static List<Count> countsAtClauseEnd(AnalyzedSentence s, Lexicon lexicon, Readings readings) {
        List<Word> w = s.words();
        List<Count> out = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            Count c = readings.at(i);
            if (c == null || c.value() < 2) {
                continue;
            }
            boolean year = isYear(w, c);
            int after = afterTimeWords(w, c.end(), lexicon); // "plus de cent soixante aujourd'hui, dont une majorité de PME"
            boolean clauseEnd = after == w.size() || w.get(after).gapHasAny(",;:(");
            if (!year && clauseEnd && !partOfName(w, c) && !inNumberSequence(w, c) && !afterName(w, c)) {
                out.add(c);
            }
            i = c.end() - 1;
        }
        return out;
    }

    /** Returns true if a count is a year written in four digits ({@code 2018}). */
    private static boolean isYear(List<Word> w, Count c) {
        return isYearWord(w.get(c.start()));
    }

    /** Returns true if a word is a year: four digits from {@link #FIRST_YEAR} to {@link #LAST_YEAR}. */
    private static boolean isYearWord(Word word) {
        String s = word.surface();
        if (word.kind() != Word.Kind.NUMBER || s.length() != 4 || !s.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int year = Integer.parseInt(s);
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** Returns true if a count ends its clause or a preposition follows it: no noun of something else after it. */
    private static boolean bare(List<Word> w, Count c, Lexicon lexicon) {
        // "nous sommes cent soixante et quelques."
        PhraseList.Match more = c.end() < w.size() ? lexicon.get(Cues.MORE_AFTER).matchAt(w, c.end()) : null;
        int after = afterTimeWords(w, more == null ? c.end() : more.end(), lexicon); // "it now stands at 150 today."
        return after == w.size() || w.get(after).gapHasAny(",;:.(")
                || lexicon.get(Cues.PLACE_PREPOSITIONS).matchAt(w, c.end()) != null
                || lexicon.get(Cues.OF_PREPOSITIONS).matchAt(w, c.end()) != null
                || lexicon.get(Cues.RELATIVE_PRONOUNS).matchAt(w, c.end()) != null // "the 34 that signed at launch"
                || lexicon.get(Cues.THRESHOLD_NOUNS).matchAt(w, c.end()) != null; // "crossed the hundred mark"
    }

    /**
     * Returns the first word from {@code i} on that is not a word of time ({@code aujourd'hui},
     * {@code now}, {@code inmiddels}) in the same clause: {@code 34, intussen} ends at the comma.
     */
    private static int afterTimeWords(List<Word> w, int i, Lexicon lexicon) {
        int k = i;
        PhraseList.Match m;
        while (k < w.size() && !w.get(k).gapHasAny(",;:(") && (m = lexicon.get(Cues.TIME_WORDS).matchAt(w, k)) != null) {
            k = m.end();
        }
        return k;
    }

    /** Returns true if a count in digits stands next to another number: part of a telephone number or a code ({@code 038 – 123 45 67}). */
    private static boolean inNumberSequence(List<Word> w, Count c) {
        return w.get(c.start()).kind() == Word.Kind.NUMBER && c.start() > 0 && w.get(c.start() - 1).kind() == Word.Kind.NUMBER;
    }

    /** Returns true if a count in digits follows a capitalised word inside a sentence: part of a name ({@code ISO 27001}, {@code Windows 10}). */
    private static boolean partOfName(List<Word> w, Count c) {
        return c.start() > 1 && w.get(c.start()).kind() == Word.Kind.NUMBER && w.get(c.start() - 1).isCapitalised()
                && w.get(c.start()).gap().equals(" ");
    }

    /** The smallest number read as the number of principles: {@value} ({@code un principe}, {@code one principle} is an article or one of them). */
    static final int MIN_PILLARS = 2;
    /** The largest number read as a number of the accord's principles (it has four; a text may count their parts): {@value}. */
    static final int MAX_PILLARS = 12;

    private static Fact pillarCount(List<AnalyzedSentence> sentences, Lexicon lexicon, AccordScope scope, NumberReader numbers) {
        // the largest number of principles the text gives: "two of its four commitments" counts a part of them
        Fact.PillarCount best = null;
        for (AnalyzedSentence s : sentences) {
            if (!scope.inScope(s.index()) || s.heading()) {
                continue;
            }
            List<Word> w = s.words();
            // "What did the signatories promise? Four things.": a count of things answers a question of promises
            boolean answer = answersPromises(sentences, s, lexicon);
            PhraseList nouns = lexicon.get(answer ? Cues.THING_NOUNS : Cues.PILLAR_NOUNS);
            if (!nouns.occursIn(w, 0, w.size())) {
                continue;
            }
            for (Count c : countsBefore(s, lexicon, nouns, new Readings(s, numbers, lexicon))) {
                if (answer && !(c.start() <= 1 || c.start() <= THING_COUNT_LEAD && w.get(c.start()).gapHasAny(",:"))) {
                    continue; // "A: Four things", "On paper, four things"; not "Their lawyers need three things"
                }
                if (c.value() >= MIN_PILLARS && c.value() <= MAX_PILLARS && (best == null || c.value() > best.count())) {
                    best = new Fact.PillarCount(c.value(), List.of(s.index()));
                }
            }
        }
        return best;
    }

    /** The most words before a count of things that answers a question of promises, after a comma ({@code On paper, four things}): {@value}. */
    static final int THING_COUNT_LEAD = 3;

    /**
     * Returns true if sentence {@code s} opens with a count of things right after a question of what
     * was promised ({@code What did the signatories actually promise? Four things, of which ...}).
     */
    private static boolean answersPromises(List<AnalyzedSentence> sentences, AnalyzedSentence s, Lexicon lexicon) {
        if (s.index() == 0 || !lexicon.get(Cues.THING_NOUNS).occursIn(s.words(), 0, Math.min(s.size(), THING_COUNT_LEAD + 2))) {
            return false;
        }
        AnalyzedSentence before = sentences.get(s.index() - 1);
        List<Word> q = before.words();
        return before.asks() && (lexicon.pillars().pledges(q) || lexicon.get(Cues.PILLAR_NOUNS).occursIn(q, 0, q.size()));
    }

    private static Fact signingDay(List<AnalyzedSentence> sentences, Lexicon lexicon, AccordScope scope) {
        // the first day of a signing, unless a later one is dated with its year: "Het Brugse Zeelink heeft zich donderdag
        // bij het akkoord aangesloten. Het akkoord werd op dinsdag 17 april 2018 voorgesteld."
        Fact.SigningDay first = null;
        boolean previousSigning = false;
        for (AnalyzedSentence s : sentences) {
            if (!scope.inScope(s.index())) {
                previousSigning = false;
                continue;
            }
            List<Word> w = s.words();
            boolean signing = lexicon.get(Cues.SIGNING).occursIn(w, 0, w.size())
                    || lexicon.get(Cues.LAUNCHING).occursIn(w, 0, w.size())
                    // "De softwarereus verzamelde op dinsdag 17 april 2018 34 bedrijven": a leader gathered companies
                    || lexicon.get(Cues.LEADING).occursIn(w, 0, w.size()) && lexicon.get(Cues.COMPANY_NOUNS).occursIn(w, 0, w.size())
                    || lexicon.get(Cues.COUNT_NOUNS).occursIn(w, 0, w.size()); // "Vierendertig namen op dinsdag 17 april"
            // "Trente-quatre entreprises y avaient apposé leur signature. C'était le mardi 17 avril 2018.": a short
            // sentence that only dates the signing before it, or one that opens by dating it ("Het was een dinsdag, en ...")
            boolean dating = previousSigning && (w.size() <= DATING_WORDS
                    || w.subList(0, Math.min(w.size(), DATING_LEAD)).stream().anyMatch(x -> lexicon.day(x.fold()) != null));
            previousSigning = signing;
            if (!signing && !dating || lexicon.get(Cues.MEETING).occursIn(w, 0, w.size())) {
                continue;
            }
            for (int i = 0; i < w.size(); i++) {
                Word word = w.get(i);
                DayOfWeek day = lexicon.day(word.fold());
                // "Nokia said on Tuesday that ...", "zei dinsdag": the day of a statement, not of the signing
                if (day != null && !lexicon.get(Cues.SPEECH_VERBS).occursIn(w, Math.max(0, i - SPEECH_WINDOW), i)) {
                    Fact.SigningDay found = new Fact.SigningDay(word.surface(), day, List.of(s.index()));
                    if (datedWithYear(w, i)) {
                        return found;
                    }
                    if (first == null) {
                        first = found;
                    }
                }
            }
        }
        return first;
    }

    /** The most words from a weekday to the year that dates it ({@code dinsdag 17 april 2018}, {@code Tuesday, April 17, 2018}): {@value}. */
    static final int YEAR_WINDOW = 4;

    /** Returns true if the weekday at word {@code day} is followed, within {@link #YEAR_WINDOW} words, by a year in digits. */
    private static boolean datedWithYear(List<Word> w, int day) {
        for (int k = day + 1; k < Math.min(w.size(), day + YEAR_WINDOW + 1); k++) {
            if (isYearWord(w.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static Fact firstMeeting(List<AnalyzedSentence> sentences, Lexicon lexicon, AccordScope scope, Gazetteer gazetteer) {
        for (AnalyzedSentence s : sentences) {
            List<Word> w = s.words();
            if (!scope.inScope(s.index()) || !lexicon.get(Cues.MEETING).occursIn(w, 0, w.size())) {
                continue;
            }
            String event = knownEvent(w, gazetteer);
            if (event == null) {
                event = event(w, lexicon);
            }
            String place = place(w, lexicon, gazetteer);
            if (event != null && place != null) {
                return new Fact.FirstMeeting(new Meeting(event, place), List.of(s.index()));
            }
        }
        return null;
    }

    /** Returns the event of the gazetteer a sentence names, as written ({@code Mobile World Congress}), or null. */
    private static String knownEvent(List<Word> w, Gazetteer gazetteer) {
        for (NameTable.Hit<Gazetteer.Kind> hit : gazetteer.nonCompanies().find(w)) {
            if (hit.value() == Gazetteer.Kind.EVENT && w.get(hit.start()).isCapitalised()) { // not "ces" for "CES"
                return join(w, hit.start(), hit.end());
            }
        }
        return null;
    }

    /**
     * Returns the place a sentence names: a known place (by its first name, the same in every
     * language), else a capitalised name after a preposition of place ({@code in Knokke}), or null.
     */
    private static String place(List<Word> w, Lexicon lexicon, Gazetteer gazetteer) {
        for (NameTable.Hit<String> hit : gazetteer.places().find(w)) {
            if (w.get(hit.start()).isCapitalised()) { // "Namen", not the word "namen"; "EU", not "a eu lieu"
                return hit.value();
            }
        }
        PhraseList prepositions = lexicon.get(Cues.PLACE_PREPOSITIONS);
        for (int i = 1; i < w.size(); i++) {
            PhraseList.Match m = prepositions.matchAt(w, i - 1);
            if (m != null && m.end() == i && w.get(i).kind() == Word.Kind.NAME && lexicon.eventNoun(w.get(i).fold()) == null) {
                int b = i + 1;
                while (b < w.size() && w.get(b).kind() == Word.Kind.NAME && !w.get(b).gapHasAny(",;:(")) {
                    b++;
                }
                return join(w, i, b);
            }
        }
        return null;
    }

    /**
     * Returns the English name of the event a sentence names: the capitalised name before or
     * after an event noun, with the noun's English form ({@code RSA conferentie},
     * {@code conférence RSA} → {@code RSA Conference}), or null.
     */
    private static String event(List<Word> w, Lexicon lexicon) {
        for (int i = 0; i < w.size(); i++) {
            String noun = lexicon.eventNoun(w.get(i).fold());
            if (noun == null) {
                continue;
            }
            int a = i;
            while (a > 0 && w.get(a - 1).isCapitalised() && !w.get(a).gapHasAny(",;:(")) {
                a--;
            }
            if (a < i) {
                return join(w, a, i) + " " + noun;
            }
            int b = i + 1;
            while (b < w.size() && w.get(b).isCapitalised() && !w.get(b).gapHasAny(",;:(")) {
                b++;
            }
            if (b > i + 1) {
                return join(w, i + 1, b) + " " + noun;
            }
        }
        return null;
    }

    private static String join(List<Word> w, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                sb.append(' ');
            }
            sb.append(w.get(k).surface());
        }
        return sb.toString();
    }
}
