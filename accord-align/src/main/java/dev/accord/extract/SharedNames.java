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
 * {@code s} allowed) that also stands in an aligned French sentence is a candidate. Places,
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

    /** Returns the capitalised runs of a sentence, as words, without not-name words at their ends. */
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
            if (a < b) {
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
