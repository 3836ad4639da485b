package dev.accord.fuzz;

import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import dev.accord.core.text.Sentence;
import dev.accord.core.text.TextSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds segmented documents straight from sentence strings, bypassing the reader, so that a
 * fuzz target can hand a stage any text at all (lone surrogates, NUL, any control character).
 */
final class FuzzDocuments {

    private FuzzDocuments() {
    }

    /**
     * Returns a document whose paragraphs hold the given sentences; sentences are separated by a
     * line feed, paragraphs by two. Sentences are stripped of white space at their ends (a
     * {@link Sentence} may not start or end with it); empty sentences and paragraphs are left out.
     */
    static Document of(Language language, List<List<String>> paragraphs) {
        StringBuilder text = new StringBuilder();
        List<TextSpan> spans = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        for (List<String> paragraph : paragraphs) {
            List<String> kept = paragraph.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (kept.isEmpty()) {
                continue;
            }
            text.append(spans.isEmpty() ? "" : "\n\n");
            int start = text.length();
            for (String s : kept) {
                text.append(text.length() == start ? "" : "\n");
                int from = text.length();
                text.append(s);
                sentences.add(new Sentence(sentences.size(), spans.size(), new TextSpan(from, text.length()), s));
            }
            spans.add(new TextSpan(start, text.length()));
        }
        return new Document(language, text.toString(), spans, sentences);
    }
}
