package dev.accord.io;

import dev.accord.core.text.Document;
import dev.accord.core.text.Sentence;

/**
 * The one-sentence-a-line layout that {@link InputFormat#SENTENCES} reads: each sentence on its
 * own line, a blank line between paragraphs, a final line break.
 */
public final class SentenceLines {

    private SentenceLines() {
    }

    /**
     * Returns the sentences of {@code document} in the one-sentence-a-line layout. Line breaks
     * inside a sentence become single spaces, so that reading the result back in
     * {@link InputFormat#SENTENCES} mode gives the same sentences (up to that white space).
     *
     * @return the text, empty if the document has no sentences
     */
    public static String format(Document document) {
        StringBuilder out = new StringBuilder(document.text().length() + 64);
        int paragraph = -1;
        for (Sentence s : document.sentences()) {
            if (paragraph >= 0 && s.paragraph() != paragraph) {
                out.append('\n');
            }
            paragraph = s.paragraph();
            appendOneLine(s.text(), out);
            out.append('\n');
        }
        return out.toString();
    }

    private static void appendOneLine(String sentence, StringBuilder out) {
        int from = out.length();
        out.append(sentence);
        for (int i = from; i < out.length(); i++) {
            char c = out.charAt(i);
            if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\f' || c == '\u0085') {
                out.setCharAt(i, ' ');
            }
        }
    }
}
