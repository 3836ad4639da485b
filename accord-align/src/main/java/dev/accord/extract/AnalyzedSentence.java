package dev.accord.extract;

import dev.accord.core.text.Sentence;
import java.util.List;
import java.util.Objects;

/**
 * A sentence with its words, as every extraction rule reads it.
 *
 * @param sentence the sentence of the document
 * @param words its words in text order (numbers included, punctuation left in the gaps)
 * @param heading true if the sentence is alone in its paragraph and has no final punctuation
 *     (a title, a heading, a byline)
 */
record AnalyzedSentence(Sentence sentence, List<Word> words, boolean heading) {

    AnalyzedSentence {
        Objects.requireNonNull(sentence, "sentence");
        words = words instanceof Words ? words : List.copyOf(words);
    }

    /** Returns the 0-based index of the sentence in its document. */
    int index() {
        return sentence.index();
    }

    /** Returns the number of words. */
    int size() {
        return words.size();
    }

    /** Returns word {@code i}. */
    Word word(int i) {
        return words.get(i);
    }

    /** Returns the text after the last word: final punctuation, closing quotes. */
    String tail() {
        if (words.isEmpty()) {
            return sentence.text();
        }
        return sentence.text().substring(words.get(words.size() - 1).end() - sentence.span().start());
    }

    /** Returns true if the sentence asks: its tail ends with a question mark. */
    boolean asks() {
        return tail().strip().endsWith("?");
    }
}
