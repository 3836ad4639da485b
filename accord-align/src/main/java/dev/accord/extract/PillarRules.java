package dev.accord.extract;

import dev.accord.core.Pillar;
import dev.accord.core.extract.PillarStatement;
import dev.accord.extract.Lexicon.Cues;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the sentences that state each of the accord's principles, by their concepts
 * ({@link PillarConcepts}), in the sentences that speak of the accord.
 *
 * <p>When the text announces its principles ({@code vier pijlers}, {@code four principles}), a
 * pillar stated in the passage that follows the announcement (up to the next heading) is taken
 * from there, and other sentences that merely touch the same concept are left out; a pillar the
 * passage does not state is taken from wherever the text states it. A sentence that opens with a
 * pronoun that refers back ({@code Dit houdt ook in}, {@code Cela implique}) continues the single
 * pillar of the sentence before it in its paragraph.
 *
 * <p>Stateless and thread-safe.
 */
final class PillarRules {

    private PillarRules() {
    }

    static List<PillarStatement> classify(List<AnalyzedSentence> sentences, Lexicon lexicon, AccordScope scope) {
        Map<Pillar, Set<Integer>> all = new EnumMap<>(Pillar.class);
        Set<Pillar> previous = Set.of();
        int previousParagraph = -1;
        for (AnalyzedSentence s : sentences) {
            if (!scope.inScope(s.index()) || s.heading() && s.words().size() < 4) {
                previous = Set.of();
                continue;
            }
            Set<Pillar> stated = lexicon.pillars().stated(s.words());
            if (stated.isEmpty() && previous.size() == 1 && s.sentence().paragraph() == previousParagraph
                    && !s.words().isEmpty() && lexicon.get(Cues.PRONOUN_OPENERS).matchAt(s.words(), 0) != null) {
                stated = previous;
            }
            for (Pillar p : stated) {
                all.computeIfAbsent(p, k -> new TreeSet<>()).add(s.index());
            }
            previous = stated;
            previousParagraph = s.sentence().paragraph();
        }
        int[] passage = announcedPassage(sentences, lexicon, scope);
        List<PillarStatement> out = new ArrayList<>();
        for (Map.Entry<Pillar, Set<Integer>> e : all.entrySet()) {
            List<Integer> inPassage = new ArrayList<>();
            for (int i : e.getValue()) {
                if (passage != null && i >= passage[0] && i < passage[1]) {
                    inPassage.add(i);
                }
            }
            out.add(new PillarStatement(e.getKey(), inPassage.isEmpty() ? List.copyOf(e.getValue()) : inPassage));
        }
        return out;
    }

    /** Returns the sentences {@code [from, to)} after the first announcement of the principles, or null. */
    private static int[] announcedPassage(List<AnalyzedSentence> sentences, Lexicon lexicon, AccordScope scope) {
        for (AnalyzedSentence s : sentences) {
            if (!scope.inScope(s.index()) || s.heading()) {
                continue;
            }
            List<Word> w = s.words();
            if (lexicon.get(Cues.PILLAR_NOUNS).occursIn(w, 0, w.size())) {
                int to = s.index() + 1;
                while (to < sentences.size() && !sentences.get(to).heading()) {
                    to++;
                }
                return new int[] {s.index(), to};
            }
        }
        return null;
    }
}
