package dev.accord.core.extract;

import dev.accord.core.Pillar;
import java.util.List;
import java.util.Objects;

/**
 * The sentences of a document that state one of the accord's pillars; immutable.
 *
 * @param pillar the pillar stated
 * @param sentences the 0-based sentence indices, ascending, distinct; at least one
 */
public record PillarStatement(Pillar pillar, List<Integer> sentences) {

    /**
     * Validates and copies.
     *
     * @throws NullPointerException if a reference is null
     * @throws IllegalArgumentException if there is no sentence, or the indices are negative or
     *     not strictly ascending
     */
    public PillarStatement {
        Objects.requireNonNull(pillar, "pillar");
        sentences = SentenceIndices.requireAscending(sentences, pillar.name());
    }
}
