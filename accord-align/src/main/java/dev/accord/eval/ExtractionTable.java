package dev.accord.eval;

import dev.accord.core.text.Language;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Renders {@link ExtractionScores} as a plain-text table: one row per kind of text, one per
 * language, and one for all texts.
 *
 * <p>Columns: texts (written {@code 5!2} when the extractor could not process 2 of 5), company precision,
 * recall and F1, exact-role accuracy over matched companies, pillar precision and recall, then
 * the facts as {@code right/stated(reported)}: signatory counts, pillar count, signing day; last
 * the off-topic errors and the reported companies that the gold lists as not companies. A ratio
 * with nothing to divide by is shown as {@code -}.
 *
 * <p>Stateless and thread-safe.
 */
public final class ExtractionTable {

    private static final String ROW = "%-14s %5s %5s %5s %5s %5s %5s %5s %10s %8s %8s %5s %5s%n";

    private ExtractionTable() {
    }

    /**
     * Returns the table, each line ended by {@code \n}.
     *
     * @throws NullPointerException if {@code scores} is null
     */
    public static String render(ExtractionScores scores) {
        Objects.requireNonNull(scores, "scores");
        StringBuilder table = new StringBuilder();
        table.append(format("group", "texts", "co-P", "co-R", "co-F1", "roles", "pil-P", "pil-R", "counts",
                "pil-nr", "day", "off", "notco"));
        for (Map.Entry<TextKind, ExtractionCounts> kind : scores.byKind().entrySet()) {
            table.append(row(kind.getKey().code(), kind.getValue()));
        }
        for (Map.Entry<Language, ExtractionCounts> language : scores.byLanguage().entrySet()) {
            table.append(row("lang " + language.getKey().iso639_1(), language.getValue()));
        }
        table.append(row("all", scores.total()));
        return table.toString();
    }

    /**
     * Returns every text that differs from its gold, each followed by its problems indented, each
     * line ended by {@code \n}; empty if every text is perfect.
     *
     * @throws NullPointerException if {@code scores} is null
     */
    public static String problems(ExtractionScores scores) {
        Objects.requireNonNull(scores, "scores");
        StringBuilder out = new StringBuilder();
        for (TextScore text : scores.texts()) {
            if (!text.problems().isEmpty()) {
                out.append(text.id()).append('\n');
                text.problems().forEach(problem -> out.append("    ").append(problem).append('\n'));
            }
        }
        return out.toString();
    }

    private static String row(String group, ExtractionCounts c) {
        String texts = c.notExtracted() == 0 ? Integer.toString(c.texts()) : c.texts() + "!" + c.notExtracted();
        Tally companies = c.companies();
        return format(group, texts,
                ratio(companies.right(), companies.predicted()),
                ratio(companies.right(), companies.gold()),
                companies.gold() + companies.predicted() == 0 ? "-" : number(companies.scores().f1()),
                ratio(c.rolesRight(), companies.right()),
                ratio(c.pillars().right(), c.pillars().predicted()),
                ratio(c.pillars().right(), c.pillars().gold()),
                c.signatoryCounts().toString(), c.pillarCounts().toString(), c.signingDays().toString(),
                Integer.toString(c.offTopicErrors()), Integer.toString(c.notCompaniesReported()));
    }

    private static String ratio(int part, int whole) {
        return whole == 0 ? "-" : number((double) part / whole);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String format(Object... cells) {
        return String.format(Locale.ROOT, ROW, cells);
    }
}
