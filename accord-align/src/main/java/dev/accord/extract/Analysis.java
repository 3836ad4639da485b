package dev.accord.extract;

import dev.accord.core.text.Document;
import dev.accord.core.text.Sentence;
import dev.accord.internal.Names;
import dev.accord.normalize.Normalizer;
import dev.accord.normalize.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one analysis pass of a document that every extraction step reads: the normaliser's Lucene
 * chain gives each word its span and term, and the word's fold comes from Lucene's ASCII folding;
 * punctuation stays in the gaps between words.
 *
 * <p>Stateless and thread-safe.
 */
final class Analysis {

    /** Sentence-final punctuation, possibly followed by closing quotes or brackets, at the end of a text. */
    private static final Pattern FINAL_PUNCTUATION = Pattern.compile("[.!?…:;][\"'’»”)]*$");

    private Analysis() {
    }

    /**
     * Returns the words of every sentence of {@code document}, in order, each matched against all
     * the word lists of {@code lexicon} in one pass ({@link CueIndex}).
     */
    static List<AnalyzedSentence> analyze(Document document, Normalizer normalizer, Lexicon lexicon) {
        List<AnalyzedSentence> plain = analyze(document, normalizer);
        List<AnalyzedSentence> out = new ArrayList<>(plain.size());
        for (AnalyzedSentence s : plain) {
            out.add(new AnalyzedSentence(s.sentence(), lexicon.index().match(s.words()), s.heading()));
        }
        return List.copyOf(out);
    }

    /** Returns the words of every sentence of {@code document}, in order. */
    static List<AnalyzedSentence> analyze(Document document, Normalizer normalizer) {
        int[] sentencesInParagraph = new int[document.paragraphs().size()];
        for (Sentence s : document.sentences()) {
            sentencesInParagraph[s.paragraph()]++;
        }
        String text = document.text();
        List<AnalyzedSentence> out = new ArrayList<>(document.size());
        for (Sentence s : document.sentences()) {
            List<Term> terms = normalizer.terms(document.language(), s);
            List<Word> words = new ArrayList<>(terms.size());
            int previousEnd = s.span().start();
            for (Term t : terms) {
                Word.Kind kind = switch (t.kind()) {
                    case WORD -> Word.Kind.WORD;
                    case NAME -> Word.Kind.NAME;
                    case NUMBER -> Word.Kind.NUMBER;
                    case PUNCT -> null;
                };
                if (kind == null) {
                    continue;
                }
                int start = t.span().start();
                int end = t.span().end();
                if (Character.isUpperCase(text.codePointAt(start)) && end - start > 3
                        && (text.startsWith("'s", end - 2) || text.startsWith("’s", end - 2))) {
                    end -= 2; // an English possessive is not part of the name: Google's → Google
                }
                String surface = text.substring(start, end);
                String fold = Names.fold(surface);
                words.add(new Word(surface, fold, t.form(), Names.nameFormOfFold(fold), kind, start, end,
                        text.substring(Math.min(previousEnd, start), start)));
                previousEnd = end;
            }
            boolean heading = sentencesInParagraph[s.paragraph()] == 1
                    && !FINAL_PUNCTUATION.matcher(s.text().strip()).find();
            out.add(new AnalyzedSentence(s, words, heading));
        }
        return List.copyOf(out);
    }
}
