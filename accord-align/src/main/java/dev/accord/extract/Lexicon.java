package dev.accord.extract;

import dev.accord.core.text.Language;
import dev.accord.internal.Names;
import dev.accord.normalize.Normalizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;

/**
 * The words of one extraction language, loaded from the jar: one file a list, in
 * {@code dev/accord/extract/<language>/<list>.txt}, the way Lucene keeps its stop words.
 *
 * <p>Adding a language: write its files (every {@link Cues} list, {@code days.txt},
 * {@code event-nouns.txt}, {@code pillars.txt}) and add it to {@link #SUPPORTED}. A missing or
 * empty file fails when the lexicon is first used, naming the file; a list the language has no use
 * for says so with the one entry {@value #NO_ENTRY}.
 *
 * <p>Immutable and thread-safe; each language is loaded once.
 */
final class Lexicon {

    /** The languages extraction supports. */
    static final Set<Language> SUPPORTED = Collections.unmodifiableSet(EnumSet.of(Language.NL, Language.FR, Language.EN));

    /** The phrase lists of a language, each in the file of its name. */
    enum Cues {
        /** Names of the accord itself ({@code cybersecurity tech accord}). */
        ACCORD_NAMES("accord-names"),
        /** Nouns that refer back to an agreement ({@code akkoord}, {@code pacte}). */
        ACCORD_NOUNS("accord-nouns"),
        /** Words of the accord's subject, cyber security, used to recognise a description of it. */
        CYBER_WORDS("cyber-words"),
        /** Governments and their people ({@code minister}, {@code gouvernement}): signers of an agreement between states. */
        STATE_ACTORS("state-actors"),
        /** Words before a number of founding members with no noun after it ({@code the original 34}). */
        COUNT_ADJECTIVES("count-adjectives"),
        /** A pronoun subject with a verb of being before a number of members ({@code ils étaient}, {@code zijn het er}). */
        COUNT_SUBJECTS("count-subjects"),
        /** Words that ask how many ({@code how many}, {@code combien}, {@code hoeveel}): a question of them asks for a count. */
        COUNT_QUESTIONS("count-questions"),
        /** Verbs that put a count at a level right before the number ({@code stood at}, {@code telt}, {@code a dépassé}). */
        LEVEL_VERBS("level-verbs"),
        /** Headings that open a press release's boilerplate ({@code About X}, {@code À propos de X}): out of the accord's scope. */
        BOILERPLATE_HEADINGS("boilerplate-headings"),
        /** Names of other pledges; their sentences are about them, not about the accord. */
        OTHER_PLEDGES("other-pledges"),
        /** Compounds of a noun of agreements that, capitalised inside a sentence, are an agreement's own name ({@code het Netweerbaarheidsakkoord}). */
        AGREEMENT_COMPOUNDS("agreement-compounds"),
        /** Words that carry a title on after the accord's name, into another agreement's name ({@code Tech Accord to Combat Deceptive Use of AI}). */
        TITLE_LINKS("title-links"),
        /** Predicates saying that a subject signed, joined or takes part. */
        SIGNING("signing"),
        /** Predicates saying on their own that a subject did not sign, refused or is absent. */
        REFUSING("refusing"),
        /** Words that negate the predicate of their clause. */
        NEGATORS("negators"),
        /** Openers of a clause that denies what it supposes ({@code Had Apple signed}, {@code Si Apple avait signé}): a negator at the start of a clause. */
        COUNTERFACTUALS("counterfactuals"),
        /** Words that make a signing only possible or planned ({@code overweegt}, {@code envisage}, {@code would consider}). */
        HEDGES("hedges"),
        /** Verbs that affirm an elided predicate when they end its clause ({@code but Cisco and Oracle are}). */
        FINAL_AFFIRMERS("final-affirmers"),
        /** Words that affirm an elided predicate ({@code maar Cisco wel}). */
        AFFIRMERS("affirmers"),
        /** Cues that name the initiators of the accord ({@code op initiatief van}, {@code à l'initiative de}). */
        INITIATING("initiating"),
        /** Cues of launching or leading that name initiators only after the accord or an initiative in their sentence ({@code launched by}). */
        LAUNCHED_BY("launched-by"),
        /** Active verbs of launching or leading that name initiators when the accord or an initiative follows ({@code X led the effort}). */
        LEADING("leading"),
        /** Nouns of an initiative or project, after which a launch cue names initiators ({@code le projet est piloté par X}). */
        INITIATIVE_NOUNS("initiative-nouns"),
        /** Words that open a list of examples ({@code waaronder}, {@code dont}, {@code including}). */
        LIST_OPENERS("list-openers"),
        /** Sentence openers that continue the previous sentence's group ({@code Ook}, {@code also}). */
        CONTINUATIONS("continuations"),
        /** Openers that continue the previous group in the negative ({@code evenmin}, {@code neither}). */
        NEGATIVE_CONTINUATIONS("negative-continuations"),
        /** Words that stand for a company of a sentence before, as a verb's subject ({@code it}, {@code la jeune pousse}). */
        ANAPHORS("anaphors"),
        /** Pronouns that stand for the accord as the subject after an opening participle ({@code Lancé par X, il ...}). */
        ACCORD_PRONOUNS("accord-pronouns"),
        /** Pronouns that stand for the accord as the object of a verb of launching ({@code launched it}, {@code l'ont lancé}). */
        ACCORD_OBJECTS("accord-objects"),
        /** Negators that negate nothing: {@code not only ... but} ({@code niet alleen}, {@code non seulement}), a denied hesitation ({@code n'a pas hésité}). */
        NOT_ONLY("not-only"),
        /** The particles of a surname after a given name ({@code Erik van Dijk}, {@code Jean de La Fontaine}). */
        NAME_PARTICLES("name-particles"),
        /** Nouns that count the members of a list without naming them as companies ({@code thirty-four names}, {@code 150 logos}). */
        COUNT_NOUNS("count-nouns"),
        /** A negator with the infinitive or verb it negates: the content of a pledge, not a refusal ({@code pledged never to help}, {@code s'engagent à ne jamais aider}). */
        PLEDGED_NEGATIONS("pledged-negations"),
        /** The first person plural as a subject ({@code wij}, {@code nous}, {@code we}): in an interview, the guest's company. */
        FIRST_PERSON("first-person"),
        /** Words that stand for the group of companies named in a sentence before ({@code die twee}, {@code both}). */
        PLURAL_ANAPHORS("plural-anaphors"),
        /** Words that make a plural anaphor stand for two companies ({@code both}, {@code les deux}): the last list of two. */
        DUAL_WORDS("dual-words"),
        /** Nouns that name an initiator right after a possessive name ({@code Microsoft's idea}, {@code Microsoft's brainchild}). */
        POSSESSED_INITIATING("possessed-initiating"),
        /** Determiners that make a noun generic, no anaphor ({@code toute entreprise}, {@code any company}). */
        INDEFINITES("indefinites"),
        /** Prepositions that make the verb before them passive ({@code signed by}, {@code ondertekend door}). */
        PASSIVE_AGENTS("passive-agents"),
        /** Phrases saying that a subject did as the one before ({@code sont dans le même cas}, {@code followed suit}). */
        SAME_AS_BEFORE("same-as-before"),
        /** Pro-verbs that repeat the predicate before them with their own negation ({@code deed dat niet}, {@code l'a fait}). */
        PRO_VERBS("pro-verbs"),
        /** Relative pronouns that open a clause about the names before them ({@code die}, {@code qui}, {@code which}). */
        RELATIVE_PRONOUNS("relative-pronouns"),
        /** Words that set a list against its clause ({@code in tegenstelling tot}, {@code unlike}). */
        CONTRAST("contrast"),
        /** Conjunctions that open a sentence with a subordinate clause, which ends at the first comma ({@code si}, {@code hoewel}). */
        SUBORDINATE_OPENERS("subordinate-openers"),
        /** Words that start a new clause ({@code maar}, {@code mais}, {@code while}). */
        CLAUSE_BREAKS("clause-breaks"),
        /** Words that join the items of a list ({@code en}, {@code et}, {@code and}). */
        COORDINATORS("coordinators"),
        /** Nouns of companies, for appositions and counts ({@code bedrijf}, {@code firmes}). */
        COMPANY_NOUNS("company-nouns"),
        /** Nouns of the accord's members ({@code ondertekenaars}, {@code signataires}). */
        MEMBER_NOUNS("member-nouns"),
        /** Nouns of a scandal or an affair, which a name next to them names ({@code the Cambridge Analytica scandal}). */
        AFFAIR_NOUNS("affair-nouns"),
        /** Titles and functions of persons ({@code topman}, {@code porte-parole}). */
        PERSON_TITLES("person-titles"),
        /** Titles of a company's people: before a preposition ({@code woordvoerder van X}) or right after a name ({@code X-topman}) they make it a company. */
        COMPANY_TITLES("company-titles"),
        /** Prepositions after which a capitalised name that is no person is a company ({@code chez}). */
        COMPANY_PREPOSITIONS("company-prepositions"),
        /** Prepositions between a person's title and the company ({@code van}, {@code de}, {@code of}). */
        OF_PREPOSITIONS("of-prepositions"),
        /** Verbs of saying, next to a person's name. */
        SPEECH_VERBS("speech-verbs"),
        /** Head words that make a name a government, institution, event or award. */
        NON_COMPANY_HEADS("non-company-heads"),
        /** A parent company before its subsidiary ({@code moederbedrijf van}, {@code société-mère de}). */
        PARENT_OF("parent-of"),
        /** The parent noun between a subsidiary and its parent ({@code Googles moederbedrijf Alphabet}). */
        PARENT_NOUNS("parent-nouns"),
        /** Words that compare a count of members with an earlier one, before its number ({@code contre 34}, {@code up from 34}). */
        COUNT_COMPARISONS("count-comparisons"),
        /** Nouns of a threshold a count passes ({@code mark}, {@code kaap}, {@code barre}): {@code passed the 100 mark} says more than 100. */
        THRESHOLD_NOUNS("threshold-nouns"),
        /** Verbs of passing a threshold ({@code passed}, {@code overschreden}, {@code franchi}), before or after a count next to a threshold noun in its clause. */
        PASSING_VERBS("passing-verbs"),
        /** Verbs of serving customers or asking members before a count of companies ({@code protects 300 businesses}, {@code surveyed 85 member companies}): not the signatories. */
        SERVING_VERBS("serving-verbs"),
        /** Words after a number that make it a percentage ({@code percent}, {@code procent}): no count. */
        PERCENT_WORDS("percent-words"),
        /** The number of members as a noun after a count that a verb puts at a level ({@code porte à 152 le nombre de signataires}). */
        MEMBER_TOTALS("member-totals"),
        /** Openers that say what the number alone before them counts ({@code C'est le nombre}, {@code Zoveel}, {@code So many}). */
        COUNT_REFERENTS("count-referents"),
        /** Words right after a number that say more than it ({@code et quelques}, {@code and counting}). */
        MORE_AFTER("more-after"),
        /** Words of time that may stand between a count and its verb or its clause's end ({@code aujourd'hui}, {@code now}). */
        TIME_WORDS("time-words"),
        /** A company's customers and other parties that are not members, with a possessive ({@code whose clients}, {@code haar klanten}): a verb of signing right after them is not a member's ({@code whose clients include Clorox}). */
        CUSTOMER_NOUNS("customer-nouns"),
        /** Words right after a number that make it a number of newcomers ({@code 33 other firms}), not of signatories. */
        INCREMENT_WORDS("increment-words"),
        /** Nouns of bodies with members of their own ({@code federatie}, {@code cluster}, {@code trade body}): a count of members after one is theirs. */
        MEMBER_BODIES("member-bodies"),
        /** Endings of lower-case adjectives of places that name a company after an article ({@code la montréalaise Cognilis}). */
        PLACE_ADJECTIVES("place-adjectives"),
        /** Noun phrases that stand for the accord's initiators named elsewhere ({@code les deux instigateurs}, {@code both architects}). */
        INITIATOR_ANAPHORS("initiator-anaphors"),
        /** Words that compare what follows them with what stands before ({@code que}, {@code than}): no subject follows them. */
        COMPARATIVES("comparatives"),
        /** Nouns of the accord's principles ({@code pijlers}, {@code principes}). */
        PILLAR_NOUNS("pillar-nouns"),
        /** Nouns that count the principles only as the answer to a question of promises ({@code Four things}, {@code Vier dingen}). */
        THING_NOUNS("thing-nouns"),
        /** Cues of a meeting of the signatories. */
        MEETING("meeting"),
        /** Predicates of presenting or launching, which date the signing. */
        LAUNCHING("launching"),
        /** Sentence openers that refer back to the previous sentence ({@code Dit}, {@code Cela}). */
        PRONOUN_OPENERS("pronoun-openers"),
        /** Prepositions of place, after which a name is a place ({@code in}, {@code à}). */
        PLACE_PREPOSITIONS("place-prepositions"),
        /** Words before a home town and a noun that name a company together ({@code the} in {@code the Redmond giant}). */
        EPITHET_ARTICLES("epithet-articles"),
        /** Prepositions between a noun and a home town that name a company together ({@code de} in {@code le géant de Redmond}). */
        EPITHET_PREPOSITIONS("epithet-prepositions"),
        /** Pronouns after a count that make it a part of a group named before ({@code van hen}, {@code d'entre eux}, {@code of them}). */
        PARTITIVE_PRONOUNS("partitive-pronouns");

        private final String file;

        Cues(String file) {
            this.file = file;
        }

        /** Returns the file name, without folder. */
        String file() {
            return file + ".txt";
        }
    }

    private final Language language;
    private final Map<Cues, PhraseList> lists;
    private final Map<String, DayOfWeek> days;
    private final Map<String, String> eventNouns;
    private final PillarConcepts pillars;
    private final CueIndex index;
    private final CharArraySet stopWords;

    private Lexicon(Language language, Normalizer normalizer) {
        this.language = language;
        this.stopWords = switch (language) {
            case NL -> DutchAnalyzer.getDefaultStopSet();
            case FR -> FrenchAnalyzer.getDefaultStopSet();
            case EN -> EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
            case DE -> throw new IllegalArgumentException("extraction supports Dutch, French and English, not German");
        };
        List<PhraseList.CueIndexSlot> slots = new ArrayList<>();
        List<PhraseList> all = new ArrayList<>();
        java.util.function.BiFunction<String, List<Phrase>, PhraseList> newList = (name, phrases) -> {
            PhraseList.CueIndexSlot slot = new PhraseList.CueIndexSlot(all.size());
            PhraseList list = new PhraseList(name, phrases, slot);
            slots.add(slot);
            all.add(list);
            return list;
        };
        Map<Cues, PhraseList> map = new EnumMap<>(Cues.class);
        for (Cues cues : Cues.values()) {
            List<Phrase> phrases = new ArrayList<>();
            for (String line : lines(language, cues.file())) {
                phrases.add(Phrase.compile(line, language, normalizer));
            }
            map.put(cues, newList.apply(language.iso639_1() + "/" + cues.file(), phrases));
        }
        this.lists = Collections.unmodifiableMap(map);
        Map<String, DayOfWeek> d = new HashMap<>();
        for (String line : lines(language, "days.txt")) {
            String[] parts = keyValue(line, language, "days.txt");
            d.put(Names.fold(parts[0]), DayOfWeek.valueOf(parts[1].toUpperCase(Locale.ROOT)));
        }
        if (d.values().stream().distinct().count() != 7) {
            throw new IllegalStateException(path(language, "days.txt") + " must name all seven days");
        }
        this.days = Map.copyOf(d);
        Map<String, String> e = new HashMap<>();
        for (String line : lines(language, "event-nouns.txt")) {
            String[] parts = keyValue(line, language, "event-nouns.txt");
            e.put(Names.fold(parts[0]), parts[1]);
        }
        this.eventNouns = Map.copyOf(e);
        this.pillars = PillarConcepts.parse(lines(language, "pillars.txt"), language, normalizer, path(language, "pillars.txt"),
                newList);
        this.index = new CueIndex(all);
        slots.forEach(slot -> slot.attach(index));
    }

    /**
     * Returns true if a folded word is one of the language's stop words (Lucene's list: articles,
     * pronouns, auxiliaries, common adverbs), which a capital at a sentence's start does not make a name.
     */
    boolean isStopWord(String fold) {
        return stopWords.contains(fold);
    }

    /** Returns the index of all the lists of the language, which matches a sentence against all of them in one pass. */
    CueIndex index() {
        return index;
    }

    /**
     * Returns the lexicon of {@code language}.
     *
     * @throws IllegalArgumentException if extraction does not support the language
     */
    static Lexicon of(Language language) {
        Objects.requireNonNull(language, "language");
        Lexicon lexicon = Holder.ALL.get(language);
        if (lexicon == null) {
            throw new IllegalArgumentException("extraction supports Dutch, French and English, not " + language.englishName());
        }
        return lexicon;
    }

    private static final class Holder {
        static final Map<Language, Lexicon> ALL;

        static {
            Normalizer normalizer = Normalizer.lucene();
            Map<Language, Lexicon> all = new EnumMap<>(Language.class);
            for (Language language : SUPPORTED) {
                all.put(language, new Lexicon(language, normalizer));
            }
            ALL = Collections.unmodifiableMap(all);
        }
    }

    /** Returns the language of the lexicon. */
    Language language() {
        return language;
    }

    /** Returns the list {@code cues}. */
    PhraseList get(Cues cues) {
        return lists.get(cues);
    }

    /** Returns the day a folded word names, or null. */
    DayOfWeek day(String fold) {
        return days.get(fold);
    }

    /** Returns the English event name of a folded event noun ({@code conferentie → Conference}), or null. */
    String eventNoun(String fold) {
        return eventNouns.get(fold);
    }

    /** Returns the pillar concepts of the language. */
    PillarConcepts pillars() {
        return pillars;
    }

    private static String path(Language language, String file) {
        return "dev/accord/extract/" + language.iso639_1() + "/" + file;
    }

    private static String[] keyValue(String line, Language language, String file) {
        int eq = line.lastIndexOf('=');
        if (eq <= 0 || eq == line.length() - 1) {
            throw new IllegalStateException(path(language, file) + ": expected 'word = value', got '" + line + "'");
        }
        return new String[] {line.substring(0, eq).strip(), line.substring(eq + 1).strip()};
    }

    /** The one entry of a list that a language has no use for ({@code place-adjectives} in a language that writes them with a capital). */
    static final String NO_ENTRY = "(none)";

    /**
     * Returns the entries of a bundled list file of {@code language}: its lines without comments
     * ({@code #} to the end of the line) and blank lines; none if its one entry is {@value #NO_ENTRY}.
     *
     * @throws IllegalStateException if the file is missing or has no entry
     * @throws UncheckedIOException if reading the jar fails
     */
    static List<String> lines(Language language, String file) {
        return resourceLines(path(language, file));
    }

    /** Returns the entries of a bundled list file, by its path under the class path root. */
    static List<String> resourceLines(String path) {
        List<String> out = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IllegalStateException("the extraction list " + path + " is missing from the jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int hash = line.indexOf('#');
                String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!entry.isEmpty()) {
                    out.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + path + " from the jar failed", e);
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("the extraction list " + path + " has no entry");
        }
        if (out.equals(List.of(NO_ENTRY))) {
            return List.of(); // a list that the language has no use for, said so on purpose
        }
        return List.copyOf(out);
    }
}
