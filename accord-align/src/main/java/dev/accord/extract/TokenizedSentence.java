package dev.accord.extract;

import dev.accord.core.text.Sentence;
import java.util.List;

/**
 * A sentence with its tokens, as the extractors share it.
 *
 * @param sentence the sentence of the document
 * @param tokens its tokens, with document offsets
 * @param heading true if the sentence is a heading: alone in its paragraph, without final
 *     punctuation
 */
record TokenizedSentence(Sentence sentence, List<Token> tokens, boolean heading) {

    TokenizedSentence {
        tokens = List.copyOf(tokens);
    }

    /** Returns the sentence index. */
    int index() {
        return sentence.index();
    }

    /** Returns the number of tokens. */
    int size() {
        return tokens.size();
    }

    /** Returns token {@code i}. */
    Token token(int i) {
        return tokens.get(i);
    }

    /** Returns the index of the first word token, or {@code size()} if there is none. */
    int firstWord() {
        for (Token t : tokens) {
            if (t.isWord()) {
                return t.index();
            }
        }
        return tokens.size();
    }
}
