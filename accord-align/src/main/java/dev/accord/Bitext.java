package dev.accord;

import dev.accord.core.text.Document;
import java.util.Objects;

/**
 * A source and a target document, read and segmented, ready to be aligned.
 *
 * @param source the source-side document; not null
 * @param target the target-side document; not null
 */
public record Bitext(Document source, Document target) {

    /**
     * Checks the values.
     *
     * @throws NullPointerException if a document is null; the message names it
     */
    public Bitext {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
    }
}
