package dev.accord.eval;

import java.util.List;
import java.util.Objects;

/**
 * The extraction score of one text: its counts and, in words, every difference from the gold.
 *
 * @param id the name of the text, e.g. its file name; not blank
 * @param gold the gold the text was scored against
 * @param counts the counts of this text alone ({@code texts} is 1)
 * @param problems one line per difference from the gold ("missed company Cisco"), in a fixed
 *     order: companies, roles, pillars, facts, off-topic errors; empty when the text is perfect
 */
public record TextScore(String id, ExtractionGold gold, ExtractionCounts counts, List<String> problems) {

    /**
     * Validates and copies.
     *
     * @throws NullPointerException if a reference is null
     * @throws IllegalArgumentException if the id is blank or the counts are not of one text
     */
    public TextScore {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(gold, () -> "gold of " + id);
        Objects.requireNonNull(counts, () -> "counts of " + id);
        problems = List.copyOf(Objects.requireNonNull(problems, () -> "problems of " + id));
        if (id.isBlank()) {
            throw new IllegalArgumentException("a scored text needs a name");
        }
        if (counts.texts() != 1) {
            throw new IllegalArgumentException("the counts of '" + id + "' must be of one text, got " + counts.texts());
        }
    }

    /** Returns true if the extractor could not process the text. */
    public boolean notExtracted() {
        return counts.notExtracted() == 1;
    }
}
