package dev.accord.extract;

import dev.accord.core.Role;
import dev.accord.core.text.Language;
import dev.accord.extract.CompanyFinder.Mention;
import dev.accord.extract.Lexicon.Cues;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Gives the companies of a document their roles and parents, clause by clause, in the sentences
 * that speak of the accord.
 *
 * <p>The mentions of a sentence are first grouped into lists (names joined by commas and
 * coordinators, an article and an adjective allowed after a coordinator): a list takes one role.
 * A list takes the role of the nearest predicate cue of its clause (initiating, signing, refusing,
 * a noun of members), negated by a negator near the cue or right before the list; a list right
 * after a contrast word ({@code unlike}, {@code in tegenstelling tot}) takes the opposite; a
 * hedged signing ({@code would consider joining}) gives no role, a hedged refusal
 * ({@code wil niet tekenen}) a refusal. The cue of a relative clause right after a list gives it a
 * second role ({@code piloté par X, qui en sont aussi signataires}); a cue before a relative
 * clause about another noun is not the role of the names inside it. A list in a comma segment with
 * no cue but an affirmer or a negator ({@code Dell en Nokia wel}) takes the sentence's predicate
 * with that polarity. Launch cues name initiators only of the accord or an initiative, not of a
 * product ({@code launched by} after it, {@code led the effort} before it).
 *
 * <p>Across sentences: a sentence with names and no cue continues the role of the sentence before
 * when it opens with a continuation word ({@code Ook}, {@code Neither}), says it did the same
 * ({@code followed suit}), is an item of a list, is mostly names, or answers a question or a
 * colon, with at most {@value #QUIET_SENTENCES} sentences of no names or cues between; a sentence
 * of no names that says others did the same ({@code Deux autres l'ont suivie}) passes on the first
 * predicate of the sentence before; a list with no cue of its own in a sentence whose cues speak of
 * something else ({@code Then came X, which showed ...}) may continue too. A name alone as a
 * heading takes the role of the next sentence, and the next number of a numbered list the role of
 * the item before, whatever stands between; a possessive before a name or a parent noun
 * ({@code Alphabet's Google}), and a list right after a parent phrase ({@code the parent company of
 * Splunk and Duo}), take no role of their own. A verb of signing whose subject is an anaphor
 * ({@code it}, {@code la jeune pousse}, {@code het bedrijf}) gives its role to the company named
 * last, not after a preposition nor, while another is near, as an initiator in a description of the
 * accord ({@code the pledge that Microsoft launched}), at most {@value #ANAPHOR_SENTENCES} sentences
 * before; a plural one ({@code die twee}, {@code both}) to all the companies of the nearest such
 * sentence (one of two, {@code both}, to its last list of two), or to those named earlier in its
 * own sentence; a noun phrase for the initiators ({@code les deux instigateurs}) gives a signing of
 * its sentence to every initiator. A short question heading with a predicate ({@code Wie tekende?})
 * gives its role to the cue-less names of its answer, and a short question of names
 * ({@code Was Google there?}) takes the no of a bare answer ({@code It was not.}).
 *
 * <p>Last, a list that no rule gave a role takes the role the accord's known membership gives all
 * of it ({@link KnownMembership}); a list of more than {@value #MOST_INITIATORS} initiators is read
 * as members.
 *
 * <p>Stateless and thread-safe.
 */
final class RoleRules {

    /** How far from a predicate cue a negator still negates it: {@value} words. */
    static final int NEGATOR_WINDOW = 6;
    /** The most words of a sentence that states a role by ellipsis, without a predicate ({@code Dell en Nokia wel}): {@value}. */
    static final int ELLIPSIS_WORDS = 8;
    /** The most words of a question that a bare answer settles ({@code Was Google there? It was not.}): {@value}. */
    static final int SHORT_QUESTION_WORDS = 4;
    /** The most words of an answer that says no to a question of names alone ({@code Google? Also no.}): {@value}. */
    static final int BARE_ANSWER_WORDS = 3;
    /** How far after a relative pronoun its clause's cue may stand to give the list before it a role: {@value} words. */
    static final int RELATIVE_WINDOW = 4;
    /** The languages that put the verb of a subordinate clause last ({@code dat het akkoord al in 2018 tekende}). */
    private static final Set<Language> VERB_LAST = EnumSet.of(Language.NL, Language.DE);
    /** How far before a list a contrast word may stand: {@value} words. */
    static final int CONTRAST_WINDOW = 3;
    /** How many words (an article) may stand between {@code launched by} and the list it names: {@value}. */
    static final int AGENT_GAP = 1;
    /** How far before its verb an anaphor may stand ({@code het bedrijf heeft in 2020 het akkoord ondertekend}): {@value} words. */
    static final int ANAPHOR_WINDOW = 8;
    /** How many sentences back the company an anaphor stands for may be named: {@value}. */
    static final int ANAPHOR_SENTENCES = 3;
    /** How many words before the comma of a relative clause may name what it describes ({@code les signataires de l'accord, qui}): {@value}. */
    static final int ANTECEDENT_WORDS = 3;
    /** How many sentences without names or cues may stand between a group and its continuation: {@value}. */
    static final int QUIET_SENTENCES = 2;

    /** The roles and parents of a document's companies. */
    record Result(Map<String, Set<Role>> roles, Map<String, String> parents) {
    }

    private enum Predicate { INITIATE, SIGN, REFUSE }

    /**
     * A predicate cue of a sentence: words {@code [start, end)}; {@code denier}, the word of a negator that turned a
     * refusal into its opposite ({@code not absent}), or -1.
     */
    private record Cue(int start, int end, Predicate predicate, boolean agent, boolean leadsSigners, int denier) {
        Cue(int start, int end, Predicate predicate) {
            this(start, end, predicate, false, false, -1);
        }

        Cue(int start, int end, Predicate predicate, boolean agent, boolean leadsSigners) {
            this(start, end, predicate, agent, leadsSigners, -1);
        }
    }

    /** A sentence about the accord with its cues and each word's clause, as the main pass computed them. */
    private record CuedSentence(AnalyzedSentence sentence, List<Cue> cues, int[] clause) {
    }

    /** A list of mentions in a sentence, words {@code [start, end)}. */
    private record Group(int start, int end, List<Mention> members) {
    }

    private RoleRules() {
    }

    static Result classify(List<AnalyzedSentence> sentences, List<Mention> mentions, Lexicon lexicon, AccordScope scope,
            Function<String, Set<Role>> membership) {
        Map<Integer, List<Mention>> bySentence = new HashMap<>();
        for (Mention m : mentions) {
            bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
        }
        Map<String, Set<Role>> roles = new LinkedHashMap<>();
        Map<String, String> parents = new HashMap<>();
        for (Mention m : mentions) {
            roles.computeIfAbsent(m.company(), k -> EnumSet.noneOf(Role.class));
        }
        Role previous = null;
        // the sentence before gave initiators and said that companies it does not name signed: "À l'initiative de
        // Microsoft, 34 entreprises s'y sont engagées"; "Parmi elles" then lists those signatories
        boolean previousUnnamedSigners = false;
        boolean previousAsks = false;
        boolean previousItem = false; // the role before came from an item of a list: the next item may continue it
        Role previousPredicate = null; // the first predicate of the sentence before: what "did the same" repeats
        int quiet = 0; // sentences without names or cues since the last role
        List<KnownMembership.Unstated> unstated = new ArrayList<>(); // lists in sentences about the accord that no rule gave a role
        Optional<Speaker.Guest> guest = Speaker.guest(sentences, bySentence); // who "we" is in an interview
        Role section = null; // the predicate of the last question heading ("Wie tekende?"): what its answer's names did
        List<Group> asked = List.of(); // the lists of a question with no cue ("Where is Google?"), which a short answer may settle
        Role question = null; // the predicate of a short question of no names right before ("Who drove it?")
        List<CuedSentence> initiatorNouns = new ArrayList<>(); // sentences about the accord with a noun for its initiators
        boolean askedBare = false; // the question before is little more than its names ("Google?", "Et Apple ?")
        Map<Integer, List<Cue>> cuesBySentence = new HashMap<>(); // the cues of the sentences read so far, for anaphors
        int numbered = 0; // the number of the last item of a numbered list ("2. Oracle."), 0 before any
        Role numberedRole = null; // the role that item's names took
        for (AnalyzedSentence s : sentences) {
            List<Mention> here = bySentence.getOrDefault(s.index(), List.of());
            int number = number(s); // "2. Amazon": 2; 0 for a sentence that is no item of a numbered list
            parents(s, here, lexicon, parents);
            if (!scope.inScope(s.index())) {
                previous = null;
                previousUnnamedSigners = false;
                previousPredicate = null;
                section = null;
                asked = List.of();
                continue;
            }
            List<Group> askedBefore = asked;
            boolean askedBareBefore = askedBare;
            asked = List.of();
            askedBare = false;
            List<Cue> cues = cues(s, lexicon);
            cuesBySentence.put(s.index(), cues);
            int[] clause = clauseOf(s, lexicon);
            if (lexicon.get(Cues.INITIATOR_ANAPHORS).occursIn(s.words(), 0, s.size())) {
                // "les deux instigateurs compris": read once every initiator is known, with the cues computed here
                initiatorNouns.add(new CuedSentence(s, cues, clause));
            }
            Role predicate = cues.isEmpty() ? null : predicateRole(s, cues.get(0), clause, lexicon);
            Role questionBefore = question;
            question = here.isEmpty() && s.size() <= SECTION_HEADING_WORDS && s.asks() ? predicate : null;
            // the sentence's cues indexed once, for its anaphor and its lists
            SentenceCues sc = cues.isEmpty() && here.isEmpty() ? null : new SentenceCues(s, cues, clause, lexicon);
            Anaphor anaphor = cues.isEmpty() ? null : anaphoricRole(s, sc, here, lexicon);
            if (anaphor != null && anaphor.roles().contains(Role.SIGNATORY) && s.asks()) {
                anaphor = null; // "heeft de leverancier het akkoord ondertekend?" asks
            }
            if (anaphor != null) {
                // "Zeewind Hosting rents out servers. ... In 2020 it joined the accord."; "Die twee hebben het akkoord niet ondertekend."
                for (String company : antecedents(sentences, s.index(), withCoordinated(s, anaphor, lexicon), bySentence, cuesBySentence, lexicon)) {
                    for (Role role : anaphor.roles()) {
                        // "Google et Apple sont absents. Ils s'engagent à ...": a pronoun that says the opposite speaks of others
                        if (roles.get(company).stream().noneMatch(r -> opposite(role, r))) {
                            roles.get(company).add(role);
                        }
                    }
                }
            }
            if (anaphor == null && guest.isPresent() && !cues.isEmpty() && Speaker.weAreSubject(guest.get(), s, cues.get(0).start(), clause, here, lexicon)
                    && !(cues.get(0).predicate() == Predicate.SIGN && hedged(s.words(), cues.get(0), clause, clause[cues.get(0).start()], lexicon))) {
                // "Hoe kwam u bij het akkoord terecht? ... Wij hebben het meteen ondertekend.": the guest's company
                roles.get(guest.get().company()).add(predicateRole(s, cues.get(0), clause, lexicon));
            } else if (anaphor == null && guest.isEmpty() && !cues.isEmpty() && Speaker.weBefore(s, cues.get(0).start(), clause, here, lexicon)
                    && !(cues.get(0).predicate() == Predicate.SIGN && hedged(s.words(), cues.get(0), clause, clause[cues.get(0).start()], lexicon))) {
                // "'Wij hebben niet getekend,' zegt Hilde Vanbrabant, die bij Lumaris de beveiliging leidt": the speaker's company
                Optional<String> speaker = Speaker.quotedSpeaker(sentences, s.index(), bySentence, lexicon);
                speaker.ifPresent(company -> roles.get(company).add(predicateRole(s, cues.get(0), clause, lexicon)));
            }
            if (here.isEmpty() && s.asks() && s.size() <= SECTION_HEADING_WORDS) {
                section = predicate == Role.SIGNATORY || predicate == Role.NON_SIGNATORY ? predicate : null;
            }
            if (here.isEmpty() && predicate != null && s.size() <= ELLIPSIS_WORDS) {
                // "Where is Google? Nowhere to be seen.", "Et Nokia ? Signataire, lui aussi."
                for (Group g : askedBefore) {
                    give(roles, g, predicate);
                }
            } else if (here.isEmpty() && predicate == null && s.size() <= ELLIPSIS_WORDS
                    && (lexicon.get(Cues.NEGATIVE_CONTINUATIONS).matchAt(s.words(), 0) != null
                            || askedBareBefore && s.size() <= BARE_ANSWER_WORDS && negatorIn(s.words(), 0, s.size(), lexicon))) {
                // "Google? Ontbreekt. Apple? Ook niet.", "Et Amazon ? Pas davantage.": absent as the one before;
                // "Google? No.": a question of names alone, answered no
                for (Group g : askedBefore) {
                    give(roles, g, Role.NON_SIGNATORY);
                }
            }
            if (here.isEmpty()) {
                // "Wie tekende er?", "Parmi les signataires :": the predicate the next sentence's names answer
                if (predicate == null && isHeadingLike(s)) {
                    continue; // "Telecom", "Uit de financiële sector": a heading inside a list keeps its group
                }
                if (predicate == null && previousPredicate != null && sameAsBefore(s, lexicon)) {
                    // "Deux autres sociétés l'ont suivie.": the next names did what the sentence before said
                    previous = previousPredicate;
                    previousUnnamedSigners = false;
                    previousAsks = false;
                    quiet = 0;
                    continue;
                }
                // a quoted title ("« Signer ne suffit pas »") is someone's words, not a heading whose names follow
                boolean quotedTitle = s.heading() && !s.sentence().text().isEmpty() && Word.OPENING_QUOTES.indexOf(s.sentence().text().charAt(0)) >= 0;
                boolean asks = s.heading() && !quotedTitle || s.asks() || s.tail().strip().endsWith(":");
                if (predicate == null && previous != null && !asks && quiet < QUIET_SENTENCES) {
                    // "Wij zetten er vijf op een rij.": a sentence of no names or cues keeps the group going,
                    // but a question is answered by the sentence right after it
                    quiet++;
                    previousAsks = false;
                    previousPredicate = null;
                    continue;
                }
                previous = predicate; // "Consider the customers of a signatory:": a list of no role follows
                previousUnnamedSigners = false;
                previousItem = false;
                previousPredicate = predicate;
                previousAsks = predicate != null && asks;
                quiet = 0;
                continue;
            }
            quiet = 0;
            List<Group> groups = frontedInitiators(s, groups(s, here, lexicon), cues);
            Role last = null;
            if (questionBefore != null && groups.get(0).start() == 0 && !s.asks()
                    && !isModifier(s, groups.get(0), here, lexicon)) {
                // "Who drove it? Microsoft, chiefly, with its own signature at the top": the answer's subject did what was asked
                give(roles, groups.get(0), questionBefore);
            }
            if (cues.isEmpty() && groups.size() == 1 && isNameAlone(s, groups.get(0)) && s.index() + 1 < sentences.size()) {
                // "Cisco" as a heading, then "De netwerkreus tekende op dag één.": the next sentence speaks of it
                AnalyzedSentence next = sentences.get(s.index() + 1);
                List<Cue> nextCues = cues(next, lexicon);
                if (!nextCues.isEmpty() && scope.inScope(next.index()) && !next.heading()) {
                    int[] nextClause = clauseOf(next, lexicon);
                    Role answered = predicateRole(next, nextCues.get(0), nextClause, lexicon);
                    give(roles, groups.get(0), answered);
                    // "The Redmond company conceived the accord, signed it first and ...": each predicate of that subject
                    for (Cue c : nextCues.subList(1, nextCues.size())) {
                        if (next.words().subList(nextCues.get(0).end(), c.start() + 1).stream()
                                .anyMatch(x -> x.kind() == Word.Kind.NAME || x.gapHasAny(";:"))) {
                            break;
                        }
                        give(roles, groups.get(0), predicateRole(next, c, nextClause, lexicon));
                    }
                    previous = answered;
                    previousUnnamedSigners = false;
                    previousAsks = false;
                    continue;
                }
            }
            if (cues.isEmpty()) {
                // "Le roumain Bitdefender aussi, ce qui n'est pas anodin": a relative clause after the names is not theirs
                int until = relativeClauseAfter(s, groups.get(groups.size() - 1).end(), lexicon);
                // "Et Apple ?" does not go on with the list before it: the sentence after it answers
                Role continued = s.asks() ? null
                        : continued(s, lexicon, previous, previousAsks || previousItem, previousAsks, here.stream().mapToInt(m -> m.end() - m.start()).sum(), until);
                if (continued == Role.INITIATOR && previousUnnamedSigners && lexicon.get(Cues.LIST_OPENERS).matchAt(s.words(), 0) != null) {
                    continued = Role.SIGNATORY;
                }
                if (continued == null && number > 0 && number == numbered + 1 && numberedRole != null) {
                    // "1. Cisco. Its routers run every network, even Shopify's shops. 2. Oracle.": the next number of a numbered
                    // list goes on with its role, whatever the text between the items names
                    continued = numberedRole;
                }
                if (continued == null && !s.heading() && !s.asks()) {
                    // "Wie tekende? ... Ze kregen netwerkspecialisten als Cisco mee.": the answer to a question heading
                    // (a question asks: "Et Google, et Apple ?" answers none)
                    continued = section;
                }
                if (continued != null && continued != Role.INITIATOR && lexicon.get(Cues.HEDGES).occursIn(s.words(), 0, s.size())) {
                    // "Ardennes Data, de son côté, réfléchit encore", "- Halvard Cloud: the company says it is reviewing the
                    // text": undecided, whatever the list or the question before it says
                    continued = null;
                }
                if (continued != null) {
                    for (Group g : groups) {
                        if (!isModifier(s, g, here, lexicon)) {
                            give(roles, g, continued);
                        }
                    }
                    last = continued;
                } else {
                    // "Cisco, Nokia and the Swiss-Swedish engineering group ABB": one list, though a description parts it
                    List<Mention> list = new ArrayList<>();
                    Group before = null;
                    for (Group g : groups) {
                        if (isModifier(s, g, here, lexicon)) {
                            continue;
                        }
                        if (before != null && !listGoesOn(s.words(), before, g, sc, lexicon)) {
                            unstated.add(new KnownMembership.Unstated(s, List.copyOf(list)));
                            list.clear();
                        }
                        list.addAll(g.members());
                        before = g;
                    }
                    if (!list.isEmpty()) {
                        unstated.add(new KnownMembership.Unstated(s, List.copyOf(list)));
                    }
                }
            } else {
                Group before = null;
                List<Role> beforeRoles = List.of();
                for (Group g : groups) {
                    if (isModifier(s, g, here, lexicon)) {
                        continue;
                    }
                    // "... mais aussi Cisco, Oracle, le concepteur de puces britannique Arm et le spécialiste des réseaux
                    // Cloudflare": a list that goes on after a description takes the roles of its first part
                    // (a list of signatories only: an initiator's comma is no list, "À l'initiative de Microsoft, Oracle a signé")
                    boolean goesOn = !beforeRoles.isEmpty() && !beforeRoles.contains(Role.INITIATOR) && listGoesOn(s.words(), before, g, sc, lexicon);
                    List<Role> own = goesOn ? beforeRoles : rolesOf(s, g, sc, lexicon);
                    if (own.isEmpty()) {
                        // "Then came Bitdefender and Avast, which proved ... to take part": no cue of this
                        // sentence speaks of the group, so it may still continue the one before
                        // (a question asks, as in a sentence without cues: "Did Dorland sign?" after "34 firms signed")
                        Role continued = s.asks() ? null
                                : continued(s, lexicon, previous, previousAsks || previousItem, previousAsks, here.stream().mapToInt(m -> m.end() - m.start()).sum(), g.end());
                        own = continued == null ? List.of() : List.of(continued);
                        if (own.isEmpty()) {
                            unstated.add(new KnownMembership.Unstated(s, g.members()));
                        }
                    }
                    for (Role r : own) {
                        give(roles, g, r);
                        last = r;
                    }
                    before = g;
                    beforeRoles = own;
                }
            }
            asked = cues.isEmpty() && last == null && s.asks() ? groups : List.of();
            // "Google?", "Was Google there?": a question of little more than its names, which a bare "no" answers
            askedBare = !asked.isEmpty() && (mostlyNames(s, here.stream().mapToInt(m -> m.end() - m.start()).sum())
                    || s.size() <= SHORT_QUESTION_WORDS);
            previous = last;
            previousUnnamedSigners = last == Role.INITIATOR && cues.stream().anyMatch(c -> c.predicate() == Predicate.SIGN)
                    && lexicon.get(Cues.COMPANY_NOUNS).occursIn(s.words(), 0, s.size());
            if (number > 0) {
                numbered = number;
                numberedRole = last;
            }
            previousItem = isListItem(s.words());
            previousPredicate = predicate;
            previousAsks = s.tail().strip().endsWith(":");
        }
        KnownMembership.fill(unstated, roles, membership, lexicon);
        initiatorsSigned(initiatorNouns, bySentence, roles, lexicon);
        for (Map.Entry<String, Set<Role>> e : roles.entrySet()) {
            // "Bellwether scoffed at the accord in April; seven months on it has signed": a signing the text states
            // outweighs a refusal or a negation it also seems to state, which is the earlier stance or another clause's
            if (e.getValue().contains(Role.SIGNATORY) && e.getValue().contains(Role.NON_SIGNATORY)) {
                // ... unless the accord itself knows the company as one that stayed out: then the text's signing is the
                // misreading ("Apple did not sign the accord. The only sign of Apple's interest was a blog post.")
                boolean outside = membership.apply(e.getKey()).equals(Set.of(Role.NON_SIGNATORY));
                e.getValue().remove(outside ? Role.SIGNATORY : Role.NON_SIGNATORY);
            }
            if (e.getValue().isEmpty()) {
                e.getValue().add(Role.MENTIONED);
            }
        }
        return new Result(roles, parents);
    }

    /** How far after a noun of the initiators a name may stand to be named by it ({@code les deux instigateurs, Microsoft et Facebook}): {@value} words. */
    static final int NAMED_AFTER = 2;

    /**
     * Gives the initiators the role of signatories where a sentence about the accord states a signing
     * of a noun phrase that stands for them ({@code Trente-quatre entreprises l'ont signé, les deux
     * instigateurs compris}, {@code Both architects of the pact have signed it}): a signing cue of the
     * sentence outside the phrase, neither negated nor hedged, in a sentence that asks nothing. A
     * phrase that names its companies right after it ({@code Les deux instigateurs, Microsoft et
     * Facebook, ...}), that follows a preposition ({@code l'un des deux instigateurs}) or a comparison
     * ({@code plus modestes que ses deux initiateurs}) stands for no one the rule may give a role to.
     */
    private static void initiatorsSigned(List<CuedSentence> sentences, Map<Integer, List<Mention>> bySentence,
            Map<String, Set<Role>> roles, Lexicon lexicon) {
        List<Set<Role>> initiators = roles.values().stream().filter(r -> r.contains(Role.INITIATOR)).toList();
        if (initiators.isEmpty()) {
            return;
        }
        for (CuedSentence cued : sentences) {
            AnalyzedSentence s = cued.sentence();
            if (s.asks()) {
                continue;
            }
            List<Word> w = s.words();
            List<Mention> here = bySentence.getOrDefault(s.index(), List.of());
            List<Cue> cues = cued.cues();
            int[] clause = cued.clause();
            for (PhraseList.Match n : lexicon.get(Cues.INITIATOR_ANAPHORS).find(w)) {
                boolean named = here.stream().anyMatch(m -> m.start() >= n.end() && m.start() - n.end() <= NAMED_AFTER);
                boolean governed = n.start() > 0 && (lexicon.get(Cues.OF_PREPOSITIONS).find(w, Math.max(0, n.start() - CompanyFinder.LONGEST_CUE), n.start())
                        .stream().anyMatch(m -> m.end() == n.start()) || lexicon.get(Cues.COMPARATIVES).matchAt(w, n.start() - 1) != null);
                if (named || governed) {
                    continue;
                }
                // a verb, or a noun of members in apposition ("ses deux promoteurs, signataires eux aussi"); not a noun
                // elsewhere ("Nieuwe leden zijn welkom, zeggen de initiatiefnemers")
                boolean signed = cues.stream().anyMatch(c -> c.predicate() == Predicate.SIGN && (c.end() <= n.start() || c.start() >= n.end())
                        && (verb(c, w, lexicon) || c.start() >= n.end() && c.start() - n.end() <= NAMED_AFTER)
                        && predicateRole(s, c, clause, lexicon) == Role.SIGNATORY && !hedged(w, c, clause, clause[c.start()], lexicon));
                if (signed) {
                    initiators.forEach(r -> r.add(Role.SIGNATORY));
                    return;
                }
            }
        }
    }

    /**
     * Returns the role that a verb of signing, refusing or leading gives a company named in a
     * sentence before, or null: when its subject is an anaphor ({@code it}, {@code la jeune pousse})
     * in its clause, with no name between them, before it or, a noun phrase, right after it
     * ({@code In 2020 tekende het bedrijf}); a passive verb ({@code signed by}), a generic noun
     * ({@code toute entreprise}) or a relative clause ({@code une entreprise qui refuse}) gives none.
     */
    private static Anaphor anaphoricRole(AnalyzedSentence s, SentenceCues sc, List<Mention> here, Lexicon lexicon) {
        List<Word> w = s.words();
        List<Cue> cues = sc.cues;
        int[] clause = sc.clause;
        List<PhraseList.Match> singular = lexicon.get(Cues.ANAPHORS).find(w);
        List<PhraseList.Match> plural = lexicon.get(Cues.PLURAL_ANAPHORS).find(w);
        if (singular.isEmpty() && plural.isEmpty()) {
            return null;
        }
        List<PhraseList.Match> anaphors = new ArrayList<>(singular);
        anaphors.addAll(plural);
        // the nearest to the verb first: "the social network and its older partner both put their signatures"
        anaphors.sort(Comparator.comparingInt(PhraseList.Match::start).reversed());
        for (Cue c : cues) {
            PhraseList.Match agent = c.end() < w.size() ? lexicon.get(Cues.PASSIVE_AGENTS).matchAt(w, c.end()) : null;
            if (agent != null) {
                // "l'accord a été signé par les deux groupes": a plural anaphor as the agent of a passive verb
                for (PhraseList.Match a : plural) {
                    if (a.start() == agent.end() && verb(c, w, lexicon) && !countAfter(w, a.end(), lexicon)) {
                        return new Anaphor(List.of(predicateRole(s, c, clause, lexicon)), true, a.start());
                    }
                }
                continue;
            }
            // "Les deux géants en ont été les maîtres d'œuvre": a noun cue is the anaphor's predicate when no name follows it
            // ("Ils ont salué l'initiative de Microsoft" is Microsoft's); it gives way to a verb further on
            boolean noun = !verb(c, w, lexicon);
            if (noun && (c.predicate() == Predicate.REFUSE || here.stream().anyMatch(m -> m.start() >= c.end() && m.start() - c.end() <= 2))) {
                continue;
            }
            for (PhraseList.Match a : anaphors) {
                if (c.agent() && a.end() <= c.start()) {
                    continue; // "It was launched by Microsoft": the subject of a passive verb is what was launched
                }
                if (noun && (!plural.contains(a) && a.end() - a.start() < 2
                        || c.start() == a.end() && isBare(w, a, lexicon))) {
                    // "It was the brainchild of its president": a singular pronoun before a noun is the accord as often
                    // (a description is not: "Le groupe informatique en est aussi l'un des premiers signataires");
                    // "Both initiators put their names to it": a noun right after the anaphor is its head, not its predicate
                    // (but "Beide bedrijven namen het initiatief": an anaphor with its own noun is followed by its verb)
                    continue;
                }
                if (a.start() > 0 && lexicon.get(Cues.INDEFINITES).matchAt(w, a.start() - 1) != null) {
                    continue; // "Toute entreprise qui souscrit": any company, not one named before
                }
                if (inQuotation(w, a.start())) {
                    continue; // "... these companies simply don't like joining a club": the speaker's referents, not the text's
                }
                if (countAfter(w, a.end(), lexicon)) {
                    continue; // "Ils sont trente-quatre à avoir signé": all the signatories, not those named before
                }
                boolean subjectBefore = a.end() <= c.start() && c.start() - a.end() <= ANAPHOR_WINDOW;
                if (subjectBefore && cues.stream().anyMatch(o -> o.end() == a.start()) && !w.get(a.start()).gapHasAny(",;:")) {
                    continue; // "which not only conceived it but put its own signature": "it" is the object of a verb before it
                }
                boolean subjectAfter = !noun && a.start() >= c.end() && a.start() - c.end() <= 1 && a.end() - a.start() >= 2;
                int from = subjectBefore ? a.start() : c.start();
                int to = subjectBefore ? c.start() : a.end();
                // "Les deux groupes américains, qui comptent eux-mêmes parmi les signataires, ...": a clause after a comma
                // that describes the anaphor itself (not "une entreprise qui refuse", which restricts a noun)
                boolean describes = subjectBefore && plural.contains(a) && describingClause(w, a.end(), c.start(), lexicon);
                if ((subjectBefore || subjectAfter) && (clause[from] == clause[to - 1] || describes)
                        && here.stream().noneMatch(m -> m.start() < to && m.end() > from)
                        && (describes || !lexicon.get(Cues.RELATIVE_PRONOUNS).occursIn(w, subjectBefore ? a.end() : c.end(), subjectBefore ? c.start() : a.start()))) {
                    if (c.predicate() == Predicate.SIGN && hedged(w, c, clause, clause[c.start()], lexicon)) {
                        return null; // "Samsung said it would consider joining": no role yet
                    }
                    Role role = predicateRole(s, c, clause, lexicon);
                    // "Les deux géants en ont été les maîtres d'œuvre et figurent aussi parmi les signataires": a second predicate
                    Role second = subjectBefore
                            ? coordinatedPredicate(s, new Group(a.start(), a.end(), List.of()), sc, role, lexicon)
                            : null;
                    return new Anaphor(second == null ? List.of(role) : List.of(role, second), plural.contains(a), a.start());
                }
            }
            // only the first verb of the sentence, unless an anaphor opens a later clause ("Microsoft drove it, with
            // Facebook as co-sponsor, and both are on the list of signatories")
            if (!noun && anaphors.stream().noneMatch(a -> a.start() >= c.end() && (clause[a.start()] != clause[c.start()]
                    || a.start() > 0 && lexicon.get(Cues.COORDINATORS).matchAt(w, a.start() - 1) != null))) {
                return null;
            }
        }
        return null;
    }

    /** Returns true if word {@code i} stands inside a quotation: an odd number of quotation marks before it. */
    private static boolean inQuotation(List<Word> w, int i) {
        int marks = 0;
        for (int k = 0; k <= i; k++) {
            String gap = w.get(k).gap();
            for (int c = 0; c < gap.length(); c++) {
                marks += Word.QUOTATION_MARKS.indexOf(gap.charAt(c)) >= 0 ? 1 : 0;
            }
        }
        return marks % 2 == 1;
    }

    /**
     * Returns the anaphor, or a plural one if others are coordinated before it ({@code De
     * softwaregigant en het sociale netwerk hebben de tekst ook zelf ondertekend}): together they
     * stand for the companies named before, as {@code beide} would.
     */
    private static Anaphor withCoordinated(AnalyzedSentence s, Anaphor anaphor, Lexicon lexicon) {
        List<Word> w = s.words();
        int start = anaphor.start();
        List<PhraseList.Match> before = lexicon.get(Cues.ANAPHORS).find(w, 0, start);
        for (int k = before.size() - 1; k >= 0; k--) {
            PhraseList.Match and = lexicon.get(Cues.COORDINATORS).matchAt(w, before.get(k).end());
            if (and != null && and.end() == start) {
                start = before.get(k).start();
            }
        }
        return start == anaphor.start() ? anaphor : new Anaphor(anaphor.roles(), true, start);
    }

    /** Returns true if a number stands at word {@code from} or the word after it ({@code ils sont trente-quatre}, {@code they were 34}). */
    private static boolean countAfter(List<Word> w, int from, Lexicon lexicon) {
        List<String> surfaces = w.stream().map(Word::surface).toList();
        for (int k = from; k <= from + 1 && k < w.size(); k++) {
            if (NumberReader.of(lexicon.language()).read(surfaces, k).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Returns true if cue {@code c} is a verb of signing, refusing or leading. */
    private static boolean verb(Cue c, List<Word> w, Lexicon lexicon) {
        return lexicon.get(Cues.SIGNING).matchAt(w, c.start()) != null
                || lexicon.get(Cues.REFUSING).matchAt(w, c.start()) != null
                || lexicon.get(Cues.LEADING).matchAt(w, c.start()) != null;
    }

    /**
     * The roles a verb gives through an anaphor (with a second predicate coordinated with it), whether the anaphor stands
     * for a group ({@code die twee}), and its first word.
     */
    private record Anaphor(List<Role> roles, boolean plural, int start) {
    }

    /**
     * Returns the companies an anaphor in sentence {@code index} stands for, at most
     * {@value #ANAPHOR_SENTENCES} sentences back. A plural anaphor: all the companies of the nearest
     * sentence that names some, with the items before it if it is an item of a list. A singular
     * one: the last company named as the subject or object of a verb, rather than after a
     * preposition ({@code Ze werkte bij Barco}), or else the last one of the nearest sentence.
     */
    private static List<String> antecedents(List<AnalyzedSentence> sentences, int index, Anaphor anaphor,
            Map<Integer, List<Mention>> bySentence, Map<Integer, List<Cue>> cuesBySentence, Lexicon lexicon) {
        boolean plural = anaphor.plural();
        // "Microsoft en Facebook staan aan de wieg, en beide bedrijven tekenden zelf": named earlier in its own sentence
        List<Word> own = sentences.get(index).words();
        List<Mention> before = bySentence.getOrDefault(index, List.of()).stream()
                .filter(m -> m.end() <= anaphor.start() && !afterPreposition(own, m, lexicon)).toList();
        if (plural) {
            // "Trente-quatre sociétés ont conclu un pacte par lequel elles s'engagent": a noun of companies in the anaphor's
            // own sentence, which names none before it, is what it stands for
            if (lexicon.get(Cues.COMPANY_NOUNS).occursIn(own, 0, anaphor.start())
                    && bySentence.getOrDefault(index, List.of()).stream().noneMatch(m -> m.end() <= anaphor.start())) {
                return List.of();
            }
            // "at the initiative of Microsoft and Facebook, and both companies are among its signatories": the last list before it
            List<Mention> all = bySentence.getOrDefault(index, List.of()).stream().filter(m -> m.end() <= anaphor.start()).toList();
            if (!all.isEmpty()) {
                // the last list, and the ones before it while it names fewer than two ("Microsoft drove it, with Facebook
                // as co-sponsor, and both ...")
                List<Group> lists = groups(sentences.get(index), all, lexicon);
                List<String> group = new ArrayList<>();
                for (int k = lists.size() - 1; k >= 0 && group.stream().distinct().count() < 2; k--) {
                    group.addAll(0, lists.get(k).members().stream().map(Mention::company).toList());
                }
                return group.stream().distinct().toList();
            }
        } else if (!before.isEmpty()) {
            return List.of(before.get(before.size() - 1).company());
        } else {
            // "Het idee kwam van Microsoft, vertelt hij, en dat bedrijf heeft ook zelf getekend": the agent of its own sentence
            List<Mention> agents = bySentence.getOrDefault(index, List.of()).stream().filter(m -> m.end() <= anaphor.start()).toList();
            if (!agents.isEmpty()) {
                return List.of(agents.get(agents.size() - 1).company());
            }
        }
        Mention fallback = null; // the nearest name after a preposition
        Mention background = null; // the nearest name at all, an initiator in a description of the accord too
        for (int i = index - 1; i >= Math.max(0, index - ANAPHOR_SENTENCES); i--) {
            List<Mention> named = bySentence.getOrDefault(i, List.of());
            if (named.isEmpty()) {
                continue;
            }
            if (plural) {
                // a list written one item a line is one group: "- Ford / - Shell / - Unilever / None of these firms ..."
                List<String> group = new ArrayList<>();
                int first = i;
                while (first > 0 && isListItem(sentences.get(first).words()) && isListItem(sentences.get(first - 1).words())) {
                    first--;
                }
                for (int k = first; k <= i; k++) {
                    bySentence.getOrDefault(k, List.of()).forEach(m -> group.add(m.company()));
                }
                List<Group> lists = first == i ? groups(sentences.get(i), named, lexicon) : List.of();
                if (group.stream().distinct().count() > 2 && !lists.isEmpty() && lists.get(lists.size() - 1).members().size() == 2
                        && lexicon.get(Cues.DUAL_WORDS).occursIn(own, anaphor.start(), Math.min(own.size(), anaphor.start() + 2))) {
                    // "Cisco is now the parent company of Splunk and Duo. Both were on the founding list": the two
                    return lists.get(lists.size() - 1).members().stream().map(Mention::company).distinct().toList();
                }
                // "Het is een initiatief van Microsoft. Ook Facebook hoort erbij. Beide bedrijven tekenden ook.":
                // a plural needs two, so one name alone takes in the names of the sentence before it
                for (int k = first - 1; k >= Math.max(0, index - ANAPHOR_SENTENCES) && group.stream().distinct().count() < 2; k--) {
                    List<String> earlier = new ArrayList<>();
                    bySentence.getOrDefault(k, List.of()).forEach(m -> earlier.add(m.company()));
                    group.addAll(0, earlier);
                }
                return group.stream().distinct().toList();
            }
            List<Word> w = sentences.get(i).words();
            // "the industry pledge that Microsoft and Facebook launched": initiators named in a description of the
            // accord are its background, not what "the firm" of a later sentence stands for, while another is near
            boolean initiating = cuesBySentence.computeIfAbsent(i, k -> cues(sentences.get(k), lexicon)).stream()
                    .anyMatch(c -> c.predicate() == Predicate.INITIATE);
            List<Mention> foreground = named.stream().filter(m -> !initiating || !accordReferenceIn(w, 0, m.start(), lexicon)).toList();
            Optional<Mention> argument = foreground.stream()
                    .filter(m -> !afterPreposition(w, m, lexicon) && !namesAffair(w, m.start(), m.end(), lexicon))
                    .max(Comparator.comparingInt(Mention::start));
            if (argument.isPresent()) {
                return List.of(argument.get().company());
            }
            if (fallback == null && !foreground.isEmpty()) {
                fallback = foreground.stream().max(Comparator.comparingInt(Mention::start)).orElseThrow();
            }
            if (background == null) {
                background = named.stream().max(Comparator.comparingInt(Mention::start)).orElseThrow();
            }
        }
        return fallback != null ? List.of(fallback.company()) : background != null ? List.of(background.company()) : List.of();
    }

    /** Returns true if a mention stands right after a preposition ({@code Ze werkte bij Barco}): not the subject or object of a verb. */
    private static boolean afterPreposition(List<Word> w, Mention m, Lexicon lexicon) {
        return m.start() > 0 && (lexicon.get(Cues.OF_PREPOSITIONS).matchAt(w, m.start() - 1) != null
                || lexicon.get(Cues.PLACE_PREPOSITIONS).matchAt(w, m.start() - 1) != null);
    }

    /** Returns true if a sentence says someone did what the sentence before said ({@code followed suit}). */
    private static boolean sameAsBefore(AnalyzedSentence s, Lexicon lexicon) {
        return lexicon.get(Cues.SAME_AS_BEFORE).occursIn(s.words(), 0, s.size());
    }

    /**
     * Gives every company of a list a role; a list of more than {@value #MOST_INITIATORS} companies
     * is no list of initiators but of the members who joined them ({@code À l'initiative de
     * Microsoft, 34 entreprises dont A, B, C, D et E}).
     */
    private static void give(Map<String, Set<Role>> roles, Group g, Role r) {
        Role role = r == Role.INITIATOR && g.members().size() > MOST_INITIATORS ? Role.SIGNATORY : r;
        for (Mention m : g.members()) {
            roles.get(m.company()).add(role);
        }
    }

    /** The most companies a list of initiators may name: {@value}. */
    static final int MOST_INITIATORS = 3;

    /**
     * Returns the role a sentence without cues continues from the one before, or null: after a
     * question or a colon, in a bulleted item when a list goes on ({@code listGoesOn}: the role
     * before came from an item or a colon), or after a word of continuation ({@code Ook},
     * {@code also}), with the polarity its own words give ({@code Facebook en LinkedIn daarentegen
     * wel}, {@code Evenmin Apple}) before word {@code until}: a negator in a clause after the names
     * ({@code which showed that a company did not need ...}) is not theirs.
     */
    /** How many words around a pro-verb ({@code deed dat}, {@code l'a fait}) its negator may stand: {@value}. */
    static final int SAME_NEGATOR_WINDOW = 2;

    private static Role continued(AnalyzedSentence s, Lexicon lexicon, Role previous, boolean listGoesOn, boolean previousAsks,
            int mentionWords, int until) {
        if (s.words().isEmpty()) {
            return null;
        }
        List<Word> w = s.words();
        boolean negativeOpener = lexicon.get(Cues.NEGATIVE_CONTINUATIONS).matchAt(w, 0) != null;
        if (previous == null) {
            // "Et la France ? Ni Orange, ni Atos, ni Thales.": a short list opened by "ni" says no on its own
            return negativeOpener && w.size() <= ELLIPSIS_WORDS && !lexicon.get(Cues.SIGNING).occursIn(w, 0, w.size())
                    ? Role.NON_SIGNATORY : null;
        }
        // "Ook Cisco", or after the names in a short clause: "Le roumain Bitdefender aussi, ce qui ..."
        int colon = 1;
        while (colon < w.size() && !w.get(colon).gapHasAny(":")) {
            colon++;
        }
        // ... or before the colon that opens the list: "The antivirus crowd turned up in force, too: Avast, Bitdefender"
        // ... or ends the sentence after a relative clause: "Fastly, dat de websites van zijn klanten aflevert, ook."
        boolean opener = lexicon.get(Cues.CONTINUATIONS).matchAt(w, 0) != null
                || until <= ELLIPSIS_WORDS && lexicon.get(Cues.CONTINUATIONS).occursIn(w, 0, until)
                || w.size() > 1 && w.get(w.size() - 1).gapHasAny(",") && lexicon.get(Cues.CONTINUATIONS).matchAt(w, w.size() - 1) != null;
        // (a negator before that colon is not the list's: "maar ook firma's die je niet meteen verwacht: Nielsen")
        boolean colonOpener = !opener && colon < w.size() && lexicon.get(Cues.CONTINUATIONS).occursIn(w, 0, colon);
        opener |= colonOpener;
        // an item continues a list of items or the list a colon opened, not a role stated in running text before it
        boolean bullet = isListItem(w) && listGoesOn;
        int listFrom = colonOpener ? colon : 0;
        boolean negated = negatorIn(w, listFrom, until, lexicon)
                || lexicon.get(Cues.NEGATIVE_CONTINUATIONS).occursIn(w, listFrom, until);
        boolean affirmed = lexicon.get(Cues.AFFIRMERS).occursIn(w, 0, until);
        if (previous == Role.INITIATOR) {
            return opener || bullet || previousAsks ? Role.INITIATOR : null;
        }
        if (negativeOpener || negativeAfterOpeningName(w, lexicon)) {
            return Role.NON_SIGNATORY;
        }
        boolean elliptic = w.size() <= ELLIPSIS_WORDS; // "Facebook en LinkedIn daarentegen wel."
        boolean sameAsBefore = lexicon.get(Cues.SAME_AS_BEFORE).occursIn(w, 0, w.size());
        if (elliptic && affirmed && !negated && !sameAsBefore) { // "Amazon stayed out. So did Google.": the same, no signing
            return Role.SIGNATORY;
        }
        List<PhraseList.Match> proVerbs = lexicon.get(Cues.PRO_VERBS).find(w);
        boolean same = sameAsBefore || !proVerbs.isEmpty();
        for (PhraseList.Match m : proVerbs) {
            // "Apple, een van de grootste hardwarebouwers, deed dat niet": the pro-verb's own negator, after the names
            // within its comma segment ("Microsoft n'a pas signé, mais Cisco l'a fait" is not negated)
            int from = m.start();
            while (from > 0 && m.start() - from < SAME_NEGATOR_WINDOW && !w.get(from).gapHasAny(",;:")) {
                from--;
            }
            int to = m.end();
            while (to < w.size() && to - m.end() < SAME_NEGATOR_WINDOW && !w.get(to).gapHasAny(",;:")) {
                to++;
            }
            negated |= negatorIn(w, from, to, lexicon);
        }
        if (opener || bullet || previousAsks || same || startsWithNameOnly(s, lexicon) || mostlyNames(s, mentionWords)) {
            return negated ? Role.NON_SIGNATORY : previous;
        }
        // "Dell niet.", "Not Amazon either.": the negator ends the ellipsis, or names follow it ("Apple non plus, pas
        // davantage qu'Amazon ou Twitter"); "Infosys and Capgemini did not respond to questions" negates a verb of its own
        List<PhraseList.Match> negators = lexicon.get(Cues.NEGATORS).find(w);
        List<Word> tail = negators.isEmpty() ? List.of() : w.subList(negators.get(negators.size() - 1).end(), w.size());
        boolean ends = tail.stream().filter(x -> x.kind() != Word.Kind.NAME).count() <= ELLIPSIS_TAIL
                || tail.stream().anyMatch(x -> x.kind() == Word.Kind.NAME);
        return elliptic && negated && ends ? Role.NON_SIGNATORY : null;
    }

    /**
     * Returns true if a list stands in the attribution after a quotation that opens the sentence: a verb of speech
     * between the closing mark and the list ({@code « C'était un texte américain, rédigé à Redmond », résume Hélène Marchetti,
     * consultante chez Kerbrat}). The quotation's cues are the speaker's words, not the list's deeds.
     */
    private static boolean inAttribution(List<Word> w, Group g, Lexicon lexicon) {
        if (w.isEmpty() || !w.get(0).opensQuotation()) {
            return false; // most sentences
        }
        for (int k = 1; k < g.start(); k++) {
            if (w.get(k).gapHasAny(Word.CLOSING_QUOTES)) {
                return lexicon.get(Cues.SPEECH_VERBS).occursIn(w, k, g.start());
            }
        }
        return false;
    }

    /**
     * Returns true if a negative continuation follows the name that opens a sentence in its clause ({@code Tarnwick Secure non plus,
     * malgré les promesses de son patron}): that name is absent as those before it.
     */
    private static boolean negativeAfterOpeningName(List<Word> w, Lexicon lexicon) {
        int k = 0;
        // the first word of a sentence is no NAME, only capitalised
        while (k < w.size() && (k == 0 ? w.get(k).isCapitalised() : w.get(k).kind() == Word.Kind.NAME && !w.get(k).gapHasAny(",;:("))) {
            k++;
        }
        return k > 0 && k < w.size() && !w.get(k).gapHasAny(",;:(") && lexicon.get(Cues.NEGATIVE_CONTINUATIONS).matchAt(w, k) != null;
    }

    /** The most words other than names after the negator of an ellipsis ({@code Not Amazon either}): {@value}. */
    static final int ELLIPSIS_TAIL = 1;

    /** Returns true if a sentence is nothing but one list of names, without final punctuation: a name as a heading. */
    private static boolean isNameAlone(AnalyzedSentence s, Group g) {
        String tail = s.tail().strip();
        boolean item = isListItem(s.words());
        int first = item && s.word(0).kind() == Word.Kind.NUMBER ? 1 : 0; // "1. Cisco"
        // a list item may end with a full stop ("1. Microsoft."), a heading may not
        return g.start() == first && g.end() == s.size()
                && (tail.isEmpty() || ".!?".indexOf(tail.charAt(tail.length() - 1)) < 0 || item && tail.equals("."));
    }

    /**
     * Returns true if a sentence is a name with at most a description after a comma, a bracket
     * or a dash and no final full stop: an item of a list written one name a line
     * ({@code ABB, the Swiss engineering group}, {@code Arm (UK)}).
     */
    private static boolean startsWithNameOnly(AnalyzedSentence s, Lexicon lexicon) {
        List<Word> w = s.words();
        if (w.isEmpty() || !w.get(0).isCapitalised() || s.tail().strip().endsWith(".")) {
            return false;
        }
        int k = 1;
        while (k < w.size() && (w.get(k).isCapitalised() || CompanyFinder.joined(w, k, k, lexicon)) && !w.get(k).gapHasAny("(–—")) {
            k++;
        }
        return k == w.size() || w.get(k).gapHasAny(",(–—:");
    }

    /** Returns true if a sentence looks like a heading: short and without final punctuation. */
    private static boolean isHeadingLike(AnalyzedSentence s) {
        String tail = s.tail().strip();
        return s.size() <= HEADING_WORDS && (tail.isEmpty() || ".!?".indexOf(tail.charAt(tail.length() - 1)) < 0);
    }

    /** The most words of a question that heads a section ({@code Wie tekende?}, {@code Who stayed out?}): {@value}. */
    static final int SECTION_HEADING_WORDS = 6;

    /** The most words a heading inside a list may have: {@value}. */
    static final int HEADING_WORDS = 6;

    /** Returns true if at least half the words of a sentence are names of companies: a line of a list ({@code Uit de VS: Cisco, Dell en Oracle}). */
    private static boolean mostlyNames(AnalyzedSentence s, int mentionWords) {
        return mentionWords * 2 >= s.size();
    }

    /** Returns the number of an item of a numbered list ({@code 2. Amazon}: 2), or 0 if the sentence is none. */
    private static int number(AnalyzedSentence s) {
        List<Word> w = s.words();
        if (w.isEmpty() || !isListItem(w) || w.get(0).kind() != Word.Kind.NUMBER) {
            return 0;
        }
        String digits = w.get(0).surface();
        return digits.length() <= 3 && digits.chars().allMatch(Character::isDigit) ? Integer.parseInt(digits) : 0;
    }

    /** Returns true if a sentence is an item of a bulleted or numbered list ({@code - Cisco}, {@code 2. Amazon}). */
    static boolean isListItem(List<Word> w) {
        String lead = w.get(0).gap().strip();
        if (!lead.isEmpty() && "-–—•*·▪".indexOf(lead.charAt(0)) >= 0) {
            return true;
        }
        return w.size() > 1 && w.get(0).kind() == Word.Kind.NUMBER && lead.isEmpty()
                && (w.get(1).gap().startsWith(".") || w.get(1).gap().startsWith(")"));
    }

    /** Returns the role a predicate cue gives a subject, with the negation near it: for a sentence without names. */
    private static Role predicateRole(AnalyzedSentence s, Cue cue, int[] clause, Lexicon lexicon) {
        return switch (cue.predicate()) {
            case INITIATE -> Role.INITIATOR;
            case REFUSE -> Role.NON_SIGNATORY;
            case SIGN -> negatedNear(s.words(), cue, clause, clause[cue.start()], null, lexicon) ? Role.NON_SIGNATORY : Role.SIGNATORY;
        };
    }

    /**
     * Returns true if a group is one name that only qualifies the next one, a possessive
     * ({@code Alphabet's Google}, {@code Googles moederbedrijf}): it takes no role of its own.
     */
    private static boolean isModifier(AnalyzedSentence s, Group g, List<Mention> here, Lexicon lexicon) {
        List<Word> w = s.words();
        // a list after a parent phrase is its complement when nothing but "and" joins it ("the parent company of Splunk
        // and Duo"); "Zowel Kontron, het moederbedrijf van Barco, als Telenet" goes on past a comma to another subject
        boolean joined = w.subList(g.start() + 1, g.end()).stream().noneMatch(x -> x.gapHasAny(","));
        for (int k = Math.max(0, g.start() - PARENT_REACH); k < g.start() && joined; k++) {
            PhraseList.Match of = lexicon.get(Cues.PARENT_OF).matchAt(w, k);
            if (of != null && of.end() == g.start() && ofTheNext(w, of, lexicon) && here.stream().anyMatch(m -> m.end() <= of.start())) {
                // "Alphabet, het moederbedrijf van Google, bleef weg", "Cisco, which launched the accord, is now the
                // parent company of Splunk and Duo": the role is the parent's
                return true;
            }
        }
        if (g.members().size() != 1) {
            return false;
        }
        if (namesAffair(w, g.start(), g.end(), lexicon)) {
            return true;
        }
        if (!isPossessive(s, g.members().get(0))) {
            return false;
        }
        if (g.end() < s.size() && lexicon.get(Cues.PARENT_NOUNS).matchAt(s.words(), g.end()) != null) {
            return true; // "Google's parent company": the role is the parent's
        }
        for (Mention m : here) {
            if (m.start() == g.end()) {
                return true;
            }
        }
        return false;
    }

    /** Returns true if the list that mention {@code i} continues goes on to a mention joined by a coordinator. */
    private static boolean coordinatorAhead(List<Word> w, List<Mention> mentions, int i, Lexicon lexicon) {
        for (int k = i; k + 1 < mentions.size(); k++) {
            int leftEnd = mentions.get(k).end();
            int next = mentions.get(k + 1).start();
            if (!CompanyFinder.joined(w, leftEnd, next, lexicon)) {
                return false;
            }
            if (next > leftEnd && lexicon.get(Cues.COORDINATORS).matchAt(w, leftEnd) != null) {
                return true;
            }
        }
        return false;
    }

    /** Groups the mentions of a sentence into lists. */
    private static List<Group> groups(AnalyzedSentence s, List<Mention> mentions, Lexicon lexicon) {
        List<Group> out = new ArrayList<>();
        List<Mention> current = new ArrayList<>();
        List<Word> w = s.words();
        boolean coordinated = false; // the current list already has its "and": a ", and" after it opens a clause
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (!current.isEmpty()) {
                int leftEnd = current.get(current.size() - 1).end();
                boolean joined = CompanyFinder.joined(w, leftEnd, m.start(), lexicon);
                boolean byCoordinator = joined && m.start() > leftEnd && lexicon.get(Cues.COORDINATORS).matchAt(w, leftEnd) != null;
                // "À l'inverse de Microsoft, Apple n'a jamais rejoint": the contrast's noun phrase ends at its comma,
                // unless an "and" ahead makes one list of it ("Contrairement à Google, Apple et Amazon, Microsoft ...")
                boolean contrastEnds = joined && !byCoordinator && !coordinated && contrastBefore(w, current.get(0).start(), lexicon)
                        && !coordinatorAhead(w, mentions, i, lexicon);
                // a list ends with its "and": "Google, Apple et Amazon, Microsoft a signé" names one more subject after it
                boolean afterAnd = coordinated && w.get(leftEnd).gapHasAny(",");
                // "qui a porté le projet avec Facebook, Google n'a pas signé": the comma that closes a relative clause
                int[] relative = commaRelativeClause(w, current.get(current.size() - 1).start(), lexicon);
                boolean relativeEnds = joined && relative != null && m.start() >= relative[1];
                if (!joined || contrastEnds || afterAnd || relativeEnds) {
                    // "contrairement à Cisco et Oracle, et Twitter ne figure pas non plus": two lists, not one
                    out.add(new Group(current.get(0).start(), leftEnd, List.copyOf(current)));
                    current.clear();
                    coordinated = false;
                } else {
                    coordinated |= byCoordinator;
                }
            }
            current.add(m);
        }
        if (!current.isEmpty()) {
            out.add(new Group(current.get(0).start(), current.get(current.size() - 1).end(), List.copyOf(current)));
        }
        return out;
    }

    /**
     * Returns the lists of a sentence with the first name of a list split off when an initiating
     * phrase opens the sentence and ends at it, a comma follows that name and no comma the list
     * ({@code Sous l'impulsion de Microsoft, Cisco, Oracle et Nokia se sont engagés}): the
     * opening phrase names one initiator, the rest are the subject of the main clause.
     */
    private static List<Group> frontedInitiators(AnalyzedSentence s, List<Group> groups, List<Cue> cues) {
        List<Word> w = s.words();
        for (Cue c : cues) {
            if (c.predicate() != Predicate.INITIATE || c.start() > 1) {
                continue;
            }
            for (int k = 0; k < groups.size(); k++) {
                Group g = groups.get(k);
                List<Mention> m = g.members();
                if (g.start() == c.end() && m.size() >= 2 && m.get(1).start() == m.get(0).end() && w.get(m.get(1).start()).gapHasAny(",")
                        && g.end() < w.size() && !w.get(g.end()).gapHasAny(",;:")) {
                    List<Group> out = new ArrayList<>(groups);
                    out.set(k, new Group(g.start(), m.get(0).end(), List.of(m.get(0))));
                    out.add(k + 1, new Group(m.get(1).start(), g.end(), List.copyOf(m.subList(1, m.size()))));
                    return out;
                }
            }
        }
        return groups;
    }

    /** Returns the predicate cues of a sentence, in text order. */
    private static List<Cue> cues(AnalyzedSentence s, Lexicon lexicon) {
        List<Word> w = s.words();
        List<Cue> out = new ArrayList<>();
        List<PhraseList.Match> others = lexicon.get(Cues.OTHER_PLEDGES).find(w);
        List<PhraseList.Match> ours = lexicon.get(Cues.ACCORD_NAMES).find(w);
        if (!others.isEmpty() && ours.isEmpty()) {
            return out;
        }
        List<PhraseList.Match> pluralAnaphors = lexicon.get(Cues.PLURAL_ANAPHORS).find(w);
        for (PhraseList.Match m : lexicon.get(Cues.POSSESSED_INITIATING).find(w)) {
            // "It was Microsoft's idea": the noun initiates after a possessive name, not in "Cisco liked the idea"
            String gap = w.get(m.start()).gap();
            if (m.start() > 0 && w.get(m.start() - 1).kind() == Word.Kind.NAME && (gap.startsWith("'s") || gap.startsWith("’s"))) {
                out.add(new Cue(m.start(), m.end(), Predicate.INITIATE));
            }
        }
        for (PhraseList.Match m : lexicon.get(Cues.INITIATING).find(w)) {
            // "les deux instigateurs eux-mêmes, mais aussi Cisco": the initiators named before, no predicate of Cisco; but
            // "Les deux initiateurs, Microsoft et Facebook, ont signé" names them right after, or after "de l'accord"
            int after = m.end();
            PhraseList.Match of = after < w.size() ? lexicon.get(Cues.OF_PREPOSITIONS).matchAt(w, after) : null;
            if (of != null && of.end() < w.size()) { // "Les deux instigateurs de l'accord, Microsoft et Facebook"
                PhraseList.Match accord = lexicon.get(Cues.ACCORD_NOUNS).matchAt(w, of.end());
                after = accord != null ? accord.end() : after;
            }
            boolean namedAfter = after < w.size() && w.get(after).kind() == Word.Kind.NAME;
            if (!namedAfter && pluralAnaphors.stream().anyMatch(a -> a.end() == m.start() && isBare(w, a, lexicon))) {
                continue;
            }
            out.add(new Cue(m.start(), m.end(), Predicate.INITIATE));
        }
        // "launched by", "piloté par": initiators only of the accord or an initiative named before the cue, not of "Windows"
        // ... or a signing before the cue: "34 companies signed on, led by Microsoft"
        int firstReference = firstMatch(w, lexicon, Cues.ACCORD_NAMES, Cues.ACCORD_NOUNS, Cues.INITIATIVE_NOUNS, Cues.SIGNING);
        for (PhraseList.Match m : lexicon.get(Cues.LAUNCHED_BY).find(w)) {
            // "34 entreprises, emmenées par Microsoft et Facebook, ont signé": the leaders of the signatories, who signed too
            boolean leadsSigners = firstReference > m.start() && companiesBefore(w, m.start(), lexicon)
                    && lexicon.get(Cues.SIGNING).occursIn(w, m.end(), w.size());
            if (firstReference < m.start() && w.subList(m.start(), m.end()).stream().anyMatch(x -> x.kind() == Word.Kind.NAME)) {
                // "het akkoord, dat door Microsoft en Facebook werd gelanceerd": the agent before a verb that comes last;
                // the verb is the cue, and its names stand before it as a subject's would
                out.add(new Cue(m.end() - 1, m.end(), Predicate.INITIATE));
                continue;
            }
            if (firstReference < m.start() || m.start() == 0 && accordSubjectAfterComma(w, m.end(), lexicon) || leadsSigners
                    || pronounSubjectBefore(w, m.start(), lexicon)) {
                // "opgericht door 34 bedrijven, waaronder X": its founders are its members
                boolean founders = companiesAfter(w, m.end(), lexicon);
                out.add(new Cue(m.start(), m.end(), founders ? Predicate.SIGN : Predicate.INITIATE, !founders, leadsSigners && !founders));
            }
        }
        for (PhraseList.Match m : lexicon.get(Cues.LEADING).find(w)) {
            // "set the accord up": inside it too; "the two companies launched it together", "Microsoft l'a lancé"
            if (firstReference < m.start() || referenceAfter(w, m.start() + 1, lexicon) || accordObject(w, m, lexicon)) {
                out.add(new Cue(m.start(), m.end(), Predicate.INITIATE)); // "X led the effort", "X lanceerden het akkoord"
                // "Microsoft gathered 34 companies, including Cisco and Nokia": the companies it gathered signed
                int gathered = companyNounAfter(w, m.end(), GATHERED_WINDOW, lexicon);
                if (gathered >= 0) {
                    out.add(new Cue(gathered, gathered + 1, Predicate.SIGN));
                }
            }
        }
        for (PhraseList.Match m : lexicon.get(Cues.REFUSING).find(w)) {
            if (pledgedNegation(w, m.start(), lexicon)) {
                continue; // "Ze weigeren regeringen te helpen bij cyberaanvallen": what the pledge forbids, no refusal
            }
            // "Google is not absent", "n'est pas absent": a denied absence is a presence (but "pas plus que", a refusal
            // with its own negator, stays one, and "à l'écart sans explication" is not denied)
            int denier = -1;
            if (!negatorIn(w, m.start(), m.end(), lexicon)) {
                for (int k = Math.max(0, m.start() - DENIER_WINDOW); k < m.start() && denier < 0; k++) {
                    denier = negatorAt(w, k, lexicon) ? k : -1;
                }
            }
            // the denied cue keeps its negator, which negates nothing more
            out.add(denier >= 0 ? new Cue(m.start(), m.end(), Predicate.SIGN, false, false, denier) : new Cue(m.start(), m.end(), Predicate.REFUSE));
        }
        List<PhraseList.Match> states = lexicon.get(Cues.STATE_ACTORS).find(w);
        for (Cues c : new Cues[] {Cues.SIGNING, Cues.MEMBER_NOUNS}) {
            for (PhraseList.Match m : lexicon.get(c).find(w)) {
                if (anyMember(w, m.start(), lexicon)) {
                    continue; // "the customers of a typical signatory": the noun names no one
                }
                if (c == Cues.MEMBER_NOUNS && memberOfOther(w, m.end(), lexicon)) {
                    continue; // "l'un des membres fondateurs de l'AQEN": members of another body
                }
                if (states.stream().anyMatch(st -> st.end() <= m.start() && m.start() - st.end() <= STATE_GAP
                        && !commaBetween(w, st.end() - 1, m.start())
                        && (st.end() == m.start() || lexicon.get(Cues.RELATIVE_PRONOUNS).matchAt(w, st.end()) != null))) {
                    continue; // "een conventie vraagt om staten die tekenen, niet om bedrijven": states sign that
                }
                if (lexicon.get(Cues.CUSTOMER_NOUNS).find(w, Math.max(0, m.start() - CUSTOMERS_WORDS), m.start()).stream()
                        .anyMatch(n -> n.end() == m.start())) {
                    continue; // "a Fremont outfit whose clients include Clorox": customers, not members
                }
                if (!overlaps(out, m.start(), m.end())) {
                    out.add(new Cue(m.start(), m.end(), Predicate.SIGN));
                }
            }
        }
        if (!others.isEmpty()) {
            // "X, which also backs the Tech Accord, signed the Paris Call": a cue nearer the other pledge is about it
            out.removeIf(c -> distance(c, others) < distance(c, ours));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** How many words a possessive and a noun of customers before a verb of signing cover ({@code dont les clients}): {@value}. */
    static final int CUSTOMERS_WORDS = 3;

    /**
     * Returns true if a preposition of and a name that is not the accord follow a noun of members
     * ending at word {@code end} ({@code membres fondateurs de l'AQEN}, {@code lid van Agoria}): the
     * members of another body. {@code members of the Cybersecurity Tech Accord} are the accord's.
     */
    private static boolean memberOfOther(List<Word> w, int end, Lexicon lexicon) {
        PhraseList.Match of = end < w.size() ? lexicon.get(Cues.OF_PREPOSITIONS).matchAt(w, end) : null;
        if (of == null || of.end() >= w.size() || w.get(of.end()).kind() != Word.Kind.NAME) {
            return false;
        }
        PhraseList.Match ours = lexicon.get(Cues.ACCORD_NAMES).matchAt(w, of.end());
        return ours == null && lexicon.get(Cues.ACCORD_NOUNS).matchAt(w, of.end()) == null;
    }

    /**
     * Returns true if a relative clause opens after a comma at most {@value #DESCRIBED_REACH} words
     * after an anaphor ending at {@code end}, and the cue at {@code cue} stands in it: a clause that
     * describes the anaphor ({@code Les deux groupes américains, qui comptent parmi les signataires}).
     */
    private static boolean describingClause(List<Word> w, int end, int cue, Lexicon lexicon) {
        for (int k = end; k < Math.min(cue, end + DESCRIBED_REACH + 1); k++) {
            if (lexicon.get(Cues.RELATIVE_PRONOUNS).matchAt(w, k) != null) {
                if (!w.get(k).gapHasAny(",") || occursAny(w, k + 1, cue, lexicon, Cues.CLAUSE_BREAKS, Cues.CONTRAST)) {
                    return false;
                }
                for (int j = k + 1; j <= cue; j++) {
                    if (w.get(j).gapHasAny(",;:(")) {
                        return false; // the cue is past the clause
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** How many words, adjectives, may stand between an anaphor and the comma of the clause that describes it: {@value}. */
    static final int DESCRIBED_REACH = 2;

    /** How many words before a refusal a negator denies it ({@code is not absent}): {@value}. */
    static final int DENIER_WINDOW = 2;

    /** How many words, a relative pronoun, may stand between a state and the verb of signing it is the subject of ({@code staten die tekenen}): {@value}. */
    static final int STATE_GAP = 1;

    /** Returns the number of words between a cue and the nearest of {@code matches}. */
    private static int distance(Cue c, List<PhraseList.Match> matches) {
        int best = Integer.MAX_VALUE;
        for (PhraseList.Match m : matches) {
            best = Math.min(best, m.end() <= c.start() ? c.start() - m.end() : m.start() >= c.end() ? m.start() - c.end() : 0);
        }
        return best;
    }

    /**
     * Returns true if the main clause after an opening participle ({@code Lancé par X en 2018, il
     * ...}) has the accord as its subject: the first or second word after the participle's comma
     * is the accord's name, a word that stands for it ({@code il}, {@code l'accord}) or a noun of
     * an initiative ({@code le texte}, {@code l'initiative}) with no name right after it
     * ({@code Windows}), not another pledge ({@code la charte}).
     */
    private static boolean accordSubjectAfterComma(List<Word> w, int from, Lexicon lexicon) {
        for (int i = from; i < w.size(); i++) {
            if (w.get(i).gapHasAny(";:")) {
                return false;
            }
            if (w.get(i).gapHasAny(",") && lexicon.get(Cues.RELATIVE_PRONOUNS).matchAt(w, i) != null) {
                continue; // "Lancé par X et Y, qui figurent eux-mêmes parmi les signataires, le texte ...": the next comma
            }
            if (w.get(i).gapHasAny(",")) {
                // "Lancé par X, il ...", "Portée par X, l'initiative réunit ...", "Initié par X, le texte a été paraphé par ..."
                for (int k = i; k <= Math.min(i + 1, w.size() - 1); k++) {
                    for (Cues c : new Cues[] {Cues.ACCORD_NAMES, Cues.ACCORD_PRONOUNS, Cues.INITIATIVE_NOUNS}) {
                        PhraseList.Match m = lexicon.get(c).matchAt(w, k);
                        if (m != null) {
                            // "Launched by Microsoft in 1985, Windows ...": a name right after is the subject, not the accord
                            return c == Cues.ACCORD_NAMES || m.end() >= w.size() || w.get(m.end()).kind() != Word.Kind.NAME;
                        }
                    }
                }
                return false;
            }
        }
        return false;
    }

    /**
     * Returns true if a pronoun of the accord opens the sentence (after a speaker's label, {@code Q:}) as the subject of
     * the passive verb at word {@code cue}, at most {@value #AUXILIARY_WORDS} words of an auxiliary between ({@code It was
     * launched by Microsoft}, {@code Il a été lancé par}, {@code Het werd gelanceerd door}): in a sentence about the accord,
     * the pronoun is the accord.
     */
    private static boolean pronounSubjectBefore(List<Word> w, int cue, Lexicon lexicon) {
        int opening = w.size() > 1 && w.get(1).gapHasAny(":") ? 1 : 0;
        PhraseList.Match pronoun = lexicon.get(Cues.ACCORD_PRONOUNS).matchAt(w, opening);
        return pronoun != null && pronoun.end() == opening + 1 && cue >= pronoun.end() && cue - pronoun.end() <= AUXILIARY_WORDS;
    }

    /** The most words of an auxiliary between a pronoun and its passive verb ({@code has been}): {@value}. */
    static final int AUXILIARY_WORDS = 2;

    /**
     * Returns true if the member noun at word {@code noun} is any member, the complement of another
     * noun ({@code the customers of a typical signatory}, {@code les clients d'un signataire}): an
     * indefinite article at most one word before it, right after a preposition.
     */
    private static boolean anyMember(List<Word> w, int noun, Lexicon lexicon) {
        for (int article = noun - 1; article >= Math.max(1, noun - 2); article--) {
            if (lexicon.get(Cues.INDEFINITES).matchAt(w, article) != null) {
                return lexicon.get(Cues.OF_PREPOSITIONS).matchAt(w, article - 1) != null;
            }
        }
        return false;
    }

    /** Returns true if a relative clause opens (a comma, then a relative pronoun) between word {@code from} and {@code to}. */
    static boolean relativeClauseBetween(List<Word> w, int from, int to, Lexicon lexicon) {
        PhraseList pronouns = lexicon.get(Cues.RELATIVE_PRONOUNS);
        PhraseList openers = lexicon.get(Cues.LIST_OPENERS);
        for (int i = from; i < to; i++) {
            // "dont" opens a list of examples ("34 firmes, dont Microsoft"), not a clause about something else
            if (pronouns.matchAt(w, i) != null && openers.matchAt(w, i) == null && w.get(i).gapHasAny(",")) {
                return true;
            }
        }
        return false;
    }

    /** How many words before a verb that comes last its pronoun object may stand ({@code dit in april op touw zetten}): {@value}. */
    static final int OBJECT_WINDOW = 3;

    /**
     * Returns true if a pronoun of the accord is the object of a verb match: right after it ({@code launched it}; not a
     * word after an elided article, {@code lancé l'appli}), in a language that puts the verb last at most
     * {@value #OBJECT_WINDOW} words before it with no name or comma between ({@code dit in april op touw zetten}; in English
     * {@code it launched} is a subject), elided on its first word ({@code l'ont lancé}) or inside it ({@code put this together}).
     */
    private static boolean accordObject(List<Word> w, PhraseList.Match m, Lexicon lexicon) {
        PhraseList objects = lexicon.get(Cues.ACCORD_OBJECTS);
        return m.end() < w.size() && w.get(m.end()).gap().indexOf('\'') < 0 && w.get(m.end()).gap().indexOf('\u2019') < 0
                        && objects.matchAt(w, m.end()) != null
                || VERB_LAST.contains(lexicon.language()) && objects.find(w, Math.max(0, m.start() - OBJECT_WINDOW), m.start()).stream()
                        .anyMatch(o -> !commaBetween(w, o.end() - 1, m.start())
                                && w.subList(o.end(), m.start()).stream().noneMatch(x -> x.kind() == Word.Kind.NAME))
                || objects.matchAt(w, m.start()) != null
                || objects.find(w, m.start() + 1, m.end() - 1).size() > 0; // "put this together", "zetten dit op touw"
    }

    /** Returns true if the accord or an initiative is named within {@value #LEADING_WINDOW} words after {@code from}, in one comma segment. */
    private static boolean referenceAfter(List<Word> w, int from, Lexicon lexicon) {
        int to = from;
        while (to < Math.min(w.size(), from + LEADING_WINDOW) && (to == from || !w.get(to).gapHasAny(",;:("))) {
            to++;
        }
        return occursAny(w, from, to, lexicon, Cues.ACCORD_NAMES, Cues.ACCORD_NOUNS, Cues.INITIATIVE_NOUNS);
    }

    /** How far after an active verb of leading the accord or an initiative must be named: {@value} words. */
    static final int LEADING_WINDOW = 10;

    /** How far before a cue of leading a noun of companies may stand ({@code 34 entreprises technologiques, emmenées par}): {@value} words. */
    static final int LED_COMPANIES_WINDOW = 3;

    /** Returns true if a noun of companies or members stands at most {@link #LED_COMPANIES_WINDOW} words before word {@code cue}. */
    private static boolean companiesBefore(List<Word> w, int cue, Lexicon lexicon) {
        for (int i = Math.max(0, cue - LED_COMPANIES_WINDOW); i < cue; i++) {
            if (lexicon.get(Cues.COMPANY_NOUNS).matchAt(w, i) != null || lexicon.get(Cues.MEMBER_NOUNS).matchAt(w, i) != null) {
                return true;
            }
        }
        return false;
    }

    /** Returns true if a noun of companies or members stands at most {@link #LED_COMPANIES_WINDOW} words after word {@code from}. */
    private static boolean companiesAfter(List<Word> w, int from, Lexicon lexicon) {
        return companyNounAfter(w, from, LED_COMPANIES_WINDOW, lexicon) >= 0;
    }

    /** How far after a verb of gathering its object, a noun of companies, may stand ({@code verzamelde op dinsdag 17 april 2018 34 bedrijven}): {@value} words. */
    static final int GATHERED_WINDOW = 8;

    /** Returns where a noun of companies or members stands at most {@code window} words after word {@code from}, no name or comma before it; or -1. */
    private static int companyNounAfter(List<Word> w, int from, int window, Lexicon lexicon) {
        for (int i = from; i < Math.min(w.size(), from + window); i++) {
            if (w.get(i).kind() == Word.Kind.NAME || i > from && w.get(i).gapHasAny(",;:")) {
                return -1; // "porté par Microsoft, compte 150 membres": a name first is the founder itself
            }
            if (lexicon.get(Cues.COMPANY_NOUNS).matchAt(w, i) != null || lexicon.get(Cues.MEMBER_NOUNS).matchAt(w, i) != null) {
                return i;
            }
        }
        return -1;
    }

    /** Returns the first word where one of the lists matches, or the number of words if none does. */
    /** Returns true if an entry of one of {@code lists} occurs in words {@code from} to {@code to}. */
    private static boolean occursAny(List<Word> w, int from, int to, Lexicon lexicon, Cues... lists) {
        for (Cues cues : lists) {
            if (lexicon.get(cues).occursIn(w, from, to)) {
                return true;
            }
        }
        return false;
    }

    private static int firstMatch(List<Word> w, Lexicon lexicon, Cues... lists) {
        int first = w.size();
        for (Cues cues : lists) {
            List<PhraseList.Match> matches = lexicon.get(cues).find(w);
            if (!matches.isEmpty()) {
                first = Math.min(first, matches.get(0).start());
            }
        }
        return first;
    }

    private static boolean overlaps(List<Cue> cues, int start, int end) {
        for (Cue c : cues) {
            if (c.start() < end && start < c.end()) {
                return true;
            }
        }
        return false;
    }

    /** Returns true if a dash stands before a word ({@code —}, {@code –}, or a hyphen between spaces). */
    private static boolean isDash(Word word) {
        return word.gapHasAny("—–") || word.gap().contains(" - ");
    }

    /** Returns true if a cue of signing, refusing, initiating or leading, or a noun of members, stands in words {@code from} to {@code to}. */
    private static boolean predicateIn(List<Word> w, int from, int to, Lexicon lexicon) {
        return occursAny(w, from, to, lexicon, Cues.SIGNING, Cues.REFUSING, Cues.INITIATING, Cues.LEADING, Cues.MEMBER_NOUNS);
    }

    /**
     * Returns each word's clause number: a new clause starts at a semicolon, a dash, a colon between predicates or a
     * clause-break word; a parenthesis or a pair of dashes is a clause of its own, after which the clause it interrupts
     * goes on.
     */
    private static int[] clauseOf(AnalyzedSentence s, Lexicon lexicon) {
        List<Word> w = s.words();
        int[] clause = new int[w.size()];
        int current = 0;
        int last = 0; // the highest clause number given
        int outside = -1; // the clause a parenthesis interrupts, or -1 outside one
        int dashOutside = -1; // the clause a pair of dashes interrupts, or -1 outside one
        PhraseList breaks = lexicon.get(Cues.CLAUSE_BREAKS);
        // "Si Amazon reste à l'écart, ABB et Siemens figurent bien parmi les signataires": the opening clause ends at its comma
        boolean subordinate = !w.isEmpty() && lexicon.get(Cues.SUBORDINATE_OPENERS).matchAt(w, 0) != null;
        for (int i = 0; i < w.size(); i++) {
            // it ends at the first comma after its predicate, not at an apposition ("When Kelderwick Systems, a forty-person
            // outfit, put its name to it") nor before a coordinated predicate (", and signed the thing themselves")
            if (subordinate && i > 0 && w.get(i).gapHasAny(",") && lexicon.get(Cues.COORDINATORS).matchAt(w, i) == null
                    && predicateIn(w, 0, i, lexicon)) {
                current++;
                subordinate = false;
            }
            PhraseList.Match brk = breaks.matchAt(w, i);
            // "mais aussi", "but also", "maar ook": the same predicate goes on
            boolean goesOn = brk != null && lexicon.get(Cues.CONTINUATIONS).matchAt(w, brk.end()) != null;
            // "Kaspersky, en revanche, n'y figure pas", "Google, however, did not sign": an aside between commas
            boolean aside = brk != null && i > 0 && w.get(i).gapHasAny(",") && brk.end() < w.size() && w.get(brk.end()).gapHasAny(",");
            // "Geen enkel Belgisch bedrijf ontbrak: Proximus en Orange Belgium tekenden allebei": a colon between two
            // predicates ends a clause; before a list alone ("Parmi les signataires : A, B") it does not
            boolean colonClause = i > 0 && w.get(i).gapHasAny(":") && predicateIn(w, 0, i, lexicon) && predicateIn(w, i, w.size(), lexicon);
            if (i > 0 && outside >= 0 && w.get(i).gapHasAny(")")) {
                current = outside; // "RSA (the company, not the conference) and Oracle": the clause goes on after it
                outside = -1;
            }
            boolean dash = i > 0 && isDash(w.get(i));
            if (dash && dashOutside >= 0) {
                current = dashOutside; // "op de lijst – twee bedrijven die gescheiden wegen gaan – en verder Arm": it goes on
                dashOutside = -1;
            } else if (dash && w.subList(i + 1, w.size()).stream().anyMatch(RoleRules::isDash)) {
                dashOutside = current; // a pair of dashes encloses an interruption, as a parenthesis does
                current = ++last;
            } else if (i > 0 && (dash || w.get(i).gapHasAny(";") || colonClause || brk != null && !goesOn && !aside)) {
                current = ++last;
            }
            if (i > 0 && outside < 0 && w.get(i).gapHasAny("(") && !w.get(i).gapHasAny(")")) {
                outside = current; // a parenthesis is a clause of its own: its negator negates nothing outside it
                current = ++last;
            }
            clause[i] = current;
        }
        return clause;
    }

    /**
     * The cues of one sentence with what the rules ask of them, computed once so that a sentence
     * with many lists costs linear time: each word's clause, the nearest cue on either side of
     * each word, how many words cues cover up to each word, and per clause whether it has a
     * refusal or a negator.
     */
    private static final class SentenceCues {
        final List<Cue> cues;
        final int[] clause;
        final int[] covered;
        final Cue[] leftOf;
        final Cue[] rightOf;
        final boolean[] refusal;
        final boolean[] negated;
        final Cue main;

        SentenceCues(AnalyzedSentence s, List<Cue> cues, int[] clause, Lexicon lexicon) {
            List<Word> w = s.words();
            int n = w.size();
            this.cues = cues;
            this.clause = clause;
            int clauses = Arrays.stream(clause).max().orElse(0) + 1;
            this.covered = new int[n + 1];
            boolean[] inCue = new boolean[n];
            for (Cue c : cues) {
                for (int i = c.start(); i < c.end(); i++) {
                    inCue[i] = true;
                }
            }
            for (int i = 0; i < n; i++) {
                covered[i + 1] = covered[i] + (inCue[i] ? 1 : 0);
            }
            this.leftOf = new Cue[n + 1];
            this.rightOf = new Cue[n + 1];
            Cue[] endingAt = new Cue[n + 1];
            Cue[] startingAt = new Cue[n + 1];
            for (Cue c : cues) {
                endingAt[c.end()] = c;
                if (startingAt[c.start()] == null) {
                    startingAt[c.start()] = c;
                }
            }
            for (int i = 0; i <= n; i++) {
                leftOf[i] = endingAt[i] != null ? endingAt[i] : i > 0 ? leftOf[i - 1] : null;
            }
            for (int i = n; i >= 0; i--) {
                rightOf[i] = startingAt[i] != null ? startingAt[i] : i < n ? rightOf[i + 1] : null;
            }
            this.refusal = new boolean[clauses];
            for (Cue c : cues) {
                // "Unlike Google, which stayed out, Symantec signed": a refusal in a relative clause is its antecedent's
                if (c.predicate() == Predicate.REFUSE && commaRelativeClause(w, c.start(), lexicon) == null) {
                    refusal[clause[c.start()]] = true;
                }
            }
            this.negated = new boolean[clauses];
            for (int i = 0; i < n; i++) {
                if (negatorAt(w, i, lexicon)) {
                    negated[clause[i]] = true;
                }
            }
            this.main = cues.stream().filter(c -> c.predicate() != Predicate.INITIATE).findFirst().orElse(null);
        }

        boolean anyCue(int from, int to) {
            return covered[to] - covered[from] > 0;
        }
    }

    /**
     * Returns the roles of a list: from the nearest predicate cue of its clause, and from a cue
     * in a relative clause right after it ({@code piloté par X et Y, qui en sont aussi
     * signataires}); empty if its sentence gives it none.
     */
    private static List<Role> rolesOf(AnalyzedSentence s, Group g, SentenceCues sc, Lexicon lexicon) {
        List<Word> w = s.words();
        Cue relative = null;
        int relativeEnd = g.end();
        if (g.end() < w.size() && w.get(g.end()).gapHasAny(",") && lexicon.get(Cues.RELATIVE_PRONOUNS).matchAt(w, g.end()) != null) {
            relativeEnd = g.end() + 1;
            // a list inside the clause does not end it: "Het akkoord, dat Microsoft samen met Facebook, Cisco en het Spaanse
            // Telefónica ondertekende"
            while (relativeEnd < w.size() && (!w.get(relativeEnd).gapHasAny(",;:") || listGoesOnAt(w, relativeEnd, lexicon))
                    && sc.clause[relativeEnd] == sc.clause[g.end()]) {
                relativeEnd++;
            }
            Cue next = sc.rightOf[g.end()];
            // "X, qui en sont aussi signataires": a cue right after the pronoun; a cue further on belongs to a clause inside
            // it, unless the language puts the verb of a relative clause last ("Orange, dat het akkoord al in 2018 tekende")
            boolean near = next != null && next.start() - g.end() <= RELATIVE_WINDOW;
            boolean last = next != null && VERB_LAST.contains(lexicon.language()) && next.end() == relativeEnd
                    && !subjectBetween(w, g.end(), next.start(), lexicon); // the accord's own name may stand there
            relative = next != null && next.end() <= relativeEnd && (near || last) ? next : null;
        } else if (g.end() < w.size() && w.get(g.end()).gapHasAny(",")) {
            // "Microsoft, à l'origine du texte avec Facebook, l'a signé": an initiating apposition, then the list's own verb
            int end = g.end() + 1;
            while (end < w.size() && !w.get(end).gapHasAny(",;:") && sc.clause[end] == sc.clause[g.end()]) {
                end++;
            }
            Cue inside = sc.rightOf[g.end()];
            Cue after = end < w.size() && w.get(end).gapHasAny(",") ? sc.rightOf[end] : null;
            if (inside != null && inside.predicate() == Predicate.INITIATE && inside.end() <= end
                    && after != null && after.predicate() != Predicate.INITIATE && sc.clause[after.start()] == sc.clause[g.start()]) {
                relative = inside;
                relativeEnd = end;
            }
        }
        List<Role> out = new ArrayList<>();
        Role main = roleOf(s, g, sc, relativeEnd, lexicon);
        if (main != null) {
            out.add(main);
            Role second = coordinatedPredicate(s, g, sc, main, lexicon);
            if (second != null) {
                out.add(second); // "Microsoft and Facebook conceived and signed the accord"
            }
        }
        Cue leader = sc.leftOf[g.start()];
        if (main == Role.INITIATOR && leader != null && leader.leadsSigners() && leader.end() == g.start()) {
            out.add(Role.SIGNATORY); // "34 entreprises, emmenées par Microsoft et Facebook, ont signé": they signed too
        }
        Cue after = g.end() < w.size() && w.get(g.end()).gapHasAny(",") ? sc.rightOf[g.end()] : null;
        if (main == Role.INITIATOR && leader != null && leader.predicate() == Predicate.INITIATE && leader.end() == g.start()
                && w.get(g.start()).gapHasAny(",") && after != null && after.predicate() == Predicate.SIGN
                && sc.clause[after.start()] == sc.clause[g.start()] && !nameBefore(w, sc.clause, g.end(), after.start())
                && (after.end() >= w.size() || w.get(after.end()).kind() != Word.Kind.NAME)) {
            // "Les deux initiateurs, Microsoft et Facebook, ont évidemment signé le texte": the list between commas is the
            // subject; not "Aux côtés des deux initiateurs, Microsoft et Facebook, on retrouve Cisco": the verb's names follow it
            out.add(predicateRole(s, after, sc.clause, lexicon));
        }
        if (relative != null && main != null && opposite(main, predicateRole(s, relative, sc.clause, lexicon))
                && !accordReferenceIn(w, g.end(), relativeEnd, lexicon)) {
            relative = null; // "Dell, which has never shied away from policy debates, joined the accord": not about the accord
        }
        if (relative != null && !out.contains(predicateRole(s, relative, sc.clause, lexicon))) {
            out.add(predicateRole(s, relative, sc.clause, lexicon));
        }
        if (relative != null) {
            // "Microsoft, which not only conceived it but put its own signature at the top": the relative clause's second verb
            for (Cue c : sc.cues) {
                if (c.start() > relative.end() && c.end() <= relativeEnd && c.predicate() != relative.predicate()
                        && c.predicate() != Predicate.REFUSE && !subjectBetween(w, relative.end(), c.start(), lexicon)) {
                    Role second = predicateRole(s, c, sc.clause, lexicon);
                    if (second != Role.NON_SIGNATORY && !out.contains(second)) {
                        out.add(second);
                    }
                }
            }
        }
        // "Microsoft staat er uiteraard op, net als mede-initiatiefnemer Facebook": what the clause before said, too
        for (PhraseList.Match same : lexicon.get(Cues.SAME_AS_BEFORE).find(w, Math.max(0, g.start() - SAME_REACH - LONGEST_SAME), g.start())) {
            Cue said = sc.leftOf[same.start()];
            if (g.start() - same.end() <= SAME_REACH && said != null && said.predicate() == Predicate.SIGN && !out.contains(Role.SIGNATORY)
                    && !negatedNear(w, said, sc.clause, sc.clause[said.start()], null, lexicon)) {
                out.add(Role.SIGNATORY);
            }
        }
        if (s.asks()) {
            // "Kan u zich voorstellen dat Vlasveld later toch tekent?" asks; "Waarom staat Vlasveld er niet bij?" presumes the refusal
            out.remove(Role.SIGNATORY);
        }
        return out;
    }

    /**
     * Returns true if group {@code g} goes on with the list of group {@code before}: in one clause, after a comma or a
     * coordinator, with at most {@value #DESCRIPTION_WORDS} words of description between them and no cue, negator,
     * contrast or relative pronoun ({@code Cisco, Oracle, le concepteur de puces britannique Arm et le spécialiste des
     * réseaux Cloudflare}).
     */
    private static boolean listGoesOn(List<Word> w, Group before, Group g, SentenceCues sc, Lexicon lexicon) {
        int from = before.end();
        int to = g.start();
        if (to - from < 1 || to - from > DESCRIPTION_WORDS || sc.clause[from] != sc.clause[g.start()] || sc.anyCue(from, to)) {
            return false;
        }
        if (!w.get(from).gapHasAny(",") && lexicon.get(Cues.COORDINATORS).matchAt(w, from) == null) {
            return false;
        }
        if (occursAny(w, from, to, lexicon, Cues.NEGATORS, Cues.CONTRAST, Cues.RELATIVE_PRONOUNS, Cues.CLAUSE_BREAKS, Cues.PARENT_OF)
                || w.subList(from, to).stream().anyMatch(x -> x.gapHasAny(";:("))) {
            return false;
        }
        // not when the group has a predicate of its own after it ("..., and Twitter is not on the list either")
        int end = g.end();
        while (end < w.size() && !w.get(end).gapHasAny(",;:")) {
            end++;
        }
        return !sc.anyCue(g.end(), end) && !negatorIn(w, g.end(), end, lexicon);
    }

    /** How many words of description may stand between two parts of one list ({@code le concepteur de puces britannique}): {@value}. */
    static final int DESCRIPTION_WORDS = 8;

    /** Returns true if words {@code [start, end)} name an affair ({@code the Cambridge Analytica revelations}, {@code het schandaal rond X}). */
    private static boolean namesAffair(List<Word> w, int start, int end, Lexicon lexicon) {
        PhraseList affairs = lexicon.get(Cues.AFFAIR_NOUNS);
        return end < w.size() && affairs.matchAt(w, end) != null
                || affairs.find(w, Math.max(0, start - AFFAIR_REACH), start).stream().anyMatch(m -> start - m.end() <= 1);
    }

    /** How many words (a description) may stand between {@code net als}, {@code tout comme} and the names it adds: {@value}. */
    static final int SAME_REACH = 2;
    /** The most words of a phrase of the same as before looked for ({@code de même que}): {@value}. */
    static final int LONGEST_SAME = 4;

    /** How many words before a name an affair noun may end for the name to be the affair's ({@code le scandale X}): {@value}. */
    static final int AFFAIR_REACH = 3;

    /**
     * Returns true if an anaphor has no noun of companies of its own ({@code both}, {@code les deux}): a noun right after
     * it is its head ({@code both initiators}), where after {@code Beide bedrijven} a predicate follows.
     */
    private static boolean isBare(List<Word> w, PhraseList.Match anaphor, Lexicon lexicon) {
        return !lexicon.get(Cues.COMPANY_NOUNS).occursIn(w, anaphor.start(), anaphor.end());
    }

    /** Returns true if one role says signed and the other did not sign. */
    private static boolean opposite(Role a, Role b) {
        return a == Role.SIGNATORY && b == Role.NON_SIGNATORY || a == Role.NON_SIGNATORY && b == Role.SIGNATORY;
    }

    /** Returns true if the accord is named, or referred to by a noun or a pronoun, in words {@code from} to {@code to}. */
    private static boolean accordReferenceIn(List<Word> w, int from, int to, Lexicon lexicon) {
        return occursAny(w, from, to, lexicon, Cues.ACCORD_NAMES, Cues.ACCORD_NOUNS, Cues.ACCORD_OBJECTS, Cues.MEMBER_NOUNS);
    }

    /**
     * Returns the role of a second predicate coordinated with the first after a list, of the other
     * kind ({@code conceived and signed}, {@code bedacht en ondertekend}), or null.
     */
    private static Role coordinatedPredicate(AnalyzedSentence s, Group g, SentenceCues sc, Role main, Lexicon lexicon) {
        List<Word> w = s.words();
        for (int k = 0; k + 1 < sc.cues.size(); k++) {
            Cue a = sc.cues.get(k);
            Cue b = sc.cues.get(k + 1);
            if (a.start() < g.end() || a.start() - g.end() > NEGATOR_WINDOW || sc.clause[a.start()] != sc.clause[b.start()]) {
                continue;
            }
            // "conceived and signed"; "drove it from the beginning and was the first to sign"; "started the whole thing and,
            // obviously, signed it": an "and" between them with no name, the second verb soon after it
            PhraseList.Match and = null;
            for (int j = a.end(); j < b.start() && and == null; j++) {
                and = lexicon.get(Cues.COORDINATORS).matchAt(w, j);
            }
            if (and == null || b.start() < and.end() || b.start() - and.end() > COORDINATED_GAP || subjectBetween(w, a.end(), b.start(), lexicon)) {
                continue;
            }
            Role ra = predicateRole(s, a, sc.clause, lexicon);
            Role rb = predicateRole(s, b, sc.clause, lexicon);
            Role other = ra == main ? rb : rb == main ? ra : null;
            if (other != null && other != main && other != Role.NON_SIGNATORY && main != Role.NON_SIGNATORY) {
                return other;
            }
        }
        return null;
    }

    /** Returns the role of a list, or null if its sentence gives it none; {@code skip} is a cue that is not the list's (or null). */
    private static Role roleOf(AnalyzedSentence s, Group g, SentenceCues sc, int relativeEnd, Lexicon lexicon) {
        List<Word> w = s.words();
        int[] clause = sc.clause;
        int own = clause[g.start()];
        boolean contrast = contrastBefore(w, g.start(), lexicon);
        // The list's own comma segment: "Google en Amazon tekenden niet, Dell en Nokia wel"
        int from = g.start();
        while (from > 0 && clause[from - 1] == own && !w.get(from).gapHasAny(",;:")) {
            from--;
        }
        int to = g.end();
        while (to < w.size() && clause[to] == own && !w.get(to).gapHasAny(",;:")) {
            to++;
        }
        if (!sc.anyCue(from, to) && (lexicon.get(Cues.LAUNCHED_BY).occursIn(w, from, to)
                || lexicon.get(Cues.LEADING).occursIn(w, from, to))) {
            return null; // "Windows, launched by Microsoft in 1985, ...": the company of something else
        }
        if (inAttribution(w, g, lexicon)) {
            return null; // "« ... rédigé à Redmond », résume Hélène Marchetti, consultante chez Kerbrat": the speaker's employer
        }
        Role elliptic = ellipticNextClause(w, g, sc, lexicon);
        if (elliptic != null) {
            return elliptic;
        }
        Cue before = sc.leftOf[from];
        if (!sc.anyCue(from, to) && before != null && before.end() <= from
                && lexicon.get(Cues.SAME_AS_BEFORE).occursIn(w, from, to)) {
            // "Alphabet stayed out, and so did Apple and Amazon": what the comma segment before said
            int other = clause[before.start()];
            boolean negative = before.predicate() == Predicate.REFUSE || sc.refusal[other]
                    || negatedNear(w, before, clause, other, null, lexicon);
            return before.predicate() == Predicate.INITIATE ? Role.INITIATOR : negative ? Role.NON_SIGNATORY : Role.SIGNATORY;
        }
        if (!sc.anyCue(from, to) && before != null && before.end() <= from && before.predicate() == Predicate.SIGN
                && lexicon.get(Cues.PRO_VERBS).occursIn(w, from, to)) {
            // "Microsoft n'a pas signé l'accord, mais Cisco l'a fait": the predicate before, with the segment's own negation
            return negatorIn(w, from, to, lexicon) ? Role.NON_SIGNATORY : Role.SIGNATORY;
        }
        if (!sc.anyCue(from, to) && !contrast) {
            // ... or a verb that ends the segment: "but Cisco, Oracle and Nokia are"
            boolean affirmed = lexicon.get(Cues.AFFIRMERS).occursIn(w, from, to)
                    || to == w.size() && to > g.end() && lexicon.get(Cues.FINAL_AFFIRMERS).matchAt(w, to - 1) != null;
            boolean negated = negatorIn(w, from, to, lexicon);
            boolean signingSentence = sc.main != null;
            if (signingSentence && affirmed && !negated) {
                return Role.SIGNATORY;
            }
            if (signingSentence && negated && (from > 0 || to < w.size())) { // "Apple did not", "Apple n'en est pas"
                return Role.NON_SIGNATORY;
            }
        }
        Cue left = sc.leftOf[g.start()];
        if (left != null && relativeClauseBetween(w, left.end(), g.start(), lexicon)) {
            left = null; // "Facebook staat op de lijst, hetzelfde Facebook dat ... door Cambridge Analytica": not the cue's subject
        }
        if (left != null && g.start() > 0 && left.end() < g.start() && lexicon.get(Cues.RELATIVE_PRONOUNS).matchAt(w, g.start() - 1) != null
                && lexicon.get(Cues.LIST_OPENERS).matchAt(w, g.start() - 1) == null) {
            left = null; // "the pledge that Cisco had launched": the name is the subject of the clause, the noun its object
        }
        if (left != null && closedRelativeClause(w, left, g.start(), lexicon)) {
            left = null; // "aux côtés de Microsoft, qui ont eu l'idée du texte, des noms comme ABB": the clause speaks of Microsoft
        }
        if (left != null && closedApposition(w, left, g.start(), lexicon)) {
            left = null; // "Quant à Facebook, co-initiateur de l'affaire, il ... chez Cambridge Analytica": the noun is Facebook's
        }
        if (left != null && left.agent() && g.start() - left.end() > AGENT_GAP) {
            left = null; // "Le projet, porté par Microsoft, a reçu le soutien d'Oracle": "par" names its agent, next to it
        }
        Cue right = sc.rightOf[relativeEnd]; // the cues of a relative clause after the list are not its predicate
        // "een jurist van Fjordnett, dat niet tekende, en een verkoper van Oracle, dat wel tekende": after a list's own
        // relative clause, the cue of one that describes a later name is that name's, and so is the sentence's predicate
        // (but "à Bitdefender, à Trend Micro ou à Avast, qui ont signé" describes them all)
        int[] later = right == null || relativeEnd == g.end() ? null : commaRelativeClause(w, right.start(), lexicon);
        boolean othersPredicate = later != null && later[0] > g.end();
        if (othersPredicate) {
            right = null;
        }
        // "Pinecrest Software, whose clients include Walmart, signed": the company signed, not the list inside
        // the relative clause that describes it (but "trente groupes, dont Microsoft et Facebook, ont signé" lists them)
        int[] inside = commaRelativeClause(w, g.start(), lexicon);
        boolean antecedents = inside != null && inside[1] < w.size() && g.start() > inside[0] + 1;
        if (antecedents && right != null && right.start() >= inside[1]) {
            right = null;
        }
        left = left != null && clause[left.start()] == own ? left : null;
        right = right != null && clause[right.start()] == own ? right : null;
        boolean leftInSegment = left != null && left.end() > from;
        boolean rightInSegment = right != null && right.start() < to;
        // "Microsoft heeft het bedacht, Nokia tekende mee": the cue of the list's own comma segment first
        Cue nearest = left == null ? right : right == null ? left
                : leftInSegment != rightInSegment ? (leftInSegment ? left : right)
                : g.start() - left.end() <= right.start() - g.end() ? left : right;
        if (nearest != null) {
            if (nearest.predicate() == Predicate.INITIATE) {
                return Role.INITIATOR;
            }
            PhraseList.Match hedge = nearest.predicate() == Predicate.SIGN ? hedge(w, nearest, clause, own, lexicon) : null;
            if (hedge != null) {
                // "Samsung would consider joining": no role yet; "Amazon wil niet tekenen": a refusal; but "Je ne sais pas
                // si le groupe a signé": the negator of the hedge itself doubts, it does not refuse
                return !negatorIn(w, hedge.start(), hedge.end(), lexicon) && negatedNear(w, nearest, clause, own, g, lexicon)
                        ? Role.NON_SIGNATORY : null;
            }
            boolean negative = nearest.predicate() == Predicate.REFUSE || sc.refusal[own];
            // A refusal is not undone by a negator ("pas plus que X", "niet van de partij"): only a signing cue is negated.
            if (!negative && negatedNear(w, nearest, clause, own, g, lexicon)) {
                negative = true;
            }
            if (contrast) {
                negative = !negative;
            }
            return negative ? Role.NON_SIGNATORY : Role.SIGNATORY;
        }
        // No predicate in the list's clause: the sentence's predicate, with this clause's polarity.
        Cue main = sc.main;
        if (main == null || othersPredicate || main.start() >= g.end() && main.start() < relativeEnd
                || antecedents && main.start() >= inside[1]) {
            return null;
        }
        if (main.end() <= g.start() && closedRelativeClause(w, main, g.start(), lexicon)) {
            return null; // "een jurist van Fjordnett, dat niet tekende, en een verkoper van Cisco": Fjordnett's clause
        }
        if (clause[main.start()] != own && nameBefore(w, clause, main.start())) {
            return null; // "Apple and Amazon lead the market, but Cisco signed the accord": that clause has its subject
        }
        boolean negative = main.predicate() == Predicate.REFUSE;
        // a list in a relative clause after a comma takes that clause's polarity ("..., qui comptent pourtant Cisco")
        int[] relative = inside;
        boolean clauseNegated = relative == null ? sc.negated[own] : negatorIn(w, relative[0], relative[1], lexicon);
        boolean mainNegated = negatedNear(w, main, clause, clause[main.start()], null, lexicon);
        if (main.predicate() == Predicate.SIGN && mainNegated && !clauseNegated) {
            // "Microsoft n'a pas signé, mais Cisco l'a fait": the other clause affirms, and so does a relative clause that
            // describes the signatories ("parmi les signataires de l'accord, qui comptent pourtant Cisco"); but one that
            // describes someone else affirms nothing ("'We have not joined,' said Daniel Ostrowski, who runs Sophos in Leeds")
            return relative == null || accordReferenceIn(w, Math.max(0, relative[0] - ANTECEDENT_WORDS), relative[0], lexicon)
                    ? Role.SIGNATORY : null;
        }
        if (clauseNegated) {
            negative = !negative;
        }
        return negative ? Role.NON_SIGNATORY : Role.SIGNATORY;
    }

    /** Returns true if a hedge of the cue's clause stands within {@link #NEGATOR_WINDOW} words before it. */
    private static boolean hedged(List<Word> w, Cue cue, int[] clause, int own, Lexicon lexicon) {
        return hedge(w, cue, clause, own, lexicon) != null;
    }

    /** Returns the hedge of the cue's clause that ends within {@link #NEGATOR_WINDOW} words before it, or null. */
    private static PhraseList.Match hedge(List<Word> w, Cue cue, int[] clause, int own, Lexicon lexicon) {
        for (PhraseList.Match m : lexicon.get(Cues.HEDGES).find(w, Math.max(0, cue.start() - 2 * NEGATOR_WINDOW), cue.start())) {
            if (m.end() > cue.start() - NEGATOR_WINDOW && clause[m.start()] == own) {
                return m;
            }
        }
        return null;
    }


    /** Returns true if a negator of the cue's clause stands within {@link #NEGATOR_WINDOW} words of it, outside the list. */
    private static boolean negatedNear(List<Word> w, Cue cue, int[] clause, int own, Group g, Lexicon lexicon) {
        int from = Math.max(0, cue.start() - NEGATOR_WINDOW);
        int to = Math.min(w.size(), cue.end() + NEGATOR_WINDOW);
        // "Ni Google ni Apple ne figurent parmi les signataires, qui comptent pourtant Cisco": a list in a relative
        // clause after a comma is negated only inside it
        int[] relative = g == null ? null : commaRelativeClause(w, g.start(), lexicon);
        if (relative != null) {
            from = Math.max(from, relative[0]);
            to = Math.min(to, relative[1]);
        }
        for (int i = from; i < to; i++) {
            if (i == cue.denier()) {
                continue; // "not absent": the negator that made the cue
            }
            if (clause[i] == own && negatorAt(w, i, lexicon) && !otherSubjectBetween(w, Math.min(i, cue.start()), Math.max(i, cue.end() - 1))
                    && !(i >= cue.end() && pledgedNegation(w, i, lexicon)) && !inRelativeClauseWithout(w, i, cue, lexicon)) {
                return true;
            }
        }
        // "geen van hen stond op de lijst", "none of them has ever put its name to it": a negated anaphor as the subject
        for (PhraseList.Match a : lexicon.get(Cues.PLURAL_ANAPHORS).find(w, 0, cue.start())) {
            if (clause[a.start()] == own && negatorIn(w, a.start(), a.end(), lexicon)) {
                return true;
            }
        }
        // "Geen van de grote chipbedrijven, met Kestrel Systems en Tarnwick Secure voorop, heeft zich bij het Tech Accord
        // aangesloten", "None of the big vendors, Velmora Networks included, has signed": a negated partitive subject before
        // the cue negates its clause, however far
        for (int i = 0; i + 1 < cue.start(); i++) {
            if (clause[i] == own && negatorAt(w, i, lexicon) && lexicon.get(Cues.OF_PREPOSITIONS).matchAt(w, i + 1) != null
                    && (i == 0 || clause[i - 1] != own || w.get(i).gapHasAny(","))) {
                return true;
            }
        }
        // a negator right before the list's names negates it too: "ni Alphabet ni Apple", "Noch Alphabet noch Apple"
        int before = g == null ? -1 : g.start() - 1;
        return before >= 0 && clause[before] == own && negatorAt(w, before, lexicon);
    }

    /** Returns the first word of a relative clause that opens after a comma from word {@code from} on, or the sentence's length. */
    private static int relativeClauseAfter(AnalyzedSentence s, int from, Lexicon lexicon) {
        List<Word> w = s.words();
        for (int k = from; k < w.size(); k++) {
            if (w.get(k).gapHasAny(",") && (lexicon.get(Cues.RELATIVE_PRONOUNS).matchAt(w, k) != null
                    || k + 1 < w.size() && lexicon.get(Cues.RELATIVE_PRONOUNS).matchAt(w, k + 1) != null)) {
                return k; // ", which ...", ", ce qui ...", ", wat ..."
            }
        }
        return w.size();
    }

    /**
     * Returns true if a noun cue stands in an apposition to a name: it opens, at most with an article before it, right after a
     * comma that follows a name, and a comma closes it before word {@code list} ({@code Facebook, co-initiateur de
     * l'affaire, ...}): the noun describes that name, not a list after it.
     */
    private static boolean closedApposition(List<Word> w, Cue cue, int list, Lexicon lexicon) {
        if (verb(cue, w, lexicon)) {
            return false;
        }
        int open = cue.start() > 0 && !w.get(cue.start()).gapHasAny(",") && lexicon.isStopWord(w.get(cue.start() - 1).fold())
                ? cue.start() - 1 : cue.start();
        if (open == 0 || !w.get(open).gapHasAny(",") || w.get(open - 1).kind() != Word.Kind.NAME) {
            return false;
        }
        for (int k = cue.end(); k <= list && k < w.size(); k++) {
            if (w.get(k).gapHasAny(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns true if the cue stands in a relative clause that opens after a comma at most
     * {@link #RELATIVE_WINDOW} words before it and closes with a comma before word {@code list}.
     */
    private static boolean closedRelativeClause(List<Word> w, Cue cue, int list, Lexicon lexicon) {
        boolean closed = false;
        for (int k = cue.end(); k <= list && k < w.size(); k++) {
            closed |= w.get(k).gapHasAny(",;:");
        }
        if (!closed) {
            return false;
        }
        for (int r = cue.start(); r >= Math.max(0, cue.start() - RELATIVE_WINDOW); r--) {
            if (r < cue.start() && w.get(r + 1).gapHasAny(",;:")) {
                return false; // a comma between the pronoun and the cue: another clause
            }
            if (w.get(r).gapHasAny(",") && lexicon.get(Cues.RELATIVE_PRONOUNS).matchAt(w, r) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns true if a comma or colon and then a name stand in words {@code (from, to]}: a negator
     * there belongs to another subject ({@code While Dell signed up from day one, Apple did not},
     * {@code Il ne faut pas oublier un détail : Microsoft a signé}).
     */
    private static boolean otherSubjectBetween(List<Word> w, int from, int to) {
        boolean comma = false;
        for (int k = from + 1; k <= to; k++) {
            comma |= w.get(k).gapHasAny(",:");
            if (comma && w.get(k).kind() == Word.Kind.NAME) {
                return true;
            }
        }
        return false;
    }

    /** Returns true if a negator starts at word {@code i} and does not open {@code not only} ({@code Niet alleen grote spelers doen mee}). */
    private static boolean negatorAt(List<Word> w, int i, Lexicon lexicon) {
        PhraseList.Match negator = lexicon.get(Cues.NEGATORS).matchAt(w, i);
        if (negator == null) {
            return counterfactualAt(w, i, lexicon);
        }
        // a negator that negates nothing, at its start or inside it ("non seulement", "ne manquent pas"), unless a
        // negator as long starts with it ("pas un seul d'entre eux" negates; "pas le seul" does not)
        for (int k = Math.max(0, i - NOT_ONLY_REACH); k <= i; k++) {
            PhraseList.Match m = lexicon.get(Cues.NOT_ONLY).matchAt(w, k);
            if (m != null && m.end() > i && !(k == i && negator.end() >= m.end())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns true if a counterfactual opens a clause at word {@code i}: at the start of the
     * sentence or after a coordinator that opens it ({@code And had Apple signed, ...}); one with a
     * conjunction ({@code si .. avait}) also after a comma, colon or semicolon, where a bare
     * auxiliary ({@code HP Inc., had signed too}) is only the verb after an apposition. What it
     * supposes did not happen.
     */
    private static boolean counterfactualAt(List<Word> w, int i, Lexicon lexicon) {
        PhraseList.Match m = lexicon.get(Cues.COUNTERFACTUALS).matchAt(w, i);
        if (m == null) {
            return false;
        }
        return i == 0 || i == 1 && lexicon.get(Cues.COORDINATORS).matchAt(w, 0) != null
                || m.end() - m.start() > 1 && w.get(i).gapHasAny(",;:");
    }

    /** How many words before a negator an entry that negates nothing may start ({@code ne manquent pas}): {@value}. */
    static final int NOT_ONLY_REACH = 3;

    /**
     * Returns true if the negator at word {@code i} negates what a pledge forbids: an infinitive or
     * a verb of helping or attacking ({@code never to help}, {@code would never assist},
     * {@code à ne jamais aider}, {@code nooit overheden helpen}); after a verb of signing it is the
     * pledge's content, not a refusal.
     */
    private static boolean pledgedNegation(List<Word> w, int i, Lexicon lexicon) {
        PhraseList pledged = lexicon.get(Cues.PLEDGED_NEGATIONS);
        for (int k = Math.max(0, i - PLEDGED_NEGATION_REACH); k <= i; k++) {
            PhraseList.Match m = pledged.matchAt(w, k);
            if (m != null && m.end() > i) {
                return true;
            }
        }
        return false;
    }

    /** How many words a phrase naming a parent ({@code het moederbedrijf van}) may have: {@value}. */
    static final int PARENT_REACH = 5;

    /** How many words may stand between the "and" of coordinated predicates and the second one ({@code and was the first to sign}): {@value}. */
    static final int COORDINATED_GAP = 4;

    /** How many words before a negator the phrase it is part of may start ({@code de ne .. jamais}): {@value}. */
    static final int PLEDGED_NEGATION_REACH = 4;

    /**
     * Returns true if word {@code i} stands in a relative clause opened after a comma that does not hold the cue
     * ({@code Facebook, qui n'a jamais caché ses ambitions, a signé l'accord}; {@code Cisco signed it, which did not
     * surprise anyone}).
     */
    private static boolean inRelativeClauseWithout(List<Word> w, int i, Cue cue, Lexicon lexicon) {
        int[] span = commaRelativeClause(w, i, lexicon);
        return span != null && (cue.end() <= span[0] || cue.start() >= span[1]);
    }

    /** Returns the start and end of the relative clause opened after a comma that holds word {@code i} ({@code , which stayed out,}), or null. */
    static int[] commaRelativeClause(List<Word> w, int i, Lexicon lexicon) {
        int open = i;
        while (open > 0 && !w.get(open).gapHasAny(",;:")) {
            open--;
        }
        if (open == 0 || !w.get(open).gapHasAny(",") || lexicon.get(Cues.RELATIVE_PRONOUNS).matchAt(w, open) == null) {
            return null;
        }
        // it closes at a comma, but not at one inside a list of names that ends with its "and" ("qui comptent pourtant
        // Cisco, Oracle et Nokia"; but "qui a porté le projet avec Facebook, Google n'a pas signé" closes)
        int close = i + 1;
        while (close < w.size() && (!w.get(close).gapHasAny(",;:") || listGoesOnAt(w, close, lexicon))) {
            close++;
        }
        return new int[] {open, close};
    }

    /** The most words between a list's last coordinator and its last name ({@code en het Spaanse Telefónica}): {@value}. */
    static final int LAST_NAME_LEAD = 3;

    /** Returns true if the comma before word {@code k} stands inside a list of names that a coordinator and a name close. */
    private static boolean listGoesOnAt(List<Word> w, int k, Lexicon lexicon) {
        if (w.get(k).gapHasAny(";:") || w.get(k - 1).kind() != Word.Kind.NAME || w.get(k).kind() != Word.Kind.NAME) {
            return false;
        }
        for (int j = k; j < w.size(); j++) {
            PhraseList.Match and = lexicon.get(Cues.COORDINATORS).matchAt(w, j);
            if (and != null) {
                // "en het Spaanse Telefónica": a few words may open the last name
                for (int n = and.end(); n < Math.min(w.size(), and.end() + LAST_NAME_LEAD + 1) && !w.get(n).gapHasAny(",;:"); n++) {
                    if (w.get(n).kind() == Word.Kind.NAME) {
                        return true;
                    }
                }
                return false;
            }
            if (w.get(j).kind() != Word.Kind.NAME || w.get(j).gapHasAny(";:")) {
                return false;
            }
        }
        return false;
    }

    /** Returns true if a negator other than {@code not only} stands in words {@code [from, to)}. */
    static boolean negatorIn(List<Word> w, int from, int to, Lexicon lexicon) {
        for (int i = from; i < to; i++) {
            if (negatorAt(w, i, lexicon)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the role that the clause after a list's own gives it when that clause has no subject
     * of its own ({@code Alphabet, Apple en Amazon staan wel in de top van de sector, maar niet op
     * de lijst}), or null: the list's clause has no cue, the next one has a cue and no name before it.
     */
    private static Role ellipticNextClause(List<Word> w, Group g, SentenceCues sc, Lexicon lexicon) {
        int own = sc.clause[g.start()];
        int next = g.end();
        while (next < w.size() && sc.clause[next] == own) {
            next++;
        }
        int first = g.start();
        while (first > 0 && sc.clause[first - 1] == own) {
            first--;
        }
        if (next == w.size() || sc.anyCue(first, next)) {
            return null;
        }
        Cue cue = sc.rightOf[next];
        if (cue == null || sc.clause[cue.start()] != sc.clause[next] || cue.predicate() == Predicate.INITIATE) {
            return null;
        }
        for (int k = next; k < cue.start(); k++) {
            if (w.get(k).kind() == Word.Kind.NAME) {
                return null;
            }
        }
        int clause = sc.clause[next];
        boolean negative = cue.predicate() == Predicate.REFUSE || sc.refusal[clause];
        if (!negative && negatedNear(w, cue, sc.clause, clause, null, lexicon)) {
            negative = true;
        }
        return negative ? Role.NON_SIGNATORY : Role.SIGNATORY;
    }

    /** Returns true if a name other than the accord's stands among the words {@code [from, to)}: another subject ("and Cisco signed it"). */
    private static boolean subjectBetween(List<Word> w, int from, int to, Lexicon lexicon) {
        List<PhraseList.Match> accord = lexicon.get(Cues.ACCORD_NAMES).find(w, from, to);
        for (int k = from; k < to; k++) {
            int at = k;
            if (w.get(k).kind() == Word.Kind.NAME && accord.stream().noneMatch(m -> m.start() <= at && at < m.end())) {
                return true;
            }
        }
        return false;
    }

    /** Returns true if a name stands before word {@code at} in its clause. */
    private static boolean nameBefore(List<Word> w, int[] clause, int at) {
        return nameBefore(w, clause, 0, at);
    }

    /** Returns true if a name stands among the words {@code [from, at)} of the clause of word {@code at}. */
    private static boolean nameBefore(List<Word> w, int[] clause, int from, int at) {
        for (int k = at - 1; k >= from && clause[k] == clause[at]; k--) {
            if (w.get(k).kind() == Word.Kind.NAME) {
                return true;
            }
        }
        return false;
    }

    /** Returns true if a comma, colon or semicolon stands before one of the words {@code (from, to]}. */
    private static boolean commaBetween(List<Word> w, int from, int to) {
        for (int k = from + 1; k <= to && k < w.size(); k++) {
            if (w.get(k).gapHasAny(",;:")) {
                return true;
            }
        }
        return false;
    }

    /** Returns true if a contrast phrase ends at most {@link #CONTRAST_WINDOW} words before {@code start} ({@code unlike their rivals X}). */
    private static boolean contrastBefore(List<Word> w, int start, Lexicon lexicon) {
        PhraseList contrast = lexicon.get(Cues.CONTRAST);
        for (int k = Math.max(0, start - CONTRAST_WINDOW - 4); k < start; k++) {
            PhraseList.Match m = contrast.matchAt(w, k);
            if (m != null && m.end() <= start && start - m.end() <= CONTRAST_WINDOW && !commaBetween(w, m.end(), start)) {
                return true; // not "À l'inverse de Microsoft, Apple n'a jamais rejoint": the phrase ended at the comma
            }
        }
        return false;
    }

    /** Returns true if an English possessive {@code 's} follows a mention ({@code Alphabet's}). */
    private static boolean isPossessive(AnalyzedSentence s, Mention m) {
        String text = s.sentence().text();
        int end = s.word(m.end() - 1).end() - s.sentence().span().start();
        return text.startsWith("'s", end) || text.startsWith("’s", end);
    }

    /**
     * Returns true if a parent phrase says whose parent the name after it is: it is more than a
     * parent noun ({@code het moederbedrijf van Google}, {@code overkoepelend bedrijf boven}) or the
     * name has its preposition elided ({@code la maison mère d'Instagram}); a bare parent noun names
     * the parent itself ({@code sa maison mère Alphabet}).
     */
    private static boolean ofTheNext(List<Word> w, PhraseList.Match m, Lexicon lexicon) {
        PhraseList.Match noun = lexicon.get(Cues.PARENT_NOUNS).matchAt(w, m.start());
        if (noun == null || noun.end() != m.end()) {
            return true;
        }
        String gap = m.end() < w.size() ? w.get(m.end()).gap().strip().toLowerCase(Locale.ROOT) : "";
        return gap.endsWith("d'") || gap.endsWith("d’");
    }

    /** Reads parent relations: {@code A, het moederbedrijf van B} and {@code Googles moederbedrijf Alphabet}. */
    private static void parents(AnalyzedSentence s, List<Mention> here, Lexicon lexicon, Map<String, String> parents) {
        List<Word> w = s.words();
        for (int i = 0; i + 1 < here.size(); i++) {
            Mention left = here.get(i);
            Mention right = here.get(i + 1);
            if (left.company().equals(right.company())) {
                continue;
            }
            for (int k = left.end(); k < Math.min(right.start(), left.end() + 3); k++) {
                PhraseList.Match m = lexicon.get(Cues.PARENT_OF).matchAt(w, k);
                if (m != null && m.end() == right.start() && ofTheNext(w, m, lexicon)) {
                    parents.putIfAbsent(right.company(), left.company());
                }
            }
            if (right.start() == left.end() && isPossessive(s, left)) {
                parents.putIfAbsent(right.company(), left.company()); // Alphabet's Google
                continue;
            }
            PhraseList.Match noun = right.start() > left.end() ? lexicon.get(Cues.PARENT_NOUNS).matchAt(w, left.end()) : null;
            if (noun != null && noun.end() == right.start()) {
                parents.putIfAbsent(left.company(), right.company());
            }
        }
    }
}
