package dev.accord.io;

import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The texts bundled in the jar: the two seed articles (a Dutch news item on the Cybersecurity
 * Tech Accord and its French translation), read exactly as {@link TextReader} reads a file of
 * running text.
 */
public final class BundledCorpus {

    private BundledCorpus() {
    }

    /**
     * Returns the bundled seed article in {@code language}, unsegmented (paragraphs only).
     *
     * @throws NullPointerException if {@code language} is null
     * @throws IllegalArgumentException if there is no bundled article in that language (only
     *     Dutch and French are bundled)
     * @throws UncheckedIOException if the article is missing from the jar or unreadable (a broken build)
     */
    public static Document seed(Language language) {
        Objects.requireNonNull(language, "language");
        if (language != Language.NL && language != Language.FR) {
            throw new IllegalArgumentException("no bundled " + language.englishName() + " article: only nl and fr");
        }
        String name = "/dev/accord/corpus/seed-" + language.iso639_1() + ".txt";
        try (InputStream in = BundledCorpus.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException(name + " missing from the jar"));
            }
            return new DecodingTextReader(InputFormat.TEXT, StandardCharsets.UTF_8).parse(in.readAllBytes(), null, language);
        } catch (InvalidInputException e) {
            throw new UncheckedIOException("bundled article " + name + " is broken: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled article " + name, e);
        }
    }
}
