package dev.accord.write;

import dev.accord.core.text.Document;
import dev.accord.internal.OutputText;
import java.util.List;

/** What the formats share: a side's text, ids and score as written, and text cleaning. */
final class BeadTexts {

    private BeadTexts() {
    }

    /** Returns the sentences {@code ids} of {@code document}, joined by a space; empty for no ids. */
    static String text(Document document, List<Integer> ids) {
        return OutputText.sentences(document, ids);
    }

    /** Returns the ids joined by {@code separator}, e.g. {@code 3,4}; empty for none. */
    static String ids(List<Integer> ids, String separator) {
        StringBuilder b = new StringBuilder();
        for (int id : ids) {
            if (!b.isEmpty()) {
                b.append(separator);
            }
            b.append(id);
        }
        return b.toString();
    }

    /**
     * Returns the score with four decimals, e.g. {@code 0.9734}; the same in every format.
     *
     * @see OutputText#score(double)
     */
    static String score(double score) {
        return OutputText.score(score);
    }

    /** Returns {@code text} with each lone surrogate replaced by U+FFFD, so that UTF-8 can encode it. */
    static String withoutLoneSurrogates(String text) {
        return OutputText.withoutLoneSurrogates(text);
    }

    /** Returns {@code text} with each character XML 1.0 forbids replaced by U+FFFD. */
    static String forXml(String text) {
        return OutputText.forXml(text);
    }

    /** Returns true for the characters that common tools take as a line break (see {@link OutputText#isLineBreak}). */
    static boolean isLineBreak(char c) {
        return OutputText.isLineBreak(c);
    }
}
