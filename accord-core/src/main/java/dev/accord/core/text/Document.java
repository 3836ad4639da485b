package dev.accord.core.text;

import java.util.List;
import java.util.Objects;

/**
 * A text in one language, cut into paragraphs and sentences; immutable.
 *
 * <p>The document keeps its full {@link #text()} so that every span stays traceable to the
 * input. The constructor checks that paragraphs are in order and do not overlap, that sentences
 * are numbered {@code 0..n-1} in order, that each lies inside its paragraph, and that each
 * sentence's text is what its span covers. A document may have no sentences yet: the reader
 * produces paragraphs and a segmenter adds sentences with {@link #withSentences(List)}.
 *
 * @param language the language of the text
 * @param text the full text after reading (line breaks normalised to LF, Unicode NFC)
 * @param paragraphs the paragraph spans, in order, without surrounding blank lines
 * @param sentences the sentences, in order; empty until the document is segmented
 */
public record Document(Language language, String text, List<TextSpan> paragraphs, List<Sentence> sentences) {

    /**
     * Validates and copies the lists.
     *
     * @throws NullPointerException if any argument or list element is null
     * @throws IllegalArgumentException if a paragraph or sentence is out of order, out of range
     *     or inconsistent with the text; the message names it
     */
    public Document {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        paragraphs = List.copyOf(Objects.requireNonNull(paragraphs, "paragraphs"));
        sentences = List.copyOf(Objects.requireNonNull(sentences, "sentences"));
        int previousEnd = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            TextSpan p = paragraphs.get(i);
            if (p.start() < previousEnd) {
                throw new IllegalArgumentException("paragraph " + i + " " + p + " overlaps or precedes the previous one");
            }
            if (p.end() > text.length()) {
                throw new IllegalArgumentException("paragraph " + i + " " + p + " reaches beyond the text (length " + text.length() + ")");
            }
            previousEnd = p.end();
        }
        previousEnd = 0;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (s.index() != i) {
                throw new IllegalArgumentException("sentence at position " + i + " has index " + s.index());
            }
            if (s.paragraph() >= paragraphs.size()) {
                throw new IllegalArgumentException("sentence " + i + " names paragraph " + s.paragraph()
                        + " but the document has " + paragraphs.size() + " paragraphs");
            }
            if (i > 0 && s.paragraph() < sentences.get(i - 1).paragraph()) {
                throw new IllegalArgumentException("sentence " + i + " goes back to paragraph " + s.paragraph()
                        + " after sentence " + (i - 1) + " in paragraph " + sentences.get(i - 1).paragraph());
            }
            if (!paragraphs.get(s.paragraph()).contains(s.span())) {
                throw new IllegalArgumentException("sentence " + i + " " + s.span() + " lies outside its paragraph "
                        + s.paragraph() + " " + paragraphs.get(s.paragraph()));
            }
            if (s.span().start() < previousEnd) {
                throw new IllegalArgumentException("sentence " + i + " " + s.span() + " overlaps or precedes the previous sentence");
            }
            if (!text.regionMatches(s.span().start(), s.text(), 0, s.length())) {
                throw new IllegalArgumentException("sentence " + i + " text differs from the document text at " + s.span());
            }
            previousEnd = s.span().end();
        }
    }

    /**
     * Returns a document of {@code text} with paragraphs and no sentences yet.
     *
     * @throws NullPointerException if an argument or paragraph is null
     * @throws IllegalArgumentException if the paragraphs are out of order, overlap or reach beyond the text
     */
    public static Document unsegmented(Language language, String text, List<TextSpan> paragraphs) {
        return new Document(language, text, paragraphs, List.of());
    }

    /**
     * Returns a copy of this document with the given sentences, replacing any it had.
     *
     * @throws NullPointerException if the list or a sentence is null
     * @throws IllegalArgumentException if the sentences do not fit this document's text and paragraphs
     */
    public Document withSentences(List<Sentence> newSentences) {
        return new Document(language, text, paragraphs, newSentences);
    }

    /** Returns the number of sentences. */
    public int size() {
        return sentences.size();
    }

    /**
     * Returns sentence {@code index}.
     *
     * @throws IndexOutOfBoundsException if there is no such sentence
     */
    public Sentence sentence(int index) {
        return sentences.get(index);
    }

    /**
     * Returns the texts of the sentences {@code ids}, in the order given, joined by one space;
     * empty for no ids. A bead's side reads this way.
     *
     * @throws NullPointerException if {@code ids} or an id is null
     * @throws IndexOutOfBoundsException if there is no such sentence
     */
    public String sentencesText(List<Integer> ids) {
        if (ids.size() == 1) {
            return sentence(ids.get(0)).text();
        }
        StringBuilder b = new StringBuilder();
        for (int id : ids) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(sentence(id).text());
        }
        return b.toString();
    }

    /**
     * Returns the text of paragraph {@code index}.
     *
     * @throws IndexOutOfBoundsException if there is no such paragraph
     */
    public String paragraphText(int index) {
        return paragraphs.get(index).coveredText(text);
    }

    /** Returns a short description: language, sizes; never the whole text. */
    @Override
    public String toString() {
        return "Document[" + language + ", " + text.length() + " chars, " + paragraphs.size() + " paragraphs, "
                + sentences.size() + " sentences]";
    }
}
