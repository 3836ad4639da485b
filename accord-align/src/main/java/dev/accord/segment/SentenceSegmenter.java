package dev.accord.segment;

import dev.accord.core.text.Document;
import dev.accord.core.text.Sentence;
import java.util.List;

/**
 * Cuts the paragraphs of a {@link Document} into sentences: the second stage of the pipeline.
 *
 * <p>Contract of every implementation, checked for each one by the segmenter contract test:
 * <ul>
 *   <li>Every non-space character of every paragraph lands in exactly one sentence, and no
 *       character outside the paragraphs does. Sentences never cross a paragraph boundary.</li>
 *   <li>Sentences are in text order, numbered {@code 0..n-1} across the document, and carry the
 *       number of their paragraph; their spans are trimmed (they start and end on a non-space
 *       character) and are UTF-16 offsets into {@link Document#text()}.</li>
 *   <li>A paragraph without sentence-final punctuation, such as a heading, is one sentence.</li>
 *   <li>A document without paragraphs yields an empty list. Sentences the document already has
 *       are ignored: the result depends only on the text, the paragraphs and the language.</li>
 *   <li>Time is linear in the text length, whatever the text (no punctuation at all, a single
 *       paragraph of megabytes).</li>
 * </ul>
 *
 * <p>Implementations are immutable and safe to share between threads.
 */
public interface SentenceSegmenter {

    /**
     * Returns the sentences of {@code document}, to be set with {@link Document#withSentences(List)}.
     *
     * @param document the document to segment; not null
     * @return the sentences, in order; an unmodifiable list
     * @throws NullPointerException if {@code document} is null
     */
    List<Sentence> segment(Document document);

    /**
     * Returns the standard segmenter: rules and per-language abbreviation lists for Dutch and
     * French (and German and English as a fallback), chosen by the document's language.
     */
    static SentenceSegmenter standard() {
        return RuleBasedSegmenter.INSTANCE;
    }
}
