package dev.accord.extract;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The words of a sentence together with where every word list of its language matches them:
 * what {@link CueIndex#match} computes once per sentence, and {@link PhraseList#matchAt} reads
 * back instead of matching again.
 *
 * <p>Immutable.
 */
final class Words extends AbstractList<Word> implements RandomAccess {

    private final List<Word> words;
    private final CueIndex index;
    private final PhraseList.Match[][] at;

    Words(List<Word> words, CueIndex index, PhraseList.Match[][] at) {
        this.words = List.copyOf(words);
        this.index = index;
        this.at = at;
    }

    @Override
    public Word get(int i) {
        return words.get(i);
    }

    @Override
    public int size() {
        return words.size();
    }

    /** Returns true if these words were matched with {@code index}. */
    boolean matchedWith(CueIndex index) {
        return this.index == index;
    }

    /** Returns the longest match of list {@code list} starting at word {@code i}, or null. */
    PhraseList.Match at(int list, int i) {
        PhraseList.Match[] row = at[list];
        return row == null ? null : row[i];
    }

    /** Returns true if list {@code list} matches nowhere in the sentence. */
    boolean never(int list) {
        return at[list] == null;
    }
}
