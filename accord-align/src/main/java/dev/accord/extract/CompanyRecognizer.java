package dev.accord.extract;

import dev.accord.core.Accord;
import dev.accord.core.Company;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.DictionaryNameFinder;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;

/**
 * Finds every company mention in a document: the accord's known companies (with their aliases)
 * and companies no list knows, recognised from context and form.
 *
 * <p>How it works, in two passes:
 * <ol>
 *   <li><b>Discovery.</b> Capitalised runs of tokens become candidate names where the context
 *       says they are companies: a list after a cue ({@code waaronder}, {@code dont}, {@code een
 *       initiatief van}), an apposition ({@code het bedrijf X}, {@code la société X},
 *       {@code X, la société-mère de Y}), a list that also holds a company, a sentence that says who
 *       signed or not; and names given by the caller (such as the names the Dutch and French
 *       texts share, see {@link SharedNames}). Places, events, the accord's own name, function
 *       words, months, demonyms and people (next to a title) are never candidates.</li>
 *   <li><b>Mentions.</b> OpenNLP's {@link DictionaryNameFinder}, over the known and discovered
 *       names, finds every mention; a Dutch or English possessive ({@code Googles},
 *       {@code Google's}) is looked up without its ending, French elision ({@code qu'Amazon}) is a
 *       token of its own. A mention next to an event noun ({@code RSA conferentie},
 *       {@code conférence RSA}) names the event and is dropped.</li>
 * </ol>
 *
 * <p>Immutable and thread-safe: each call builds its own name finder, once per document, and feeds it
 * only the words of each sentence that occur in some name (see {@link NameWindow}).
 */
final class CompanyRecognizer {

    private final Accord accord;
    private final Gazetteer gazetteer;
    private final List<String> accordName;
    /** The words of each name and alias of the accord's companies, in the accord's order, mapped to the company. */
    private final Map<List<String>, String> knownNames;

    /** Builds the recognizer of {@code accord}'s companies; it tokenises their names once, here. */
    CompanyRecognizer(Accord accord, Gazetteer gazetteer) {
        this.accord = accord;
        this.gazetteer = gazetteer;
        this.accordName = Tokenizer.tokenize(accord.name(), 0).stream().map(Token::fold).toList();
        Map<List<String>, String> known = new LinkedHashMap<>();
        for (Company c : accord.companies()) {
            for (String n : c.allNames()) {
                known.putIfAbsent(Tokenizer.words(n), c.name());
            }
        }
        this.knownNames = Collections.unmodifiableMap(known);
    }

    /** A company mention: tokens {@code [start, end)} of sentence {@code sentence}. */
    record Mention(String company, int sentence, int start, int end) {
    }

    /** A run of tokens {@code [start, end)}. */
    record Run(int start, int end) {
        int length() {
            return end - start;
        }
    }

    /**
     * Returns the mentions in the document, in text order.
     *
     * @param extraNames further names to treat as candidates (checked like discovered ones)
     */
    List<Mention> recognize(List<TokenizedSentence> sentences, Lexicon lexicon, Collection<String> extraNames) {
        Map<List<String>, String> names = new LinkedHashMap<>(knownNames);
        Set<String> knownFirstWords = new HashSet<>();
        for (List<String> words : names.keySet()) {
            if (!words.isEmpty()) {
                knownFirstWords.add(words.get(0));
            }
        }
        Set<String> candidates = new LinkedHashSet<>();
        for (TokenizedSentence s : sentences) {
            for (Run r : discover(s, lexicon, names, knownFirstWords)) {
                candidates.add(text(s, r));
            }
        }
        for (String extra : extraNames) {
            List<Token> tokens = Tokenizer.tokenize(extra, 0);
            if (!tokens.isEmpty() && acceptableName(tokens, 0, tokens.size())) {
                candidates.add(extra.strip());
            }
        }
        for (String c : candidates) {
            String bare = c.length() > 2 && c.endsWith("s") ? c.substring(0, c.length() - 1) : null;
            if (bare != null && (candidates.contains(bare) || names.containsKey(Tokenizer.words(bare)))) {
                continue;
            }
            List<String> words = Tokenizer.words(c);
            if (names.containsKey(words)) {
                continue; // a name already sought keeps its company: no need to look the candidate up
            }
            Optional<Company> known = accord.findCompany(c);
            names.put(words, known.map(Company::name).orElse(c));
        }
        return find(sentences, lexicon, names);
    }

    private List<Mention> find(List<TokenizedSentence> sentences, Lexicon lexicon, Map<List<String>, String> names) {
        Dictionary dictionary = new Dictionary(true);
        Set<String> singleWords = new HashSet<>();
        Set<String> withPossessive = new HashSet<>(); // each single word + s: no substring per word ending in s
        Set<String> nameWords = new HashSet<>();
        Map<String, String> byUpperCase = new HashMap<>();
        for (List<String> words : names.keySet()) {
            dictionary.put(new StringList(words.toArray(String[]::new)));
            if (words.size() == 1) {
                singleWords.add(words.get(0));
                withPossessive.add(words.get(0) + "s");
            }
            nameWords.addAll(words);
            for (String w : words) {
                byUpperCase.putIfAbsent(w.toUpperCase(Locale.ROOT), w);
            }
        }
        DictionaryNameFinder finder = new DictionaryNameFinder(dictionary, "company");
        List<Mention> mentions = new ArrayList<>();
        List<Token> words = new ArrayList<>();
        for (TokenizedSentence s : sentences) {
            words.clear();
            for (Token t : s.tokens()) {
                if (t.kind() == Token.Kind.WORD || t.text().equals("&")) {
                    words.add(t);
                }
            }
            boolean shouting = isUpperCase(words, false);
            String[] lookup = new String[words.size()];
            for (int i = 0; i < lookup.length; i++) {
                Token w = words.get(i);
                lookup[i] = shouting ? byUpperCase.getOrDefault(w.text(), w.text()) : lookupForm(w, singleWords, withPossessive);
            }
            NameWindow window = NameWindow.of(lookup, nameWords);
            if (window == null) {
                continue; // no word of any name: the finder cannot find one
            }
            for (Span span : window.find(finder)) {
                int start = words.get(span.getStart()).index();
                int end = words.get(span.getEnd() - 1).index() + 1;
                List<String> key = List.of(lookup).subList(span.getStart(), span.getEnd());
                if (!isEvent(s, lexicon, start, end) && !insideAccordName(s, start, end) && !nextToTitle(s, start, end)) {
                    mentions.add(new Mention(names.get(key), s.index(), start, end));
                }
            }
        }
        return List.copyOf(mentions);
    }

    /**
     * What the name finder is fed of a sentence: its words that occur in some name sought, each
     * run of other words replaced by one {@link #GAP}, and where each fed word comes from.
     *
     * <p>Design decision: a dictionary entry matches only words it contains, so no mention can
     * include a word of no name, and a run of such words only separates mentions. Collapsing the
     * run changes nothing the finder finds (its greedy left-to-right search never crosses a gap)
     * but saves it building a {@code StringList} for every window of every word.
     *
     * @param words the words fed to the finder
     * @param origins for each fed word, its index in the sentence's lookup words, or -1 for a gap
     */
    record NameWindow(String[] words, int[] origins) {

        /** The stand-in for a run of words of no name: empty, so no name has it. */
        static final String GAP = "";

        /** Returns the window of {@code lookup}, or null if no word of it occurs in a name. */
        static NameWindow of(String[] lookup, Set<String> nameWords) {
            String[] fed = new String[lookup.length];
            int[] origins = new int[lookup.length];
            int n = 0;
            boolean any = false;
            for (int i = 0; i < lookup.length; i++) {
                if (nameWords.contains(lookup[i])) {
                    fed[n] = lookup[i];
                    origins[n++] = i;
                    any = true;
                } else if (n == 0 || origins[n - 1] >= 0) {
                    fed[n] = GAP;
                    origins[n++] = -1;
                }
            }
            return any ? new NameWindow(Arrays.copyOf(fed, n), Arrays.copyOf(origins, n)) : null;
        }

        /** Returns the span of lookup words that a span of fed words (gap-free) stands for. */
        Span original(Span fed) {
            return new Span(origins[fed.getStart()], origins[fed.getEnd() - 1] + 1, fed.getType());
        }

        /**
         * Returns what {@code finder} finds in the window, as spans of lookup words: it is fed each
         * run of words between gaps on its own, which finds the same (no name spans a gap) in fewer
         * windows.
         */
        List<Span> find(DictionaryNameFinder finder) {
            List<Span> found = new ArrayList<>();
            int from = 0;
            while (from < words.length) {
                if (origins[from] < 0) {
                    from++;
                    continue;
                }
                int to = from;
                while (to < words.length && origins[to] >= 0) {
                    to++;
                }
                for (Span fed : finder.find(Arrays.copyOfRange(words, from, to))) {
                    found.add(original(new Span(fed.getStart() + from, fed.getEnd() + from, fed.getType())));
                }
                from = to;
            }
            return found;
        }
    }

    /**
     * Returns true if a sentence is written in capitals (an all-caps heading such as
     * {@code GOOGLE, APPLE EN AMAZON DOEN NIET MEE}): at least three words, every letter upper case.
     * Its words are then looked up by their capitals.
     *
     * @param wordsOnly true to count only the word tokens of {@code tokens}, false to count them all
     */
    private static boolean isUpperCase(List<Token> tokens, boolean wordsOnly) {
        int letters = 0;
        int words = 0;
        for (Token w : tokens) {
            if (wordsOnly && !w.isWord()) {
                continue;
            }
            words++;
            for (int i = 0; i < w.text().length(); i++) {
                char c = w.text().charAt(i);
                if (Character.isLowerCase(c)) {
                    return false;
                }
                if (Character.isLetter(c)) {
                    letters++;
                }
            }
        }
        return words >= 3 && letters > 0;
    }

    /** Returns the word without a possessive {@code s} if that makes it a name sought. */
    private static String lookupForm(Token t, Set<String> singleWords, Set<String> withPossessive) {
        String w = t.text();
        if (w.length() > 2 && withPossessive.contains(w) && !singleWords.contains(w)) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    // ---- discovery ----

    private List<Run> discover(TokenizedSentence s, Lexicon lexicon, Map<List<String>, String> known, Set<String> knownFirstWords) {
        List<Run> found = new ArrayList<>();
        List<Token> tokens = s.tokens();
        if (isUpperCase(tokens, true)) {
            return found; // in capitals, the form says nothing about names
        }
        for (List<Cue> cues : List.of(lexicon.initiatorPrefix(), lexicon.signatoryPrefix(), lexicon.listPrefix())) {
            for (Cue.Match m : Cue.findAll(cues, tokens, 0, tokens.size())) {
                found.addAll(listAt(s, lexicon, m.end(), 3));
            }
        }
        for (Cue.Match m : Cue.findAll(lexicon.companyNouns(), tokens, 0, tokens.size())) {
            found.addAll(listAt(s, lexicon, afterModifiers(s, m.end()), 0));
        }
        for (List<Cue> cues : List.of(lexicon.parentOf(), lexicon.subsidiaryOf())) {
            for (Cue.Match m : Cue.findAll(cues, tokens, 0, tokens.size())) {
                runEndingBefore(s, m.start()).ifPresent(found::add);
                found.addAll(listAt(s, lexicon, m.end(), 1));
            }
        }
        boolean roleSentence = !Cue.findAll(lexicon.signing(), tokens, 0, tokens.size()).isEmpty()
                || !Cue.findAll(lexicon.refusing(), tokens, 0, tokens.size()).isEmpty();
        for (List<Run> list : lists(s, lexicon)) {
            List<Run> trimmed = new ArrayList<>(list.size());
            for (Run r : list) {
                trim(s, r).ifPresent(trimmed::add);
            }
            boolean holdsCompany = false;
            for (Run r : trimmed) {
                // a known name starts with one of their first words: most runs need no list of words
                holdsCompany = knownFirstWords.contains(s.token(r.start()).text()) && known.containsKey(words(s, r))
                        || roleSentence && r.start() > s.firstWord() && acceptableName(tokens, r.start(), r.end());
                if (holdsCompany) {
                    break;
                }
            }
            for (Run r : trimmed) {
                boolean initial = r.start() <= s.firstWord();
                if (holdsCompany && trimmed.size() > 1 || roleSentence && !initial) {
                    found.add(r);
                }
            }
        }
        List<Run> accepted = new ArrayList<>();
        for (Run r : found) {
            trim(s, r).filter(t -> acceptableName(tokens, t.start(), t.end()) && !isEvent(s, lexicon, t.start(), t.end())
                    && !insideAccordName(s, t.start(), t.end()) && !nextToTitle(s, t.start(), t.end())
                    && !(t.start() > 0 && gazetteer.isSpeechVerb(s.token(t.start() - 1).fold())))
                    .ifPresent(accepted::add);
        }
        return accepted;
    }

    /**
     * Returns the position after at most two modifiers of a company noun ({@code belge} in
     * {@code l'opérateur belge X}, {@code des télécoms} in {@code le géant des télécoms X}): lower-case
     * words that are no function words, except the genitive {@code de}, {@code des}, {@code du}.
     */
    private int afterModifiers(TokenizedSentence s, int at) {
        int i = at;
        while (i < s.size() && i < at + 2 && s.token(i).isWord() && !s.token(i).isCapitalised()
                && (!gazetteer.isNotName(s.token(i).fold()) || GENITIVES.contains(s.token(i).fold()))) {
            i++;
        }
        return i;
    }

    private static final Set<String> GENITIVES = Set.of("de", "des", "du");

    /** Articles that may stand between a name and the title after it ({@code X, de voorzitter van}). */
    private static final Set<String> ARTICLES = Set.of("de", "het", "een", "le", "la", "l'", "un", "une");

    /**
     * Returns the capitalised runs of a list that starts at token {@code at} (after up to
     * {@code skip} non-capitalised words): runs joined by coordinators, with appositions between
     * commas taken in.
     */
    static List<Run> listAt(TokenizedSentence s, Lexicon lexicon, int at, int skip) {
        List<Token> tokens = s.tokens();
        int i = at;
        for (int k = 0; k < skip && i < tokens.size() && !tokens.get(i).isCapitalised() && tokens.get(i).isWord(); k++) {
            i++;
        }
        List<Run> runs = new ArrayList<>();
        while (i < tokens.size() && tokens.get(i).isCapitalised()) {
            Run r = runAt(tokens, i);
            runs.add(r);
            i = r.end();
            int afterApposition = apposition(s, i);
            if (afterApposition > i) {
                for (int j = i; j < afterApposition; j++) {
                    if (tokens.get(j).isCapitalised()) {
                        Run inner = runAt(tokens, j);
                        runs.add(inner);
                        j = inner.end() - 1;
                    }
                }
                i = afterApposition;
            }
            int before = i;
            while (i < tokens.size() && lexicon.coordinators().contains(tokens.get(i).fold())) {
                i++;
            }
            if (i == before) {
                break;
            }
        }
        return runs;
    }

    /** Returns every list of capitalised runs in the sentence (a lone run is a list of one). */
    private List<List<Run>> lists(TokenizedSentence s, Lexicon lexicon) {
        List<List<Run>> lists = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            if (s.token(i).isCapitalised()) {
                List<Run> list = listAt(s, lexicon, i, 0);
                lists.add(list);
                i = list.get(list.size() - 1).end();
            } else {
                i++;
            }
        }
        return lists;
    }

    /**
     * Returns the end of an apposition that starts with a comma at token {@code at}
     * ({@code , het overkoepelend bedrijf boven Google ,}), or {@code at} if there is none: a
     * comma, a lower-case word, at most eight tokens, and a closing comma.
     */
    static int apposition(TokenizedSentence s, int at) {
        List<Token> tokens = s.tokens();
        if (at + 1 >= tokens.size() || !tokens.get(at).is(',') || tokens.get(at + 1).isCapitalised()
                || !(tokens.get(at + 1).isWord() || tokens.get(at + 1).kind() == Token.Kind.ELISION)) {
            return at;
        }
        for (int j = at + 2; j < tokens.size() && j <= at + 9; j++) {
            if (tokens.get(j).is(',')) {
                return j;
            }
            if (tokens.get(j).kind() == Token.Kind.PUNCTUATION && !tokens.get(j).text().equals("&")) {
                return at;
            }
        }
        return at;
    }

    private static Run runAt(List<Token> tokens, int i) {
        int end = i;
        while (end < tokens.size() && (tokens.get(end).isCapitalised()
                || tokens.get(end).text().equals("&") && end + 1 < tokens.size() && tokens.get(end + 1).isCapitalised())) {
            end++;
        }
        return new Run(i, end);
    }

    private static Optional<Run> runEndingBefore(TokenizedSentence s, int cueStart) {
        List<Token> tokens = s.tokens();
        for (int j = cueStart - 1; j >= 0 && j >= cueStart - 3; j--) {
            if (tokens.get(j).isCapitalised()) {
                int start = j;
                while (start > 0 && tokens.get(start - 1).isCapitalised()) {
                    start--;
                }
                return Optional.of(new Run(start, j + 1));
            }
        }
        return Optional.empty();
    }

    /** Removes function words, demonyms and the like at both ends of a run. */
    private Optional<Run> trim(TokenizedSentence s, Run r) {
        int start = r.start();
        int end = r.end();
        while (start < end && gazetteer.isNotName(s.token(start).fold())) {
            start++;
        }
        while (end > start && gazetteer.isNotName(s.token(end - 1).fold())) {
            end--;
        }
        return start < end ? Optional.of(new Run(start, end)) : Optional.empty();
    }

    /** Returns true if tokens {@code [start, end)} can be a company name on their own. */
    private boolean acceptableName(List<Token> tokens, int start, int end) {
        if (gazetteer.isPlace(tokens, start, end)) {
            return false;
        }
        if (end - start == 1 && (gazetteer.isNotName(tokens.get(start).fold()) || tokens.get(start).text().length() < 2)) {
            return false;
        }
        for (int i = start; i < end; i++) {
            Token t = tokens.get(i);
            if (gazetteer.isNonCompanyHead(t.fold()) || !t.isCapitalised() && !t.text().equals("&")) {
                return false;
            }
        }
        return true;
    }

    /** Returns true if the run is followed or preceded by an event noun, or contains one. */
    private static boolean isEvent(TokenizedSentence s, Lexicon lexicon, int start, int end) {
        Map<String, String> events = lexicon.eventNouns();
        int after = end < s.size() && s.token(end).is('-') ? end + 1 : end;
        if (after < s.size() && events.containsKey(s.token(after).fold())) {
            return true;
        }
        return start > 0 && events.containsKey(s.token(start - 1).fold());
    }

    private boolean insideAccordName(TokenizedSentence s, int start, int end) {
        int n = accordName.size();
        for (int a = Math.max(0, start - n + 1); a <= start && a + n <= s.size(); a++) {
            boolean match = true;
            for (int k = 0; k < n && match; k++) {
                match = s.token(a + k).fold().equals(accordName.get(k));
            }
            if (match && a + n >= end) {
                return true;
            }
        }
        return false;
    }

    private boolean nextToTitle(TokenizedSentence s, int start, int end) {
        for (int j = Math.max(0, start - 2); j < start; j++) {
            if (gazetteer.isPersonTitle(s.token(j).fold())) {
                return true;
            }
        }
        if (end + 1 < s.size() && s.token(end).is(',')) {
            int title = end + 1;
            if (title + 1 < s.size() && ARTICLES.contains(s.token(title).fold())) {
                title++;
            }
            return gazetteer.isPersonTitle(s.token(title).fold());
        }
        return false;
    }

    private static List<String> words(TokenizedSentence s, Run r) {
        List<String> w = new ArrayList<>();
        for (int i = r.start(); i < r.end(); i++) {
            w.add(s.token(i).text());
        }
        return w;
    }

    /** Returns the text of tokens {@code [start, end)} as written in the document. */
    static String text(TokenizedSentence s, Run r) {
        int from = s.token(r.start()).span().start() - s.sentence().span().start();
        int to = s.token(r.end() - 1).span().end() - s.sentence().span().start();
        return s.sentence().text().substring(from, to);
    }
}
