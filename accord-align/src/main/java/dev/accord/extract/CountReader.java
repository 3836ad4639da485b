package dev.accord.extract;

import dev.accord.core.extract.CountQualifier;
import dev.accord.core.text.Language;
import java.util.List;

/** Reads a count, in digits or words, with its qualifier, at a word of a sentence. */
@FunctionalInterface
interface CountReader {

    /**
     * Returns the count whose number starts at word {@code i} or whose qualifier does, or null.
     * The count's span covers the number only.
     */
    FactRules.Count read(Language language, List<Word> words, int i);

    /** Reads counts written in digits, without qualifiers. */
    static CountReader digits() {
        return (language, words, i) -> {
            Word w = words.get(i);
            if (w.kind() != Word.Kind.NUMBER || !w.term().matches("\\d{1,7}")) {
                return null;
            }
            int value = Integer.parseInt(w.term());
            return value > 0 ? new FactRules.Count(value, CountQualifier.EXACT, i, i + 1) : null;
        };
    }
}
