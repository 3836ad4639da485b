package dev.accord.extract;

import dev.accord.core.Accord;
import dev.accord.core.Company;
import dev.accord.extract.Lexicon.Cues;
import dev.accord.internal.Names;
import dev.accord.normalize.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the companies a document names: the names it knows (the accord's companies, well-known
 * companies, names a caller adds) and capitalised names that the context shows to be companies.
 *
 * <p>A capitalised name is a company only on evidence: a company noun before or after it
 * ({@code het telecombedrijf X}, {@code X, une société}), a company suffix ({@code X Inc.},
 * {@code X Group}), a person's title before a preposition ({@code woordvoerder van X},
 * {@code porte-parole d'X}) or right after it ({@code X-topman}), a preposition of companies
 * ({@code chez X}), coordination with a company
 * ({@code Microsoft, X en Y}), or, in a sentence about the accord, a place next to a role cue or
 * in a list of signatories. It is never a company when it is a place, a government, an
 * institution, an event, malware, a news agency, a team or a party ({@link Gazetteer}), when a
 * head word says so ({@code Europese Commissie}, {@code conférence RSA}), when it names the accord
 * or another pledge, or when it is a person (a given name, a title before it or after a comma,
 * a verb of saying before it, or the surname of a person named before). A name that is a company
 * once is one wherever the document repeats it. A home town that stands for one company
 * ({@code headquarters.txt}) is a mention of it in a name such as {@code the Redmond giant} or
 * {@code le géant de Redmond}, where the document also names the company.
 *
 * <p>Immutable and thread-safe.
 */
final class CompanyFinder {

    /** A company mention: words {@code [start, end)} of sentence {@code sentence}. */
    record Mention(int sentence, int start, int end, String company) {
    }

    /** How far before a name a company noun may stand ({@code l'opérateur belge X}): {@value} words. */
    static final int NOUN_WINDOW = 2;
    /** How far after a name, past a comma, a company noun may stand ({@code X, een Belgisch bedrijf}): {@value} words. */
    static final int APPOSITION_WINDOW = 4;
    /** How far from a role cue a name may stand to count as a company in a sentence about the accord: {@value} words. */
    static final int CUE_WINDOW = 3;
    /** The most words a cue before a list is looked for over, beyond {@link #CUE_WINDOW}: {@value}. */
    static final int LONGEST_CUE = 5;

    private enum Status { UNKNOWN, COMPANY, PERSON, OTHER }

    /** A capitalised name or a known name in a sentence. */
    private static final class Candidate {
        final AnalyzedSentence sentence;
        final int start;
        final int end;
        final List<String> keys;
        final String known;
        Status status;
        /** The names of the list this one stands in, itself included, in text order; shared by them. */
        List<Candidate> list;

        Candidate(AnalyzedSentence sentence, int start, int end, String known) {
            this.sentence = sentence;
            this.start = start;
            this.end = end;
            this.keys = sentence.words().subList(start, end).stream().map(Word::key).toList();
            this.known = known;
            this.status = known != null ? Status.COMPANY : Status.UNKNOWN;
        }

        Word first() {
            return sentence.word(start);
        }

        String text(String document) {
            return document.substring(sentence.word(start).start(), sentence.word(end - 1).end());
        }
    }

    private final NameTable<String> known;
    private final Set<String> suffixes;
    /** First words of company names ({@code Bakkerij}, {@code Transports}): a name they begin is a company. */
    private final Set<String> prefixes;
    /** Legal forms ({@code Corp}, {@code Oyj}): after a known name, still that company. */
    private final Set<String> legalForms;
    private final Gazetteer gazetteer;

    /**
     * @param accord the accord whose companies are known by name
     * @param extraNames further names to take for companies unless they are something else
     */
    CompanyFinder(Accord accord, Set<String> extraNames, Gazetteer gazetteer, Normalizer normalizer) {
        Objects.requireNonNull(accord, "accord");
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        Map<String, String> names = new HashMap<>();
        for (String name : extraNames) {
            names.put(name, name);
        }
        names.putAll(gazetteer.companies());
        for (Company c : accord.companies()) {
            for (String name : c.allNames()) {
                names.put(name, c.name());
            }
        }
        this.known = NameTable.of(names, normalizer);
        this.suffixes = nameForms("dev/accord/extract/company-suffixes.txt");
        this.prefixes = nameForms("dev/accord/extract/company-prefixes.txt");
        this.legalForms = nameForms("dev/accord/extract/legal-forms.txt");
    }

    /** Returns the words of a bundled list, one a line, in the form they have as part of a name. */
    private static Set<String> nameForms(String path) {
        Set<String> forms = new HashSet<>();
        for (String line : Lexicon.resourceLines(path)) {
            forms.add(dev.accord.internal.Names.nameForm(line));
        }
        return Set.copyOf(forms);
    }

    /**
     * Returns the company mentions of a document, in text order.
     *
     * @param scope which sentences speak of the accord
     */
    List<Mention> find(List<AnalyzedSentence> sentences, String text, Lexicon lexicon, AccordScope scope) {
        List<Candidate> all = new ArrayList<>();
        List<List<Candidate>> lists = new ArrayList<>();
        for (AnalyzedSentence s : sentences) {
            List<Candidate> here = candidates(s, lexicon);
            all.addAll(here);
            lists.addAll(lists(here, lexicon));
        }
        for (Candidate c : all) {
            if (c.status == Status.UNKNOWN) {
                c.status = intrinsic(c, lexicon, sentences);
            }
        }
        markSurnames(all);
        for (int round = 0; round < EVIDENCE_ROUNDS; round++) {
            spreadEvidence(all, lists, lexicon, scope);
        }
        markShortForms(all, lexicon);
        Map<List<String>, String> canonical = canonicalNames(all, text);
        List<Mention> out = new ArrayList<>();
        for (Candidate c : all) {
            if (c.status == Status.COMPANY) {
                String name = c.known != null ? c.known : canonical.get(c.keys);
                out.add(new Mention(c.sentence.index(), c.start, c.end, name));
            }
        }
        return withEpithets(sentences, out, lexicon);
    }

    /**
     * Adds a mention for each name of a company by its home town ({@code the Redmond giant}, {@code le géant de
     * Redmond}, {@code de softwarereus uit Redmond}) when the document also names that company: the town's words
     * stand for it. Returns the mentions in text order.
     */
    private List<Mention> withEpithets(List<AnalyzedSentence> sentences, List<Mention> mentions, Lexicon lexicon) {
        Map<String, String> named = new HashMap<>(); // folded name → name as reported, of companies with a home town
        for (Mention m : mentions) {
            String fold = Names.fold(m.company());
            if (gazetteer.isHeadquartered(fold)) {
                named.putIfAbsent(fold, m.company());
            }
        }
        if (named.isEmpty()) {
            return mentions; // most texts: no company a town stands for, no town to look up
        }
        List<Mention> out = new ArrayList<>(mentions);
        boolean added = false;
        for (AnalyzedSentence s : sentences) {
            List<Word> w = s.words();
            for (NameTable.Hit<String> hit : gazetteer.headquarters().find(w)) {
                String company = named.get(Names.fold(hit.value()));
                if (company != null && w.get(hit.start()).isCapitalised() && epithet(w, hit.start(), hit.end(), lexicon)
                        && mentions.stream().noneMatch(m -> m.sentence() == s.index() && m.start() < hit.end() && hit.start() < m.end())) {
                    out.add(new Mention(s.index(), hit.start(), hit.end(), company));
                    added = true;
                }
            }
        }
        if (added) {
            out.sort(Comparator.comparingInt(Mention::sentence).thenComparingInt(Mention::start));
        }
        return out;
    }

    /**
     * Returns true if the town at words {@code [start, end)} names a company with a noun: after an opening word and before a
     * noun ({@code the Redmond giant}), or after a noun and a preposition ({@code le géant de Redmond}); not {@code in Redmond}.
     */
    private static boolean epithet(List<Word> w, int start, int end, Lexicon lexicon) {
        boolean before = start > 0 && end < w.size() && lexicon.get(Cues.EPITHET_ARTICLES).matchAt(w, start - 1) != null
                && noun(w.get(end), lexicon) && !w.get(end).gapHasAny(",;:");
        PhraseList prepositions = lexicon.get(Cues.EPITHET_PREPOSITIONS);
        boolean after = start > 1 && prepositions.find(w, start - 1, start).stream().anyMatch(m -> m.end() == start)
                && noun(w.get(start - 2), lexicon) && !w.get(start - 1).gapHasAny(",;:");
        // "la firme d'Espoo": the elided preposition is written in the town's gap
        boolean elided = start > 0 && prepositions.matchAt(w, start) != null && noun(w.get(start - 1), lexicon);
        return before || after || elided;
    }

    /** Returns true if a word may be a common noun: written in lower case, not a stop word. */
    private static boolean noun(Word word, Lexicon lexicon) {
        return word.kind() == Word.Kind.WORD && !word.isCapitalised() && !lexicon.isStopWord(word.fold());
    }

    /** How often evidence is passed on between names (a list, the same name elsewhere): {@value}. */
    static final int EVIDENCE_ROUNDS = 2;

    /** Returns the lists of a sentence's names (joined by commas and coordinators), and links each name to its list. */
    private static List<List<Candidate>> lists(List<Candidate> here, Lexicon lexicon) {
        List<List<Candidate>> lists = new ArrayList<>();
        List<Candidate> current = new ArrayList<>();
        for (Candidate c : here) {
            if (!current.isEmpty() && !joined(current.get(current.size() - 1), c, lexicon)) {
                lists.add(current);
                current = new ArrayList<>();
            }
            current.add(c);
            c.list = current;
        }
        if (!current.isEmpty()) {
            lists.add(current);
        }
        return lists;
    }

    /** Marks as persons the one-word names that are the surname of a person named in full ("Smith" after "Brad Smith"). */
    private static void markSurnames(List<Candidate> all) {
        Set<String> personSurnames = new HashSet<>();
        for (Candidate c : all) {
            if (c.status == Status.PERSON && c.keys.size() >= 2) {
                personSurnames.add(c.keys.get(c.keys.size() - 1));
            }
        }
        for (Candidate c : all) {
            // "Mikkel Nielsen ... zei Nielsen": a known name too, once a person was named with it
            if ((c.status == Status.UNKNOWN || c.known != null) && c.keys.size() == 1 && personSurnames.contains(c.keys.get(0))) {
                c.status = Status.PERSON;
            }
        }
    }

    /**
     * Marks as companies the one-word names that begin the name of a company found by evidence: "Tarnwell, needless
     * to say, was not on the list of signatories" after "Tarnwell Labs". Not a known company's first word ("Orange" of "Orange
     * Belgium" is known on its own or not at all), nor a stop word.
     */
    private static void markShortForms(List<Candidate> all, Lexicon lexicon) {
        Set<String> heads = new HashSet<>();
        for (Candidate c : all) {
            if (c.status == Status.COMPANY && c.known == null && c.keys.size() >= 2) {
                heads.add(c.keys.get(0));
            }
        }
        for (Candidate c : all) {
            if (c.status == Status.UNKNOWN && c.keys.size() == 1 && heads.contains(c.keys.get(0))
                    && !lexicon.isStopWord(c.first().fold())) {
                c.status = Status.COMPANY;
            }
        }
    }

    /** Passes company evidence on: through lists, from role cues around a name, and to the same name elsewhere. */
    private void spreadEvidence(List<Candidate> all, List<List<Candidate>> lists, Lexicon lexicon, AccordScope scope) {
        for (List<Candidate> list : lists) {
            // coordinated with a company in one list: "Microsoft, Proximus en Orange"
            if (list.stream().anyMatch(c -> c.status == Status.COMPANY)) {
                // not a word capitalised only because it opens the sentence: "Conspicuously, Apple ..."
                list.stream().filter(c -> c.status == Status.UNKNOWN && !capitalisedOnlyAsFirstWord(c))
                        .forEach(c -> c.status = Status.COMPANY);
            }
        }
        for (Candidate c : all) {
            if (c.status == Status.UNKNOWN && byContext(c, lexicon, scope)) {
                c.status = Status.COMPANY;
            }
        }
        Set<List<String>> companies = new HashSet<>();
        for (Candidate c : all) {
            if (c.status == Status.COMPANY) {
                companies.add(c.keys);
            }
        }
        for (Candidate c : all) {
            if (c.status == Status.UNKNOWN && companies.contains(c.keys)) {
                c.status = Status.COMPANY;
            }
        }
    }

    /** Returns the name each company found by evidence goes by: its plainest spelling, a short form as its long name. */
    private static Map<List<String>, String> canonicalNames(List<Candidate> all, String text) {
        Map<List<String>, String> canonical = new LinkedHashMap<>();
        for (Candidate c : all) {
            if (c.status == Status.COMPANY && c.known == null) {
                canonical.merge(c.keys, c.text(text), CompanyFinder::plainer);
            }
        }
        // A short form names the company of a longer name it begins: "Northwind" after "Northwind Analytics",
        // "Kestrel Assurance" and "Kestrel Assurance Ltd", "Liffey Vault" and "Liffey Vault Technologies"
        // (the longest such name, so that "Corvane", "Corvane Software" and "Corvane Software Ltd" are one company)
        Map<List<String>, List<String>> longestByPrefix = new HashMap<>();
        canonical.forEach((keys, name) -> {
            for (int n = 1; n < keys.size(); n++) {
                longestByPrefix.merge(keys.subList(0, n), keys, (a, b) -> b.size() > a.size() ? b : a);
            }
        });
        Map<List<String>, String> names = new LinkedHashMap<>(canonical);
        canonical.replaceAll((keys, name) -> names.get(longestByPrefix.getOrDefault(keys, keys)));
        return canonical;
    }

    /**
     * Of two spellings of one name, returns the one without a genitive ending if they differ by
     * one ({@code Telenet} over {@code Telenets}), else the first: a name that ends in s itself
     * ({@code Veridian Systems}) keeps it.
     */
    private static String plainer(String first, String second) {
        if (first.equals(second)) {
            return first;
        }
        for (String suffix : new String[] {"s", "'", "’"}) {
            if (first.equals(second + suffix)) {
                return second;
            }
        }
        return first;
    }

    /** Returns the known names and the capitalised runs of a sentence, in text order. */
    private List<Candidate> candidates(AnalyzedSentence s, Lexicon lexicon) {
        List<Word> words = s.words();
        // Places and names that are never companies block their words, unless a longer known
        // company contains them ("Orange Belgium") or a capitalised run goes on around them
        // ("Wallonia Net", "Cambridge Analytica"): those are names of their own.
        boolean[] blocked = new boolean[words.size()];
        List<NameTable.Hit<?>> blocks = new ArrayList<>();
        // only written with a capital: the verb "staat" is not the State, "eu" (a eu lieu) not the EU
        gazetteer.places().find(words).stream().filter(h -> words.get(h.start()).isCapitalised()).forEach(blocks::add);
        gazetteer.nonCompanies().find(words).stream().filter(h -> words.get(h.start()).isCapitalised()).forEach(blocks::add);
        for (Cues cues : new Cues[] {Cues.ACCORD_NAMES, Cues.OTHER_PLEDGES}) {
            for (PhraseList.Match m : lexicon.get(cues).find(words)) {
                // with the rest of another agreement's title: "Tech Accord for Safe Robotics"
                int title = cues == Cues.ACCORD_NAMES ? AccordScope.titleEnd(words, m.end(), lexicon) : -1;
                blocks.add(new NameTable.Hit<>(m.start(), Math.max(m.end(), title), cues));
            }
        }
        List<NameTable.Hit<String>> knownHits = known.find(words);
        int[] knownLength = new int[words.size()]; // the length of the known name that covers each word, 0 if none
        for (NameTable.Hit<String> k : knownHits) {
            for (int i = k.start(); i < k.end(); i++) {
                knownLength[i] = Math.max(knownLength[i], k.end() - k.start());
            }
        }
        for (NameTable.Hit<?> h : blocks) {
            // known hits do not overlap each other, so one covering both ends of h contains it
            boolean insideLongerKnown = knownLength[h.start()] > h.end() - h.start()
                    && knownLength[h.end() - 1] == knownLength[h.start()];
            boolean runGoesOn = h.value() instanceof String && (continuesName(words, h.end()) || continuesNameBefore(words, h.start()));
            if (!insideLongerKnown && !runGoesOn) {
                for (int i = h.start(); i < h.end(); i++) {
                    blocked[i] = true;
                }
            }
        }
        List<Candidate> out = new ArrayList<>();
        boolean[] taken = new boolean[words.size()];
        for (NameTable.Hit<String> hit : knownHits) {
            Word first = words.get(hit.start());
            if (!first.isCapitalised() || anyBlocked(blocked, hit.start(), hit.end()) || nextToHead(words, hit.start(), hit.end(), lexicon)) {
                continue;
            }
            if (surnameAfterGivenName(words, hit, taken, blocked)) {
                // "de Deense middenvelder Mikkel Nielsen", "striker Connor Dell": a person named like a company
                Candidate person = new Candidate(s, hit.start() - 1, hit.end(), null);
                person.status = Status.PERSON;
                out.add(person);
                for (int i = hit.start() - 1; i < hit.end(); i++) {
                    taken[i] = true;
                }
                continue;
            }
            int end = divisionEnd(s, hit.end(), knownLength, blocked, lexicon);
            // "Microsoft Corp", "Nokia Oyj": a legal form after a known name is that company still
            boolean legalForm = words.subList(hit.end(), end).stream().allMatch(x -> legalForms.contains(x.key()));
            Candidate c = new Candidate(s, hit.start(), end, end > hit.end() && !legalForm ? null : hit.value());
            c.status = Status.COMPANY; // "Amazon Web Services", "Google Cloud": a company of its own, named after a known one
            out.add(c);
            for (int i = hit.start(); i < end; i++) {
                taken[i] = true;
            }
        }
        int i = 0;
        while (i < words.size()) {
            if (taken[i] || blocked[i] || !isNameWord(words.get(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < words.size() && !taken[end] && !blocked[end] && isNameWord(words.get(end)) && joins(words.get(end).gap())) {
                end++;
            }
            int a = i;
            int b = end;
            while (a < b && (notName(words.get(a), lexicon) || leadsAName(words, a, b, lexicon))) {
                a++; // "De", "Hoofdsponsor Allianz", "Kapitein Yari Verschaeren": the name starts after
            }
            while (b > a && notName(words.get(b - 1), lexicon) && !endsWithSuffix(words, a, b, lexicon)) {
                b--; // "Dijlestad IT", "Tessel ICT" keep their suffix: a generic word closes a name
            }
            if (a < b) {
                Candidate c = new Candidate(s, a, b, null);
                if (nextToHead(words, a, b, lexicon) || headInside(words, a, b, lexicon)) {
                    c.status = Status.OTHER;
                }
                out.add(c);
            }
            i = end;
        }
        out.sort((x, y) -> Integer.compare(x.start, y.start));
        return out;
    }

    /**
     * Returns true if a known name of one word follows a given name inside the sentence, with no
     * punctuation between ({@code Mikkel Nielsen}, {@code Michael Dell}): the surname of a person.
     * A given name that opens the sentence may be a word like any other ({@code Will Dell sign?}).
     */
    private boolean surnameAfterGivenName(List<Word> words, NameTable.Hit<String> hit, boolean[] taken, boolean[] blocked) {
        int g = hit.start() - 1;
        return hit.end() - hit.start() == 1 && g > 0 && !taken[g] && !blocked[g] && words.get(g).isCapitalised()
                && gazetteer.isFirstName(words.get(g).fold()) && !words.get(hit.start()).gapHasAny(",;:()\"'«»“”")
                && !words.get(g).gapHasAny("\"'«“");
    }

    /**
     * Returns where the name of a division or subsidiary ends that begins with a known name ending
     * at word {@code from} ({@code Amazon Web Services}, {@code Orange Business}): the capitalised
     * words joined to it, up to a place, another known name, a title, a given name or a word that
     * is never a name; {@code from} itself if none. Headings, often capitalised word by word, get none.
     */
    private int divisionEnd(AnalyzedSentence s, int from, int[] knownLength, boolean[] blocked, Lexicon lexicon) {
        List<Word> words = s.words();
        if (s.heading()) {
            return from;
        }
        int end = from;
        while (continuesName(words, end) && words.get(end).kind() == Word.Kind.NAME && knownLength[end] == 0 && !blocked[end]
                && !gazetteer.isFirstName(words.get(end).fold()) && lexicon.day(words.get(end).fold()) == null
                && lexicon.get(Cues.PERSON_TITLES).matchAt(words, end) == null
                && lexicon.get(Cues.COMPANY_TITLES).matchAt(words, end) == null
                && lexicon.get(Cues.NON_COMPANY_HEADS).matchAt(words, end) == null) {
            end++;
        }
        return end;
    }

    /** Returns true if words {@code [a, b)} are a name followed by a company suffix that is no name alone ({@code IT}, {@code Digital}). */
    private boolean endsWithSuffix(List<Word> words, int a, int b, Lexicon lexicon) {
        return b - a >= 2 && suffixes.contains(words.get(b - 1).key()) && !notName(words.get(b - 2), lexicon);
    }

    /** Returns true if word {@code i} goes on a capitalised name: a capitalised word joined without punctuation. */
    private boolean continuesName(List<Word> words, int i) {
        return i < words.size() && isNameWord(words.get(i)) && joins(words.get(i).gap()) && !gazetteer.isNotName(words.get(i).fold());
    }

    /** Returns true if the word before {@code i} ends a capitalised name joined to it ({@code Gentse} is no name). */
    private boolean continuesNameBefore(List<Word> words, int i) {
        return i > 0 && isNameWord(words.get(i - 1)) && joins(words.get(i).gap()) && !gazetteer.isNotName(words.get(i - 1).fold())
                && words.get(i - 1).kind() == Word.Kind.NAME;
    }

    private static boolean anyBlocked(boolean[] blocked, int start, int end) {
        for (int i = start; i < end; i++) {
            if (blocked[i]) {
                return true;
            }
        }
        return false;
    }

    /** Returns true if a word can be part of a name: capitalised, or a number inside a name is not. */
    private static boolean isNameWord(Word w) {
        return w.kind() != Word.Kind.NUMBER && w.isCapitalised();
    }

    /** Returns true if two words of a name may stand apart by this gap ({@code " "}, {@code "-"}, {@code "&"}). */
    private static boolean joins(String gap) {
        boolean space = false;
        boolean dash = false;
        for (int i = 0; i < gap.length(); i++) {
            char c = gap.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = true;
            } else if (c == '-') {
                dash = true;
            } else if (c != '&' && c != '.') {
                return false;
            }
        }
        // "F-Secure", "AT&T", "Orange Belgium"; not a dateline's "LOUVAIN - Veridian"
        return gap.length() <= 3 && !(space && dash);
    }

    private boolean notName(Word w, Lexicon lexicon) {
        return gazetteer.isNotName(w.fold()) || lexicon.day(w.fold()) != null || gazetteer.isPlaceAdjective(w.fold());
    }

    /**
     * Returns true if word {@code a} of a capitalised run is a company noun or a person's title
     * capitalised because it opens the sentence, with more of the run after it.
     */
    private static boolean leadsAName(List<Word> words, int a, int b, Lexicon lexicon) {
        if (a + 1 >= b || words.get(a).kind() != Word.Kind.WORD) {
            return false;
        }
        PhraseList.Match noun = lexicon.get(Cues.COMPANY_NOUNS).matchAt(words, a);
        PhraseList.Match title = lexicon.get(Cues.PERSON_TITLES).matchAt(words, a);
        return noun != null && noun.end() == a + 1 || title != null && title.end() == a + 1;
    }

    /** Returns true if the word right before or right after {@code [start, end)} makes the name an event or institution. */
    private static boolean nextToHead(List<Word> words, int start, int end, Lexicon lexicon) {
        PhraseList heads = lexicon.get(Cues.NON_COMPANY_HEADS);
        if (end < words.size() && heads.matchAt(words, end) != null && !words.get(end).gapHasAny(",;:(")) {
            return true;
        }
        return start > 0 && heads.matchAt(words, start - 1) != null && heads.matchAt(words, start - 1).end() == start
                && !words.get(start).gapHasAny(",;:(") && !companyNounEndsAt(words, start, lexicon);
    }

    /** Returns true if a company noun ends right before word {@code i} ({@code the software house CA Technologies}). */
    private static boolean companyNounEndsAt(List<Word> words, int i, Lexicon lexicon) {
        PhraseList nouns = lexicon.get(Cues.COMPANY_NOUNS);
        for (int k = Math.max(0, i - 3); k < i; k++) {
            PhraseList.Match m = nouns.matchAt(words, k);
            if (m != null && m.end() == i) {
                return true;
            }
        }
        return false;
    }

    private static boolean headInside(List<Word> words, int start, int end, Lexicon lexicon) {
        return lexicon.get(Cues.NON_COMPANY_HEADS).occursIn(words, start, end);
    }

    /** The status a name has from itself and its neighbours, before the document is seen whole. */
    private Status intrinsic(Candidate c, Lexicon lexicon, List<AnalyzedSentence> sentences) {
        if (c.end - c.start == 1 && NumberReader.of(lexicon.language()).read(List.of(c.first().fold()), 0).isPresent()) {
            return Status.OTHER; // "Quatre engagements", "Vierendertig bedrijven"
        }
        String tail = c.sentence.tail().strip();
        int first = RoleRules.isListItem(c.sentence.words()) && c.sentence.word(0).kind() == Word.Kind.NUMBER ? 1 : 0;
        boolean alone = c.start == first && c.end == c.sentence.size() && (tail.isEmpty() || ".!?".indexOf(tail.charAt(tail.length() - 1)) < 0);
        if (alone && c.sentence.index() + 1 < sentences.size()
                && opensWithCompanyNoun(sentences.get(c.sentence.index() + 1), lexicon)) {
            return Status.COMPANY; // a heading "Polderhost", then "Het kleine hostingbedrijf uit Delft ..."
        }
        return intrinsic(c, lexicon);
    }

    /** Returns true if a phrase of {@code list} ends right before word {@code a} ({@code chez X}, {@code Our supplier, X}). */
    private static boolean endsRightBefore(PhraseList list, List<Word> words, int a) {
        return a > 0 && list.find(words, Math.max(0, a - LONGEST_CUE), a).stream().anyMatch(m -> m.end() == a);
    }

    /** Returns true if a sentence opens with a company noun within {@value #NOUN_WINDOW} words after its first ({@code De netwerkreus}). */
    private static boolean opensWithCompanyNoun(AnalyzedSentence s, Lexicon lexicon) {
        PhraseList nouns = lexicon.get(Cues.COMPANY_NOUNS);
        for (int k = 1; k <= NOUN_WINDOW + 1 && k < s.size(); k++) {
            if (nouns.matchAt(s.words(), k) != null) {
                return !anyGap(s.words(), 1, k + 1, ",;:(");
            }
        }
        return false;
    }

    private Status intrinsic(Candidate c, Lexicon lexicon) {
        List<Word> words = c.sentence.words();
        int a = c.start;
        int b = c.end;
        PhraseList titles = lexicon.get(Cues.PERSON_TITLES);
        // Company evidence that a title cannot override: "woordvoerder van X", "X-topman", "X Inc."
        if (c.keys.size() >= 2 && (suffixes.contains(c.keys.get(c.keys.size() - 1)) || prefixes.contains(c.keys.get(0)))) {
            return Status.COMPANY; // "Scaldis Cloud NV", "Bakkerij Ter Velde", "le camion des Transports Merlier"
        }
        if (titleBefore(words, a, lexicon, true)) {
            return Status.COMPANY;
        }
        if (b < words.size() && lexicon.get(Cues.COMPANY_TITLES).matchAt(words, b) != null && !words.get(b).gapHasAny(",;:(")) {
            return Status.COMPANY; // "Microsoft-topman", "Proximus CEO"
        }
        // Persons
        if (c.keys.size() >= 2 && gazetteer.isFirstName(words.get(a).fold())) {
            return Status.PERSON;
        }
        if (titleBefore(words, a, lexicon, false)) {
            return Status.PERSON;
        }
        if (afterGivenNameAndParticle(words, a, lexicon)) {
            return Status.PERSON; // "Advocaat Erik van Dijk, die het bedrijf bijstond"
        }
        if (b < words.size() && words.get(b).gapHasAny(",") && titles.occursIn(words, b, Math.min(words.size(), b + 3))) {
            return Status.PERSON;
        }
        if (a > 0 && lexicon.get(Cues.SPEECH_VERBS).matchAt(words, a - 1) != null) {
            return Status.PERSON;
        }
        if (placeAdjectiveBefore(words, a, lexicon)) {
            return Status.COMPANY; // "La montréalaise Cognilis a adhéré", "le liégeois Datavia"
        }
        if (endsRightBefore(lexicon.get(Cues.COMPANY_PREPOSITIONS), words, a)) {
            return Status.COMPANY; // "Même démarche chez Véloxis, à Liège"
        }
        // Company nouns
        PhraseList nouns = lexicon.get(Cues.COMPANY_NOUNS);
        for (int k = Math.max(0, a - NOUN_WINDOW); k < a; k++) {
            PhraseList.Match m = nouns.matchAt(words, k);
            if (m != null && m.end() <= a && !anyGap(words, m.end(), a + 1, ",;:(")
                    && !lexicon.get(Cues.PLACE_PREPOSITIONS).occursIn(words, m.end(), a)
                    && !lexicon.get(Cues.OF_PREPOSITIONS).occursIn(words, m.end(), a)) {
                return Status.COMPANY; // "het telecombedrijf X", not "het hostingbedrijf uit Delft"
            }
        }
        // "Our badge-reader supplier, Harrowgate Access, is based in Leeds": the noun the name stands in apposition to
        if (a > 0 && words.get(a).gapHasAny(",") && !words.get(a).gapHasAny(";:") && b < words.size() && words.get(b).gapHasAny(",")
                && endsRightBefore(nouns, words, a)) {
            return Status.COMPANY;
        }
        if (b < words.size() && words.get(b).gapHasAny(",") && !words.get(b).gapHasAny(";:")) {
            int limit = Math.min(words.size(), b + APPOSITION_WINDOW);
            for (int k = b; k < limit; k++) {
                if (k > b && words.get(k).gapHasAny(",;:")) {
                    break;
                }
                if (nouns.matchAt(words, k) != null) {
                    return Status.COMPANY;
                }
            }
        }
        return Status.UNKNOWN;
    }

    /**
     * Returns true if an article and a lower-case adjective of a known place stand right before word {@code a}, with
     * no punctuation between ({@code la montréalaise Cognilis}, {@code l'allemand SAP}): French names a company so.
     */
    private boolean placeAdjectiveBefore(List<Word> words, int a, Lexicon lexicon) {
        if (a < 1) {
            return false;
        }
        Word adjective = words.get(a - 1);
        boolean article = adjective.gap().endsWith("'") || adjective.gap().endsWith("’")
                || a >= 2 && lexicon.isStopWord(words.get(a - 2).fold()) && !adjective.gapHasAny(",;:()");
        if (!article || adjective.isCapitalised() || adjective.kind() != Word.Kind.WORD || words.get(a).gapHasAny(",;:()")) {
            return false;
        }
        String fold = adjective.fold();
        for (Phrase ending : lexicon.get(Cues.PLACE_ADJECTIVES).phrases()) {
            String letters = ending.firstAffix();
            if (fold.endsWith(letters) && fold.length() > letters.length() && gazetteer.isAdjectiveOfPlace(fold, letters)) {
                return true;
            }
        }
        return false;
    }

    /** Returns true if a surname particle stands right before word {@code a}, and a given name right before it ({@code Erik van Dijk}). */
    private boolean afterGivenNameAndParticle(List<Word> words, int a, Lexicon lexicon) {
        PhraseList particles = lexicon.get(Cues.NAME_PARTICLES);
        for (int p = Math.max(0, a - 2); p < a; p++) {
            PhraseList.Match m = particles.matchAt(words, p);
            if (m != null && m.end() == a && p > 0 && words.get(p - 1).isCapitalised() && gazetteer.isFirstName(words.get(p - 1).fold())
                    && !words.get(a).gapHasAny(",;:(")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns true if a person's title stands right before word {@code a}: with a preposition
     * between ({@code woordvoerder van X}, {@code porte-parole d'X}) when {@code withPreposition},
     * else directly ({@code topman X}).
     */
    private static boolean titleBefore(List<Word> words, int a, Lexicon lexicon, boolean withPreposition) {
        PhraseList titles = lexicon.get(withPreposition ? Cues.COMPANY_TITLES : Cues.PERSON_TITLES);
        PhraseList prepositions = lexicon.get(Cues.OF_PREPOSITIONS);
        for (int k = Math.max(0, a - 4); k < a; k++) {
            PhraseList.Match m = titles.matchAt(words, k);
            if (m == null || m.end() > a || anyGap(words, m.end(), a + 1, ",;:(")) {
                continue;
            }
            if (m.end() == a) {
                boolean elided = words.get(a).gap().contains("'") || words.get(a).gap().contains("’");
                if (withPreposition == elided) {
                    return true;
                }
            } else if (withPreposition) {
                PhraseList.Match p = prepositions.matchAt(words, m.end());
                if (p != null && p.end() == a) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Returns true if the gap before a word in {@code [from, to)} holds one of {@code chars}. */
    private static boolean anyGap(List<Word> words, int from, int to, String chars) {
        for (int k = from; k < Math.min(to, words.size()); k++) {
            if (words.get(k).gapHasAny(chars)) {
                return true;
            }
        }
        return false;
    }

    /** Returns true if the word at {@code i} is itself a noun or title of the lists ({@code Signatories include ...}). */
    private static boolean isListWord(List<Word> words, int i, Lexicon lexicon) {
        for (Cues cues : new Cues[] {Cues.MEMBER_NOUNS, Cues.COMPANY_NOUNS, Cues.PERSON_TITLES, Cues.ACCORD_NOUNS}) {
            if (lexicon.get(cues).matchAt(words, i) != null) {
                return true;
            }
        }
        return false;
    }

    /** Returns true if a signing or initiating cue starts at word {@code i} (not a refusal: "Notably missing" opens a sentence). */
    private static boolean startsRoleCue(List<Word> words, int i, Lexicon lexicon) {
        for (Cues cues : new Cues[] {Cues.SIGNING, Cues.INITIATING, Cues.LEADING}) {
            if (lexicon.get(cues).matchAt(words, i) != null) {
                return true;
            }
        }
        return false;
    }

    /** Company evidence from the sentence around a name's list: role cues in a sentence about the accord. */
    private boolean byContext(Candidate c, Lexicon lexicon, AccordScope scope) {
        List<Word> words = c.sentence.words();
        List<Candidate> list = c.list;
        if (!scope.inScope(c.sentence.index())) {
            return false;
        }
        if (capitalisedOnlyAsFirstWord(c)) {
            // "Cybelys fait son entrée dans le Tech Accord": an opening word right before a role cue, that is no
            // common word of the language, is the subject; "Parmi les signataires", "Opvallend zijn" are not
            return !lexicon.isStopWord(c.first().fold()) && !isListWord(words, c.start, lexicon) && c.end < words.size()
                    && !words.get(c.end).gapHasAny(",;:(") && startsRoleCue(words, c.end, lexicon);
        }
        PhraseList.Match place = c.start > 0 ? lexicon.get(Cues.PLACE_PREPOSITIONS).matchAt(words, c.start - 1) : null;
        if (place != null && place.end() == c.start) {
            return false; // "uit Delft", "à Lille": a place, whatever cue stands near
        }
        Candidate head = list.get(0);
        Candidate last = list.get(list.size() - 1);
        int before = head.start;
        int after = last.end;
        for (Cues cues : new Cues[] {Cues.SIGNING, Cues.REFUSING, Cues.INITIATING, Cues.MEMBER_NOUNS, Cues.LIST_OPENERS}) {
            PhraseList cueList = lexicon.get(cues);
            // a cue that ends at most CUE_WINDOW words before the list, however long ("c'est au tour de X")
            for (int k = Math.max(0, before - CUE_WINDOW - LONGEST_CUE); k < before; k++) {
                PhraseList.Match m = cueList.matchAt(words, k);
                if (m != null && m.end() <= before && before - m.end() <= CUE_WINDOW) {
                    return true;
                }
            }
            if (cues != Cues.LIST_OPENERS && cues != Cues.MEMBER_NOUNS) {
                for (int k = after; k < Math.min(words.size(), after + CUE_WINDOW); k++) {
                    if (cueList.matchAt(words, k) != null) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Returns true if a candidate is one word that has its capital only because it opens the
     * sentence ({@code Parmi}, {@code Vierendertig}): role cues around it prove nothing.
     */
    private static boolean capitalisedOnlyAsFirstWord(Candidate c) {
        Word w = c.first();
        return c.end - c.start == 1 && w.kind() == Word.Kind.WORD && !w.isAllCaps();
    }

    /** Returns true if only a comma or coordinators stand between two names of a sentence. */
    static boolean joined(List<Word> words, int leftEnd, int rightStart, Lexicon lexicon) {
        if (rightStart < leftEnd) {
            return false;
        }
        if (rightStart == leftEnd) {
            return words.get(rightStart).gapHasAny(",/");
        }
        PhraseList coordinators = lexicon.get(Cues.COORDINATORS);
        int k = leftEnd;
        boolean coordinated = false;
        while (k < rightStart) {
            PhraseList.Match m = coordinators.matchAt(words, k);
            if (m == null || m.end() > rightStart) {
                break;
            }
            coordinated = true;
            k = m.end();
        }
        // after "en", "et", "and": an article and an adjective may stand before the next name
        // ("en het Nederlandse Polderhost", "et le néerlandais Polderhost")
        int describing = 0;
        // ("en het Finse F-Secure": an adjective of nationality is capitalised in Dutch, yet no name)
        // but not a verb and its agent: "lancé par Microsoft et signé par Cisco" are two predicates
        while (coordinated && k < rightStart && describing < LIST_DESCRIPTION && !words.get(k).gapHasAny(",;:()")
                && (lexicon.isStopWord(words.get(k).fold()) || !words.get(k).isCapitalised() || Gazetteer.bundled().isNotName(words.get(k).fold()))
                && !startsRoleCue(words, k, lexicon) && lexicon.get(Cues.REFUSING).matchAt(words, k) == null
                && lexicon.get(Cues.PASSIVE_AGENTS).matchAt(words, k) == null) {
            k++;
            describing++;
        }
        return k == rightStart && !words.get(rightStart).gapHasAny(";:(");
    }

    /** How many words (an article, an adjective) may stand between a coordinator and the next name of a list: {@value}. */
    static final int LIST_DESCRIPTION = 2;

    private static boolean joined(Candidate left, Candidate right, Lexicon lexicon) {
        return joined(left.sentence.words(), left.end, right.start, lexicon);
    }
}
