package dev.accord.bench.corpus;

import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A Dutch–French document pair to benchmark on: both sides cut into paragraphs and sentences,
 * with a note of how it was made.
 *
 * <p>Paragraph {@code i} of the Dutch side translates paragraph {@code i} of the French side (both
 * sides always have the same number of paragraphs); inside a paragraph the sentences need not
 * correspond one to one, because {@link CorpusBuilder} drops and merges sentences.
 *
 * @param name the size name it was built for: {@code seed}, or the requested sentence count such as
 *     {@code 1000}
 * @param dutch the Dutch side, segmented by the standard segmenter
 * @param french the French side, segmented by the standard segmenter
 * @param seedParagraphs for each paragraph pair, the number of the seed paragraph pair it was made
 *     from
 * @param droppedSentences how many seed sentences were left out on one side
 * @param mergedSentences how many pairs of adjacent sentences were joined into one on one side
 */
public record ParallelCorpus(String name, Document dutch, Document french, List<Integer> seedParagraphs,
        int droppedSentences, int mergedSentences) {

    /**
     * Validates and copies.
     *
     * @throws NullPointerException if a reference is null
     * @throws IllegalArgumentException if a side is in the wrong language, the sides have different
     *     numbers of paragraphs, or a count is negative
     */
    public ParallelCorpus {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dutch, "dutch");
        Objects.requireNonNull(french, "french");
        seedParagraphs = List.copyOf(Objects.requireNonNull(seedParagraphs, "seedParagraphs"));
        if (dutch.language() != Language.NL || french.language() != Language.FR) {
            throw new IllegalArgumentException("expected a Dutch and a French side, got " + dutch.language() + " and "
                    + french.language());
        }
        if (dutch.paragraphs().size() != french.paragraphs().size()
                || seedParagraphs.size() != dutch.paragraphs().size()) {
            throw new IllegalArgumentException("the sides must have one paragraph per seed paragraph: "
                    + dutch.paragraphs().size() + " Dutch, " + french.paragraphs().size() + " French, "
                    + seedParagraphs.size() + " seed paragraphs");
        }
        if (droppedSentences < 0 || mergedSentences < 0) {
            throw new IllegalArgumentException("counts must be >= 0, got " + droppedSentences + " dropped and "
                    + mergedSentences + " merged");
        }
    }

    /** Returns the number of sentences of both sides together: the unit of the per-sentence figures. */
    public int sentenceCount() {
        return dutch.size() + french.size();
    }

    /**
     * Writes the two sides as running text, {@code nl.txt} and {@code fr.txt} in {@code directory}
     * (created if missing), in UTF-8 with a blank line between paragraphs: the input of an
     * end-to-end run of the command line.
     *
     * @return the two files, Dutch first
     * @throws IOException if a file cannot be written
     */
    public List<Path> writeTexts(Path directory) throws IOException {
        Files.createDirectories(directory);
        Path nl = Files.writeString(directory.resolve("nl.txt"), dutch.text() + "\n", StandardCharsets.UTF_8);
        Path fr = Files.writeString(directory.resolve("fr.txt"), french.text() + "\n", StandardCharsets.UTF_8);
        return List.of(nl, fr);
    }

    /** Returns a short description: name and sizes, never the text. */
    @Override
    public String toString() {
        return "ParallelCorpus[" + name + ": " + dutch.size() + " NL x " + french.size() + " FR sentences, "
                + seedParagraphs.size() + " paragraph pairs, " + droppedSentences + " dropped, " + mergedSentences
                + " merged]";
    }
}
