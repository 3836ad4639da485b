package dev.accord.extract;

import dev.accord.core.text.Language;
import dev.accord.core.text.Sentence;
import dev.accord.normalize.Normalizer;
import dev.accord.normalize.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Puts the Lucene-normalised term of each word on the extractor's tokens, so that cues match
 * inflected forms ({@code weigerden} and {@code weigerde} share the term {@code weigerd}).
 *
 * <p>The normaliser is the standard one ({@link Normalizer#lucene()}, stop words kept, so that
 * negations such as {@code niet} and {@code pas} survive), built once on first use.
 */
final class Terms {

    private Terms() {
    }

    private static final class Holder {
        static final Normalizer NORMALIZER = Normalizer.lucene();
    }

    /** Returns the term of a single word in {@code language}, if the normaliser makes exactly one. */
    static Optional<String> termOf(Language language, String word) {
        List<Term> terms = Holder.NORMALIZER.terms(language, word, 0);
        return terms.size() == 1 ? Optional.of(terms.get(0).form()) : Optional.empty();
    }

    /**
     * Returns the tokens of {@code sentence} with the term of the first Lucene term that overlaps
     * each; a token no term overlaps (an elided article, punctuation) keeps its folded form.
     */
    static List<Token> withTerms(Language language, Sentence sentence, List<Token> tokens) {
        List<Term> terms = Holder.NORMALIZER.terms(language, sentence);
        List<Token> out = new ArrayList<>(tokens.size());
        int t = 0;
        for (Token token : tokens) {
            while (t < terms.size() && terms.get(t).span().end() <= token.span().start()) {
                t++;
            }
            boolean overlaps = t < terms.size() && terms.get(t).span().overlaps(token.span())
                    && token.kind() == Token.Kind.WORD;
            out.add(overlaps && !terms.get(t).form().equals(token.term()) ? token.withTerm(terms.get(t).form()) : token);
        }
        return List.copyOf(out);
    }
}
