package dev.accord.segment;

import dev.accord.core.text.Document;
import dev.accord.core.text.Sentence;
import dev.accord.core.text.TextSpan;
import dev.accord.internal.TextChars;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The standard {@link SentenceSegmenter}: {@link BoundaryRules} with the abbreviation list of the
 * document's language.
 *
 * <p>Design decision: no statistical model. Measured on the seed articles and the hand-written
 * edge cases, the rules alone split more accurately than OpenNLP's French model, with or without
 * the rules correcting it, and Dutch has no model at all; rules give both languages the same
 * behaviour (see {@code SegmenterOptionsTest}).
 *
 * <p>Stateless, so one instance serves every thread.
 */
final class RuleBasedSegmenter implements SentenceSegmenter {

    static final RuleBasedSegmenter INSTANCE = new RuleBasedSegmenter();

    private RuleBasedSegmenter() {
    }

    @Override
    public List<Sentence> segment(Document document) {
        Objects.requireNonNull(document, "document");
        Abbreviations abbreviations = Abbreviations.of(document.language());
        String text = document.text();
        List<Sentence> sentences = new ArrayList<>();
        for (int p = 0; p < document.paragraphs().size(); p++) {
            TextSpan paragraph = document.paragraphs().get(p);
            int[] ends = BoundaryRules.boundaries(text, paragraph.start(), paragraph.end(), abbreviations);
            addSentences(text, p, paragraph, ends, sentences);
        }
        return List.copyOf(sentences);
    }

    /**
     * Adds to {@code sentences} the trimmed, non-empty pieces of {@code paragraph} cut at
     * {@code ends} (ascending offsets inside the paragraph).
     */
    static void addSentences(String text, int paragraphIndex, TextSpan paragraph, int[] ends, List<Sentence> sentences) {
        int start = paragraph.start();
        for (int k = 0; k <= ends.length; k++) {
            int end = k < ends.length ? ends[k] : paragraph.end();
            int s = TextChars.skipSpace(text, start, end);
            int e = TextChars.trimEnd(text, s, end);
            if (s < e) {
                sentences.add(new Sentence(sentences.size(), paragraphIndex, new TextSpan(s, e), text.substring(s, e)));
            }
            start = end;
        }
    }

    @Override
    public String toString() {
        return "RuleBasedSegmenter";
    }
}
