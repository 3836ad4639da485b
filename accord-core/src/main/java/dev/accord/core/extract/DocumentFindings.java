package dev.accord.core.extract;

import dev.accord.core.text.Language;
import java.util.List;
import java.util.Objects;

/**
 * Everything extracted from one document: companies, pillar statements and facts.
 *
 * @param language the language of the document
 * @param companies one finding per company, in order of first mention
 * @param pillars the pillar statements found, in {@link dev.accord.core.Pillar} order, at most one per pillar
 * @param facts the facts found
 */
public record DocumentFindings(Language language, List<CompanyFinding> companies, List<PillarStatement> pillars,
        List<Fact> facts) {

    /**
     * Validates and copies.
     *
     * @throws NullPointerException if a reference is null
     */
    public DocumentFindings {
        Objects.requireNonNull(language, "language");
        companies = List.copyOf(companies);
        pillars = List.copyOf(pillars);
        facts = List.copyOf(facts);
    }
}
