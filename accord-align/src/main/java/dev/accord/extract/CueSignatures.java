package dev.accord.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The signature of a token in one lexicon: the bits of the lexicon's cue lists that have a cue
 * whose first slot matches the token, as a {@code long}. Computed once per token, through one index
 * of all the lexicon's cues, so that each later search of a list (see {@link CueList}) skips at once
 * the sentences and tokens where none of its cues can start.
 *
 * <p>Design decision: the extractors search about twenty cue lists in every sentence, and the
 * first slot of most lists matches in few sentences. Looking each token up once in all lists
 * together costs about what one list's search did; every search after that costs one bit test per
 * token. A token's signature is exact (no cue is skipped that could match; CueListTest checks it),
 * so the matches found are the same as without signatures.
 *
 * <p>Immutable and thread-safe.
 */
final class CueSignatures {

    private final CueList all;
    private final long[] bitOfCue;

    /**
     * @param lists the cue lists of a lexicon, each with its own bit ({@link CueList#of(java.util.Collection, int)})
     * @throws IllegalArgumentException if a list has no bit
     */
    CueSignatures(List<CueList> lists) {
        List<Cue> cues = new ArrayList<>();
        List<Long> bits = new ArrayList<>();
        for (CueList list : lists) {
            if (list.bit() == 0) {
                throw new IllegalArgumentException("cue list " + list + " has no bit in its lexicon");
            }
            for (Cue c : list) {
                cues.add(c);
                bits.add(list.bit());
            }
        }
        this.all = CueList.of(cues);
        this.bitOfCue = bits.stream().mapToLong(Long::longValue).toArray();
    }

    /** Returns a signer for the tokens of one document. */
    Signer signer() {
        return new Signer();
    }

    /**
     * Signs the tokens of one document, remembering the signature of each pair of folded form and
     * term it meets: a signature depends on nothing else (a first slot matches a token by these two
     * forms), and a document repeats its words. Not thread-safe: one per document.
     */
    final class Signer {
        private final Map<String, Map<String, Long>> known = new HashMap<>();

        private Signer() {
        }

        /** Returns {@code token} signed: with the bits of the lists whose cues can start at it. */
        Token sign(Token token) {
            Map<String, Long> byTerm = known.computeIfAbsent(token.fold(), k -> new HashMap<>(4));
            Long bits = byTerm.get(token.term());
            if (bits == null) {
                bits = all.signature(token, bitOfCue);
                byTerm.put(token.term(), bits);
            }
            return token.withCues(bits);
        }
    }
}
