package dev.accord.normalize;

import dev.accord.core.text.Language;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * The Lucene analysis chain of one language: the forms of {@link Term.Kind#WORD words}.
 *
 * <p>Every chain starts with Lucene's {@link StandardTokenizer} (Unicode word boundaries) and
 * ends with {@link ASCIIFoldingFilter}; in between, per language:
 * <ul>
 *   <li>Dutch: {@code 's} removed (Lucene's English possessive filter does what Dutch needs for
 *       {@code auto's}, {@code foto's}, {@code Sony's}), lower case, optional stop words,
 *       Snowball Dutch stemmer;
 *   <li>French: elision of {@code l' d' qu' j' s' n' c' m' t' jusqu' lorsqu' puisqu' quoiqu'}
 *       (straight and curly apostrophe), lower case, optional stop words, French light stemmer;
 *   <li>German: lower case, optional stop words, German normalisation (umlauts, ß), German light
 *       stemmer;
 *   <li>English: possessive {@code 's} removed, lower case, optional stop words, English minimal
 *       (plural) stemmer.
 * </ul>
 *
 * <p><b>Design decisions.</b> Folding comes after stemming because the French and German light
 * stemmers key on accented endings ({@code -é}, {@code -ée}, umlauts), which folding would hide.
 * For Dutch, Lucene 10 ships one stemmer, Snowball's (the Kraaij–Pohlmann stemmer and
 * {@code DutchStemFilter} were removed): it strips inflection ({@code -en}, {@code -e},
 * {@code -s}) and a few derivational suffixes ({@code -heid}, {@code -lijk}, {@code -baar}) only
 * inside the word's R1 region, which keeps it light enough for sentence alignment; names, whose
 * stems it would garble ({@code facebook → facebok}), never reach it as words (see
 * {@link Term.Kind#NAME}). English uses the minimal stemmer rather than Porter, to be as light
 * as the others. Stop lists are Lucene's own, loaded from its jar on first use of each thread's
 * components, never in a constructor.
 *
 * <p>Thread-safe: Lucene keeps one set of components per thread and reuses it.
 */
final class AccordAnalyzer extends Analyzer {

    /** The French elided articles and conjunctions, matched case-insensitively. */
    static final CharArraySet FRENCH_ELISIONS = CharArraySet.unmodifiableSet(new CharArraySet(
            List.of("l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"), true));

    private final Language language;
    private final boolean removeStopWords;

    AccordAnalyzer(Language language, boolean removeStopWords) {
        this.language = Objects.requireNonNull(language, "language");
        this.removeStopWords = removeStopWords;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = switch (language) {
            case NL -> new SnowballFilter(stop(new LowerCaseFilter(new EnglishPossessiveFilter(source)),
                    DutchAnalyzer.getDefaultStopSet()), new DutchStemmer());
            case FR -> new FrenchLightStemFilter(
                    stop(new LowerCaseFilter(new ElisionFilter(source, FRENCH_ELISIONS)), FrenchAnalyzer.getDefaultStopSet()));
            case DE -> new GermanLightStemFilter(new GermanNormalizationFilter(
                    stop(new LowerCaseFilter(source), GermanAnalyzer.getDefaultStopSet())));
            case EN -> new EnglishMinimalStemFilter(
                    stop(new LowerCaseFilter(new EnglishPossessiveFilter(source)), EnglishAnalyzer.ENGLISH_STOP_WORDS_SET));
        };
        return new TokenStreamComponents(source, new ASCIIFoldingFilter(result));
    }

    private TokenStream stop(TokenStream in, CharArraySet stopWords) {
        return removeStopWords ? new StopFilter(in, stopWords) : in;
    }

    @Override
    public String toString() {
        return "AccordAnalyzer[" + language + (removeStopWords ? ", stop words removed" : "") + "]";
    }
}
