package dev.accord.extract;

import dev.accord.core.extract.DocumentFindings;
import dev.accord.core.text.Document;

/**
 * The extraction stage: reads what one document says about the accord — the companies it
 * mentions and their roles, the sentences that state each pillar, and facts such as the number
 * of signatories.
 *
 * <p><b>Contract.</b> The document must be segmented; sentence indices in the findings are
 * indices into {@link Document#sentences()}, and every mention span is a span of
 * {@link Document#text()} inside its sentence. A document without sentences gives empty
 * findings. A document that does not speak of the accord gives its companies as
 * {@link dev.accord.core.Role#MENTIONED MENTIONED} and no pillar or fact
 * ({@link DocumentFindings#aboutAccord()} is false). The result depends only on the document (and on the extractor's configuration), never
 * on the order of earlier calls.
 *
 * <p><b>Thread safety.</b> Implementations are immutable and safe to share between threads.
 */
@FunctionalInterface
public interface Extractor {

    /**
     * Returns the findings of {@code document}.
     *
     * @param document a segmented document in a language the extractor supports
     * @return the findings, in the document's language
     * @throws NullPointerException if {@code document} is null
     * @throws IllegalArgumentException if the extractor does not support the document's language
     */
    DocumentFindings extract(Document document);
}
