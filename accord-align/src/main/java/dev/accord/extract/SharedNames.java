package dev.accord.extract;

import dev.accord.core.align.Bead;
import dev.accord.core.align.Alignment;
import dev.accord.core.text.Document;
import dev.accord.extract.Lexicon.Cues;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds company-name candidates from the translation itself: a name stays the same in a source
 * sentence and in the target sentences aligned with it, while common words do not. Each
 * capitalised run of a source sentence (without words that are no names at its ends) whose keys
 * also stand as a run in an aligned target sentence is a candidate, unless on either side it
 * follows a preposition of place ({@code in Knokke}, {@code à Knokke}) or a verb of saying
 * ({@code zei Brad Smith}). Places, persons, events and the accord's own name are removed later,
 * by the same checks as every other name ({@link CompanyFinder}).
 *
 * <p>Stateless and thread-safe.
 */
final class SharedNames {

    private SharedNames() {
    }

    /** Returns the capitalised names shared by aligned sentences of the two documents, in source text order. */
    static Set<String> find(Document source, List<AnalyzedSentence> sourceSentences, Document target,
            List<AnalyzedSentence> targetSentences, Alignment alignment, Gazetteer gazetteer) {
        Lexicon sourceLexicon = Lexicon.of(source.language());
        Lexicon targetLexicon = Lexicon.of(target.language());
        Set<String> shared = new LinkedHashSet<>();
        for (Bead bead : alignment.beads()) {
            if (bead.isOneSided()) {
                continue;
            }
            Set<List<String>> targetRuns = new HashSet<>();
            for (int t : bead.target()) {
                for (int[] run : runs(targetSentences.get(t), gazetteer, targetLexicon)) {
                    targetRuns.add(keys(targetSentences.get(t), run));
                }
            }
            for (int s : bead.source()) {
                AnalyzedSentence sentence = sourceSentences.get(s);
                for (int[] run : runs(sentence, gazetteer, sourceLexicon)) {
                    if (targetRuns.contains(keys(sentence, run))) {
                        shared.add(source.text().substring(sentence.word(run[0]).start(), sentence.word(run[1] - 1).end()));
                    }
                }
            }
        }
        return shared;
    }

    private static List<String> keys(AnalyzedSentence s, int[] run) {
        return s.words().subList(run[0], run[1]).stream().map(Word::key).toList();
    }

    /** Returns the capitalised runs {@code [start, end)} of a sentence, not after a preposition of place or a verb of saying. */
    private static List<int[]> runs(AnalyzedSentence s, Gazetteer gazetteer, Lexicon lexicon) {
        List<Word> w = s.words();
        List<int[]> runs = new ArrayList<>();
        int i = 0;
        while (i < w.size()) {
            if (!w.get(i).isCapitalised() || w.get(i).kind() == Word.Kind.NUMBER) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < w.size() && w.get(end).isCapitalised() && !w.get(end).gapHasAny(",;:()\"")) {
                end++;
            }
            int a = i;
            int b = end;
            while (a < b && gazetteer.isNotName(w.get(a).fold())) {
                a++;
            }
            while (b > a && gazetteer.isNotName(w.get(b - 1).fold())) {
                b--;
            }
            boolean afterPlace = a > 0 && lexicon.get(Cues.PLACE_PREPOSITIONS).matchAt(w, a - 1) != null;
            boolean person = a > 0 && lexicon.get(Cues.SPEECH_VERBS).matchAt(w, a - 1) != null;
            if (a < b && !afterPlace && !person) {
                runs.add(new int[] {a, b});
            }
            i = end;
        }
        return runs;
    }
}
