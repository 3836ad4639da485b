package dev.accord.eval;

import java.util.Objects;

/**
 * The counts behind the extraction scores of one text or of a group of texts (summed over its
 * texts, so every ratio is micro-averaged).
 *
 * @param texts the texts counted
 * @param notExtracted the texts the extractor could not process (scored as if it found nothing)
 * @param companies gold companies, reported companies, and reported companies matching a gold company
 * @param rolesRight the matched companies whose reported role set equals the gold's
 * @param notCompaniesReported reported companies that the gold lists as not a company
 * @param pillars gold, reported and right (text, pillar) pairs
 * @param signatoryCounts gold, reported and right signatory counts (value and qualifier)
 * @param pillarCounts gold, reported and right pillar counts (at most one a text)
 * @param signingDays gold, reported and right signing days (at most one a text)
 * @param offTopicErrors in texts not about the accord: roles other than MENTIONED, pillars and
 *     facts reported
 */
public record ExtractionCounts(int texts, int notExtracted, Tally companies, int rolesRight, int notCompaniesReported,
        Tally pillars, Tally signatoryCounts, Tally pillarCounts, Tally signingDays, int offTopicErrors) {

    /** Nothing counted. */
    public static final ExtractionCounts ZERO = new ExtractionCounts(0, 0, Tally.ZERO, 0, 0, Tally.ZERO, Tally.ZERO,
            Tally.ZERO, Tally.ZERO, 0);

    /**
     * Validates.
     *
     * @throws NullPointerException if a tally is null
     * @throws IllegalArgumentException if a count is negative, more texts failed than were counted,
     *     more roles are right than companies matched, or more non-companies were reported than
     *     companies
     */
    public ExtractionCounts {
        Objects.requireNonNull(companies, "companies");
        Objects.requireNonNull(pillars, "pillars");
        Objects.requireNonNull(signatoryCounts, "signatoryCounts");
        Objects.requireNonNull(pillarCounts, "pillarCounts");
        Objects.requireNonNull(signingDays, "signingDays");
        if (texts < 0 || notExtracted < 0 || rolesRight < 0 || notCompaniesReported < 0 || offTopicErrors < 0) {
            throw new IllegalArgumentException("counts must be >= 0");
        }
        if (notExtracted > texts) {
            throw new IllegalArgumentException(notExtracted + " texts not extracted out of " + texts);
        }
        if (rolesRight > companies.right()) {
            throw new IllegalArgumentException(rolesRight + " roles right out of " + companies.right() + " matched companies");
        }
        if (notCompaniesReported > companies.predicted()) {
            throw new IllegalArgumentException(notCompaniesReported + " non-companies out of " + companies.predicted()
                    + " reported companies");
        }
    }

    /** Returns the sum of these counts and {@code other}. */
    public ExtractionCounts plus(ExtractionCounts other) {
        return new ExtractionCounts(texts + other.texts, notExtracted + other.notExtracted,
                companies.plus(other.companies), rolesRight + other.rolesRight,
                notCompaniesReported + other.notCompaniesReported, pillars.plus(other.pillars),
                signatoryCounts.plus(other.signatoryCounts), pillarCounts.plus(other.pillarCounts),
                signingDays.plus(other.signingDays), offTopicErrors + other.offTopicErrors);
    }

    /** Returns company precision, recall and F1. */
    public PrecisionRecall companyScores() {
        return companies.scores();
    }

    /** Returns the share of matched companies with exactly the gold's roles; 0 if none matched. */
    public double roleAccuracy() {
        return companies.right() == 0 ? 0.0 : (double) rolesRight / companies.right();
    }

    /** Returns pillar precision, recall and F1 over (text, pillar) pairs. */
    public PrecisionRecall pillarScores() {
        return pillars.scores();
    }

    /** Returns true if every stated fact (signatory counts, pillar count, signing day) was reported right and no other. */
    public boolean factsPerfect() {
        return signatoryCounts.perfect() && pillarCounts.perfect() && signingDays.perfect();
    }
}
