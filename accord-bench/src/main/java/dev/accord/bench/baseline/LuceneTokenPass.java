package dev.accord.bench.baseline;

import dev.accord.core.text.Document;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The text baseline of the benchmarks: one bare pass of Lucene's {@link StandardTokenizer} over a
 * document's text, reading every token and nothing more (no lower-casing, stemming or stop words).
 * No text pipeline can be cheaper than splitting its input into words, so a stage's time divided by
 * this pass's time over the same text says what the stage costs beyond the floor.
 *
 * <p>A JMH state of {@link Scope#Thread thread scope}: a Lucene tokenizer is not thread-safe, so each
 * benchmark thread gets its own, built once per trial and reused through {@code setReader}, as an
 * {@code Analyzer} would reuse it.
 */
@State(Scope.Thread)
public class LuceneTokenPass {

    private StandardTokenizer tokenizer;
    private CharTermAttribute term;

    /** Builds the tokenizer. */
    @Setup(Level.Trial)
    public void open() {
        tokenizer = new StandardTokenizer();
        term = tokenizer.addAttribute(CharTermAttribute.class);
    }

    /**
     * Tokenises the whole text of {@code document}.
     *
     * @return the number of tokens plus their total length in chars, so that every token is read
     * @throws UncheckedIOException if the tokenizer fails, which it cannot on a {@code String}
     */
    public long tokenize(Document document) {
        long sum = 0;
        try {
            tokenizer.setReader(new StringReader(document.text()));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                sum += 1 + term.length();
            }
            tokenizer.end();
            tokenizer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("tokenising a string failed", e);
        }
        return sum;
    }
}
