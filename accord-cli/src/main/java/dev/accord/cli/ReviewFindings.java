package dev.accord.cli;

import dev.accord.core.Accord;
import dev.accord.core.Pillar;
import dev.accord.core.Role;
import dev.accord.core.align.Alignment;
import dev.accord.core.extract.BilingualReport;
import dev.accord.core.extract.CompanyFinding;
import dev.accord.core.extract.CompanyMention;
import dev.accord.core.extract.Comparison;
import dev.accord.core.extract.DocumentFindings;
import dev.accord.core.extract.PillarStatement;
import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import dev.accord.core.text.Sentence;
import dev.accord.extract.Extraction;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the extraction stage found in a pair, in the terms the batch log and the review page
 * need: company and pillar names, highlights per sentence, the reconciliation in one line each.
 *
 * <p>The batch and the review page reach the extraction types ({@code dev.accord.core.extract})
 * only through this class, so that a change of those types touches one file. Immutable.
 */
final class ReviewFindings {

    /** A highlight inside one sentence: a company mention or a whole pillar statement. */
    record Highlight(int sentence, int start, int end, Kind kind, String label) {
        /** What a highlight marks. */
        enum Kind {
            COMPANY, PILLAR
        }
    }

    /** One line of the reconciliation. */
    record Check(Verdict verdict, String aspect, String subject, String detail) {
        /** How the two sides compare on one item. */
        enum Verdict {
            /** Both sides say the same. */
            SAME,
            /** One side states it, the other leaves it implicit: carried over from the translation. */
            CARRIED,
            /** The sides disagree. */
            DIFFERS
        }
    }

    private final BilingualReport report;

    private ReviewFindings(BilingualReport report) {
        this.report = report;
    }

    /** Returns true if extraction applies to a pair of these languages (two of those extraction reads). */
    static boolean applies(Language source, Language target) {
        return source != target && Extraction.supports(source) && Extraction.supports(target);
    }

    /**
     * Extracts what a text and its translation say and reconciles the two over {@code alignment}.
     *
     * @throws IllegalArgumentException if extraction does not {@linkplain #applies apply} to the
     *     pair's languages or the alignment does not cover it
     */
    static ReviewFindings of(Document source, Document target, Alignment alignment) {
        return new ReviewFindings(Extraction.bilingual(Accord.cybersecurityTechAccord(), source, target, alignment));
    }

    /** Returns the names of the companies found on either side, the source side's order first. */
    List<String> companies() {
        Set<String> names = new LinkedHashSet<>();
        for (DocumentFindings f : List.of(report.sourceFindings(), report.targetFindings())) {
            f.companies().forEach(c -> names.add(c.name()));
        }
        return List.copyOf(names);
    }

    /** Returns the pillars stated on either side, in the accord's order, by enum name. */
    List<String> pillars() {
        Set<Pillar> found = new java.util.TreeSet<>();
        for (DocumentFindings f : List.of(report.sourceFindings(), report.targetFindings())) {
            f.pillars().forEach(p -> found.add(p.pillar()));
        }
        return found.stream().map(Pillar::name).toList();
    }

    /** Returns the reconciliation, one check per compared item, in report order. */
    List<Check> checks() {
        List<Check> checks = new ArrayList<>();
        for (Comparison c : report.reconciliation().comparisons()) {
            switch (c) {
                case Comparison.Agreement a -> checks.add(new Check(Check.Verdict.SAME, a.aspect().name(), a.subject(),
                        a.value()));
                case Comparison.Disagreement d -> checks.add(new Check(Check.Verdict.DIFFERS, d.aspect().name(),
                        d.subject(), d.reason()));
                case Comparison.Carried k -> checks.add(new Check(Check.Verdict.CARRIED, k.aspect().name(), k.subject(),
                        k.value() + ", stated only in the " + (k.from() == Comparison.Side.SOURCE ? report.source()
                                : report.target()).language().englishName() + " text"));
            }
        }
        return List.copyOf(checks);
    }

    /** Returns the number of disagreements between the two sides. */
    int disagreements() {
        return report.reconciliation().disagreements().size();
    }

    /**
     * Returns the highlights of the source ({@code source == true}) or target side, ordered by
     * sentence then start; offsets are UTF-16 offsets into the sentence's text. A pillar
     * statement covers each of its sentences whole.
     */
    List<Highlight> highlights(boolean source) {
        Document document = source ? report.source() : report.target();
        DocumentFindings findings = source ? report.sourceFindings() : report.targetFindings();
        List<Highlight> out = new ArrayList<>();
        for (CompanyFinding c : findings.companies()) {
            String roles = c.roles().stream().map(Role::name).collect(Collectors.joining(", "));
            for (CompanyMention m : c.mentions()) {
                Sentence s = document.sentence(m.sentence());
                int start = m.span().start() - s.span().start();
                int end = m.span().end() - s.span().start();
                if (start >= 0 && end <= s.text().length() && start < end) {
                    out.add(new Highlight(m.sentence(), start, end, Highlight.Kind.COMPANY,
                            c.name() + (roles.isEmpty() ? "" : " (" + roles + ")")));
                }
            }
        }
        for (PillarStatement p : findings.pillars()) {
            for (int i : p.sentences()) {
                out.add(new Highlight(i, 0, document.sentence(i).text().length(), Highlight.Kind.PILLAR,
                        p.pillar().number() + ". " + p.pillar().title(Language.EN)));
            }
        }
        out.sort(Comparator.comparingInt(Highlight::sentence).thenComparingInt(Highlight::start)
                .thenComparing(Highlight::kind));
        return List.copyOf(out);
    }

    /** Writes the whole report as the JSON of {@code accord extract}. */
    void writeJson(Writer out) {
        ReportWriter.json(report, Objects.requireNonNull(out, "out"));
    }
}
