package dev.accord.extract;

import dev.accord.core.align.Alignment;
import dev.accord.core.align.Bead;
import dev.accord.core.text.Document;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds company-name candidates from the translation itself: a name stays the same in a Dutch
 * sentence and in the French sentences aligned with it, while common words do not. Each
 * capitalised run of a Dutch sentence (without function words at its ends, a Dutch possessive
 * {@code s} allowed) that also stands in an aligned French sentence is a candidate, unless on
 * either side it follows a preposition of place ({@code in Knokke}, {@code à Knokke}) or a verb
 * of saying ({@code zei Brad Smith}, a person). Places,
 * events and the accord's own name are removed later, by the same checks as every other
 * candidate ({@link CompanyRecognizer}).
 *
 * <p>Stateless and thread-safe.
 */
final class SharedNames {

    private SharedNames() {
    }

    /** Returns the capitalised names shared by aligned sentences of the two documents, in Dutch text order. */
    static Set<String> find(Document nl, Document fr, Alignment alignment, Gazetteer gazetteer) {
        List<TokenizedSentence> nlSentences = AccordExtractor.tokenize(nl);
        List<TokenizedSentence> frSentences = AccordExtractor.tokenize(fr);
        Set<String> shared = new LinkedHashSet<>();
        for (Bead bead : alignment.beads()) {
            if (bead.isOneSided()) {
                continue;
            }
            List<List<String>> frRuns = new ArrayList<>();
            for (int t : bead.target()) {
                frRuns.addAll(runs(frSentences.get(t), gazetteer));
            }
            for (int s : bead.source()) {
                for (List<String> run : runs(nlSentences.get(s), gazetteer)) {
                    List<String> bare = withoutPossessive(run);
                    if (frRuns.contains(run)) {
                        shared.add(String.join(" ", run));
                    } else if (frRuns.contains(bare)) {
                        shared.add(String.join(" ", bare));
                    }
                }
            }
        }
        return shared;
    }

    /** Words after which a capitalised name is a place, not a company ({@code in Knokke}, {@code à Knokke}). */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "naar", "uit", "te", "a", "au", "aux", "vers", "depuis");

    /**
     * Returns the capitalised runs of a sentence, as words, without not-name words at their ends;
     * a run after a preposition of place is left out.
     */
    private static List<List<String>> runs(TokenizedSentence s, Gazetteer gazetteer) {
        List<List<String>> runs = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            if (!s.token(i).isCapitalised()) {
                i++;
                continue;
            }
            int end = i;
            while (end < s.size() && s.token(end).isCapitalised()) {
                end++;
            }
            int a = i;
            int b = end;
            while (a < b && gazetteer.isNotName(s.token(a).fold())) {
                a++;
            }
            while (b > a && gazetteer.isNotName(s.token(b - 1).fold())) {
                b--;
            }
            boolean afterPlacePreposition = a > 0 && PLACE_PREPOSITIONS.contains(s.token(a - 1).fold());
            boolean person = a > 0 && gazetteer.isSpeechVerb(s.token(a - 1).fold());
            if (a < b && !afterPlacePreposition && !person) {
                List<String> words = new ArrayList<>();
                for (int k = a; k < b; k++) {
                    words.add(s.token(k).text());
                }
                runs.add(words);
            }
            i = end;
        }
        return runs;
    }

    private static List<String> withoutPossessive(List<String> run) {
        String last = run.get(run.size() - 1);
        if (last.length() > 2 && last.endsWith("s")) {
            List<String> bare = new ArrayList<>(run);
            bare.set(bare.size() - 1, last.substring(0, last.length() - 1));
            return bare;
        }
        return run;
    }
}
