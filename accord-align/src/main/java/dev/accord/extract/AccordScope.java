package dev.accord.extract;

import dev.accord.extract.Lexicon.Cues;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a document speaks of the accord. A document is about the accord when a sentence names it
 * ({@code Cybersecurity Tech Accord}) or describes it (an agreement noun and a word of cyber
 * security in one sentence that names no other pledge). In such a document a sentence is in
 * scope when the pledge named last before it (or in it) is the accord rather than another pledge
 * (the Paris Call, the Charter of Trust); sentences before the first name speak of the pledge
 * named first. Roles, pillars and counts are read only in scope.
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
        for (int i = 0; i < n; i++) {
            List<Word> w = sentences.get(i).words();
            named[i] = lexicon.get(Cues.ACCORD_NAMES).occursIn(w, 0, w.size());
            other[i] = lexicon.get(Cues.OTHER_PLEDGES).occursIn(w, 0, w.size());
            described[i] = !other[i] && lexicon.get(Cues.ACCORD_NOUNS).occursIn(w, 0, w.size())
                    && lexicon.get(Cues.CYBER_WORDS).occursIn(w, 0, w.size());
            about |= named[i] || described[i];
        }
        boolean[] inScope = new boolean[n];
        List<Integer> references = new ArrayList<>();
        if (about) {
            // Each sentence speaks of the pledge named last: the accord, or another one. Before the
            // first name, of the one named first.
            Boolean ours = null;
            for (int i = 0; i < n && ours == null; i++) {
                if (named[i] || described[i]) {
                    ours = true;
                } else if (other[i]) {
                    ours = false;
                }
            }
            for (int i = 0; i < n; i++) {
                if (named[i] || described[i]) {
                    ours = true;
                } else if (other[i]) {
                    ours = false;
                }
                inScope[i] = ours;
                List<Word> w = sentences.get(i).words();
                if (named[i] || described[i] || inScope[i] && (lexicon.get(Cues.ACCORD_NOUNS).occursIn(w, 0, w.size())
                        || lexicon.get(Cues.MEMBER_NOUNS).occursIn(w, 0, w.size()))) {
                    references.add(i);
                }
            }
        }
        return new AccordScope(inScope, references);
    }

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
