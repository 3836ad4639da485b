package dev.accord.extract;

import dev.accord.core.Pillar;
import dev.accord.core.extract.PillarStatement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the sentences that state each of the accord's four pillars.
 *
 * <p>Each sentence gets a score per pillar from the language's weighted cue lexicon (each cue
 * counts once per sentence), and may open with an ordinal discourse cue ({@code Ten tweede},
 * {@code Ensuite}). A sentence is a candidate statement of the pillar it scores highest for if
 * that score is at least {@value #STRONG}, or at least {@value #WEAK} when an ordinal cue opens it;
 * the ordinal's number breaks ties only. Each pillar is stated by its best candidate, where an
 * ordinal cue adds {@value #ORDINAL_BONUS}: so lexical evidence decides which pillar a sentence
 * states, and enumeration decides between an aside and the statement itself. The statement goes
 * on over the next sentences of the same paragraph while they continue it: they open with an
 * anaphor ({@code Dit}, {@code Cela}) or score for the same pillar more than for any other, and
 * open no new enumeration item. Headings never state a pillar.
 *
 * <p>Design decision: nothing depends on where a sentence stands in the document, so the order
 * of paragraphs and the presence of headings do not change the result.
 *
 * <p>Stateless and thread-safe.
 */
final class PillarClassifier {

    static final double STRONG = 3.0;
    static final double WEAK = 1.0;
    static final double ORDINAL_BONUS = 3.0;

    /** What the classifier sees in one sentence. */
    private record Evidence(Map<Pillar, Double> scores, Optional<Integer> ordinal, Pillar best, double bestScore) {
    }

    List<PillarStatement> classify(List<TokenizedSentence> sentences, Lexicon lexicon) {
        List<Evidence> evidence = new ArrayList<>();
        for (TokenizedSentence s : sentences) {
            evidence.add(evidence(s, lexicon));
        }
        Map<Pillar, Integer> heads = new EnumMap<>(Pillar.class);
        Map<Pillar, Double> headScores = new EnumMap<>(Pillar.class);
        for (int i = 0; i < sentences.size(); i++) {
            Evidence e = evidence.get(i);
            if (!isCandidate(sentences.get(i), e)) {
                continue;
            }
            double key = e.bestScore() + (e.ordinal().isPresent() ? ORDINAL_BONUS : 0.0);
            if (key > headScores.getOrDefault(e.best(), Double.NEGATIVE_INFINITY)) {
                heads.put(e.best(), i);
                headScores.put(e.best(), key);
            }
        }
        List<PillarStatement> statements = new ArrayList<>();
        for (Map.Entry<Pillar, Integer> head : heads.entrySet()) {
            Pillar p = head.getKey();
            List<Integer> ids = new ArrayList<>();
            int i = head.getValue();
            ids.add(sentences.get(i).index());
            for (int j = i + 1; j < sentences.size() && continues(sentences, evidence, j, p, lexicon); j++) {
                ids.add(sentences.get(j).index());
            }
            statements.add(new PillarStatement(p, ids));
        }
        return statements;
    }

    private static boolean isCandidate(TokenizedSentence s, Evidence e) {
        if (s.heading() || e.best() == null) {
            return false;
        }
        return e.bestScore() >= STRONG || e.ordinal().isPresent() && e.bestScore() >= WEAK;
    }

    private static boolean continues(List<TokenizedSentence> sentences, List<Evidence> evidence, int j, Pillar p, Lexicon lexicon) {
        TokenizedSentence s = sentences.get(j);
        Evidence e = evidence.get(j);
        if (s.heading() || s.sentence().paragraph() != sentences.get(j - 1).sentence().paragraph() || e.ordinal().isPresent()) {
            return false;
        }
        if (isCandidate(s, e) && e.best() != p) {
            return false;
        }
        int first = s.firstWord();
        boolean anaphor = first < s.size() && lexicon.continuations().contains(s.token(first).fold())
                || first > 0 && first < s.size() && s.token(0).kind() == Token.Kind.ELISION
                        && lexicon.continuations().contains(s.token(0).fold());
        double own = e.scores().get(p);
        boolean onTopic = own >= WEAK && e.best() == p;
        return anaphor || onTopic;
    }

    private static Evidence evidence(TokenizedSentence s, Lexicon lexicon) {
        Map<Pillar, Double> scores = new EnumMap<>(Pillar.class);
        Pillar best = null;
        double bestScore = 0.0;
        boolean tie = false;
        Optional<Integer> ordinal = ordinal(s, lexicon);
        for (Pillar p : Pillar.values()) {
            double score = 0.0;
            Lexicon.WeightedCues cues = lexicon.pillarCues().get(p);
            boolean[] found = cues.cues().matching(s.tokens(), 0, s.size());
            for (int c = 0; c < found.length; c++) {
                if (found[c]) {
                    score += cues.weights().get(c);
                }
            }
            scores.put(p, score);
            if (score > bestScore) {
                best = p;
                bestScore = score;
                tie = false;
            } else if (score == bestScore && score > 0) {
                tie = true;
            }
        }
        if (tie && ordinal.isPresent()) {
            int n = ordinal.get() == Lexicon.LAST ? Pillar.values().length : ordinal.get();
            if (n >= 1 && n <= Pillar.values().length && scores.get(Pillar.values()[n - 1]) == bestScore) {
                best = Pillar.values()[n - 1];
            }
        }
        return new Evidence(scores, ordinal, best, bestScore);
    }

    /** Returns the ordinal cue that opens the sentence (within its first words), if any. */
    private static Optional<Integer> ordinal(TokenizedSentence s, Lexicon lexicon) {
        int from = 0;
        while (from < s.size() && !s.token(from).isWord() && s.token(from).kind() != Token.Kind.ELISION) {
            from++;
        }
        if (from < s.size() && (s.token(from).cues() & Lexicon.ORDINAL_BIT) == 0) {
            return Optional.empty(); // the token's signature: no ordinal cue starts there
        }
        for (Map.Entry<Cue, Integer> o : lexicon.ordinals().entrySet()) {
            Optional<Cue.Match> m = o.getKey().at(s.tokens(), from, s.size());
            if (m.isPresent()) {
                return Optional.of(o.getValue());
            }
        }
        return Optional.empty();
    }
}
