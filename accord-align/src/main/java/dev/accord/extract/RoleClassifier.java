package dev.accord.extract;

import dev.accord.core.Role;
import dev.accord.extract.CompanyRecognizer.Mention;
import dev.accord.extract.CompanyRecognizer.Run;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives each mentioned company the roles its text states, and finds parent relations, clause by
 * clause.
 *
 * <p>The rules, for each clause (a sentence is cut at {@code ;} and at adversative conjunctions
 * such as {@code maar}, {@code mais}):
 * <ol>
 *   <li>A list of companies right after an initiator cue ({@code een initiatief van},
 *       {@code à l'initiative de}) are initiators; after a signatory cue ({@code ondertekend door},
 *       {@code signé par}, {@code parmi les signataires}) signatories, non-signatories if the cue
 *       is negated; after a list cue ({@code waaronder}, {@code dont}) they take the polarity
 *       of the nearest predicate of the clause.</li>
 *   <li>Every other company takes the role of the nearest predicate of its clause, preferring
 *       one that follows it: an initiating predicate ({@code namen het initiatief}, {@code sont à
 *       l'origine}) makes it an initiator; a signing predicate ({@code ondertekenden}, {@code ont signé},
 *       {@code doen mee}, {@code op de lijst}) makes it a signatory, unless a negator stands close
 *       by ({@code niet}, {@code ne ... pas}, {@code ni}); a refusing predicate ({@code weigerden},
 *       {@code brillent par leur absence}, {@code pas plus que}) a non-signatory.</li>
 *   <li>A clause without a predicate that follows one about signing is elliptical
 *       ({@code maar Apple niet}, {@code mais LG l'a fait}): with a negator its companies did not
 *       sign, without one they did.</li>
 *   <li>A company with no role is {@link Role#MENTIONED}.</li>
 * </ol>
 *
 * <p>Stateless and thread-safe.
 */
final class RoleClassifier {

    /** How many tokens before a signing predicate a negator may stand. */
    private static final int NEGATOR_BEFORE = 6;
    /** How many tokens after a signing predicate a negator may stand ({@code tekende het niet}). */
    private static final int NEGATOR_AFTER = 3;

    /** Roles and parents of the companies of one document. */
    record Result(Map<String, Set<Role>> roles, Map<String, String> parents) {
    }

    /** A predicate of a clause: tokens {@code [start, end)}, and the role it gives its subject. */
    private record Predicate(int start, int end, Role role) {
    }

    Result classify(List<TokenizedSentence> sentences, List<Mention> mentions, Lexicon lexicon) {
        Map<String, Set<Role>> roles = new LinkedHashMap<>();
        Map<String, String> parents = new HashMap<>();
        for (Mention m : mentions) {
            roles.computeIfAbsent(m.company(), k -> EnumSet.noneOf(Role.class));
        }
        // Grouped once, in text order: filtering all mentions at every sentence was quadratic.
        Map<Integer, List<Mention>> bySentence = new HashMap<>();
        for (Mention m : mentions) {
            bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
        }
        for (TokenizedSentence s : sentences) {
            List<Mention> inSentence = List.copyOf(bySentence.getOrDefault(s.index(), List.of()));
            if (inSentence.isEmpty()) {
                continue;
            }
            List<Predicate> previous = List.of();
            for (Run clause : clauses(s, lexicon)) {
                List<Mention> inClause = inSentence.stream()
                        .filter(m -> m.start() >= clause.start() && m.end() <= clause.end()).toList();
                List<Predicate> predicates = predicates(s, clause, lexicon);
                if (predicates.isEmpty()) {
                    predicates = elliptical(s, clause, previous, lexicon);
                }
                classifyClause(s, clause, inClause, predicates, lexicon, roles);
                previous = predicates;
            }
            findParents(s, inSentence, lexicon, parents);
        }
        for (Set<Role> r : roles.values()) {
            if (r.isEmpty()) {
                r.add(Role.MENTIONED);
            }
        }
        return new Result(roles, parents);
    }

    /**
     * Returns the predicate of a clause that has none of its own but continues a clause about
     * signing ({@code Microsoft tekende, maar Apple niet}; {@code Apple n'a pas signé, mais LG l'a
     * fait}): a negator makes its companies non-signatories, its absence signatories. Empty if
     * the previous clause says nothing about signing.
     */
    private static List<Predicate> elliptical(TokenizedSentence s, Run clause, List<Predicate> previous, Lexicon lexicon) {
        boolean aboutSigning = previous.stream().anyMatch(p -> p.role() != Role.INITIATOR);
        if (!aboutSigning) {
            return List.of();
        }
        Role role = hasNegator(s, lexicon, clause.start(), clause.end()) ? Role.NON_SIGNATORY : Role.SIGNATORY;
        return List.of(new Predicate(clause.end(), clause.end(), role));
    }

    private static void classifyClause(TokenizedSentence s, Run clause, List<Mention> mentions, List<Predicate> predicates,
            Lexicon lexicon, Map<String, Set<Role>> roles) {
        if (mentions.isEmpty()) {
            return;
        }
        List<Mention> governed = new ArrayList<>();
        for (Cue.Match cue : Cue.findAll(lexicon.initiatorPrefix(), s.tokens(), clause.start(), clause.end())) {
            for (Mention m : listAfter(s, cue, mentions, lexicon)) {
                roles.get(m.company()).add(Role.INITIATOR);
                governed.add(m);
            }
        }
        for (Cue.Match cue : Cue.findAll(lexicon.signatoryPrefix(), s.tokens(), clause.start(), clause.end())) {
            boolean negated = hasNegator(s, lexicon, Math.max(clause.start(), cue.start() - 3), cue.start());
            for (Mention m : listAfter(s, cue, mentions, lexicon)) {
                if (!governed.contains(m)) {
                    roles.get(m.company()).add(negated ? Role.NON_SIGNATORY : Role.SIGNATORY);
                    governed.add(m);
                }
            }
        }
        for (Cue.Match cue : Cue.findAll(lexicon.listPrefix(), s.tokens(), clause.start(), clause.end())) {
            List<Mention> listed = listAfter(s, cue, mentions, lexicon).stream().filter(m -> !governed.contains(m)).toList();
            Predicate nearest = nearest(predicates, cue.start(), cue.end());
            if (nearest != null) {
                for (Mention m : listed) {
                    roles.get(m.company()).add(nearest.role());
                }
            }
            governed.addAll(listed);
        }
        for (Mention m : mentions) {
            if (!governed.contains(m)) {
                Predicate nearest = nearest(predicates, m.start(), m.end());
                if (nearest != null) {
                    roles.get(m.company()).add(nearest.role());
                }
            }
        }
    }

    /** Returns the mentions of the company list that directly follows a cue. */
    private static List<Mention> listAfter(TokenizedSentence s, Cue.Match cue, List<Mention> mentions, Lexicon lexicon) {
        List<Run> runs = CompanyRecognizer.listAt(s, lexicon, cue.end(), 3);
        if (runs.isEmpty()) {
            return List.of();
        }
        int from = runs.get(0).start();
        int to = runs.get(runs.size() - 1).end();
        return mentions.stream().filter(m -> m.start() >= from && m.end() <= to).toList();
    }

    /** Returns the predicate closest to tokens {@code [start, end)}, preferring one that follows; or null. */
    private static Predicate nearest(List<Predicate> predicates, int start, int end) {
        Predicate best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Predicate p : predicates) {
            int distance = p.start() >= end ? p.start() - end : start - p.end() + 2;
            if (p.start() < end && p.end() > start) {
                distance = 0;
            }
            if (distance < bestDistance) {
                best = p;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static List<Predicate> predicates(TokenizedSentence s, Run clause, Lexicon lexicon) {
        List<Predicate> predicates = new ArrayList<>();
        List<Cue.Match> refusing = Cue.findAll(lexicon.refusing(), s.tokens(), clause.start(), clause.end());
        for (Cue.Match r : refusing) {
            predicates.add(new Predicate(r.start(), r.end(), Role.NON_SIGNATORY));
        }
        for (Cue.Match i : Cue.findAll(lexicon.initiating(), s.tokens(), clause.start(), clause.end())) {
            predicates.add(new Predicate(i.start(), i.end(), Role.INITIATOR));
        }
        for (Cue.Match m : Cue.findAll(lexicon.signing(), s.tokens(), clause.start(), clause.end())) {
            boolean shadowed = refusing.stream().anyMatch(r -> m.start() < r.end() + 4 && m.end() > r.start());
            if (shadowed) {
                continue;
            }
            boolean negated = hasNegator(s, lexicon, Math.max(clause.start(), m.start() - NEGATOR_BEFORE), m.start())
                    || hasNegator(s, lexicon, m.start(), Math.min(clause.end(), m.end() + NEGATOR_AFTER));
            predicates.add(new Predicate(m.start(), m.end(), negated ? Role.NON_SIGNATORY : Role.SIGNATORY));
        }
        return predicates;
    }

    private static boolean hasNegator(TokenizedSentence s, Lexicon lexicon, int from, int to) {
        return from < to && !Cue.findAll(lexicon.negators(), s.tokens(), from, to).isEmpty();
    }

    /** Cuts a sentence into clauses at semicolons and adversative conjunctions. */
    static List<Run> clauses(TokenizedSentence s, Lexicon lexicon) {
        List<Run> clauses = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            if (i > start && (t.is(';') || lexicon.clauseBreaks().contains(t.fold()))) {
                clauses.add(new Run(start, i));
                start = i;
            }
        }
        clauses.add(new Run(start, s.size()));
        return clauses;
    }

    private static void findParents(TokenizedSentence s, List<Mention> mentions, Lexicon lexicon, Map<String, String> parents) {
        for (Cue.Match cue : Cue.findAll(lexicon.parentOf(), s.tokens(), 0, s.size())) {
            link(mentions, cue, true, parents);
        }
        List<Cue.Match> parentCues = Cue.findAll(lexicon.parentOf(), s.tokens(), 0, s.size());
        for (Cue.Match cue : Cue.findAll(lexicon.subsidiaryOf(), s.tokens(), 0, s.size())) {
            if (parentCues.stream().noneMatch(p -> cue.start() < p.end() && p.start() < cue.end())) {
                link(mentions, cue, false, parents);
            }
        }
    }

    private static void link(List<Mention> mentions, Cue.Match cue, boolean parentFirst, Map<String, String> parents) {
        Mention before = null;
        Mention after = null;
        for (Mention m : mentions) {
            if (m.end() <= cue.start() && m.end() >= cue.start() - 3) {
                before = m;
            }
            if (after == null && m.start() >= cue.end() && m.start() <= cue.end() + 2) {
                after = m;
            }
        }
        if (before != null && after != null && !before.company().equals(after.company())) {
            if (parentFirst) {
                parents.putIfAbsent(after.company(), before.company());
            } else {
                parents.putIfAbsent(before.company(), after.company());
            }
        }
    }
}
