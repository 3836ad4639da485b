package dev.accord.cli;

import dev.accord.core.Pillar;
import dev.accord.core.Role;
import dev.accord.core.align.Bead;
import dev.accord.core.extract.BilingualReport;
import dev.accord.core.extract.CompanyFinding;
import dev.accord.core.extract.CompanyMention;
import dev.accord.core.extract.Comparison;
import dev.accord.core.extract.DocumentFindings;
import dev.accord.core.extract.Fact;
import dev.accord.core.extract.PillarStatement;
import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import dev.accord.core.text.Sentence;
import dev.accord.internal.OutputText;
import dev.accord.internal.TextChars;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a {@link BilingualReport}: as JSON (the output of {@code accord extract}) or as a
 * readable bilingual report (the output of {@code accord report}).
 *
 * <p>The JSON holds, per language (keyed by its code: {@code "nl"}, {@code "fr"}), {@code "sentences"} (texts, in
 * order), {@code "companies"} ({@code "name"}, {@code "roles"}, optional {@code "parent"},
 * {@code "mentions"} with {@code "sentence"}, {@code "start"}, {@code "end"} — UTF-16 offsets
 * into the document text — and {@code "text"}), {@code "pillars"} ({@code "pillar"},
 * {@code "sentences"}) and {@code "facts"} (an object keyed by fact: {@code "signatoryCount"},
 * {@code "pillarCount"}, {@code "signingDay"}, {@code "firstMeeting"}); then {@code "alignment"}
 * (beads: {@code "nl"}, {@code "fr"} sentence ids, {@code "score"}, {@code "type"}) and
 * {@code "reconciliation"} ({@code "consistent"}, {@code "agreements"}, {@code "disagreements"}).
 *
 * <p>Stateless; the methods write to the given output and do not close it.
 */
final class ReportWriter {

    private ReportWriter() {
    }

    /**
     * Writes the report as one JSON object followed by a line break.
     *
     * @throws UncheckedIOException if {@code out} fails
     */
    static void json(BilingualReport report, Writer out) {
        Objects.requireNonNull(report, "report");
        String src = report.source().language().iso639_1();
        String tgt = report.target().language().iso639_1();
        try (JsonGenerator json = JsonOutput.generator(out)) {
            json.writeStartObject();
            json.writeName(src);
            side(json, report.source(), report.sourceFindings());
            json.writeName(tgt);
            side(json, report.target(), report.targetFindings());
            json.writeName("alignment").writeStartArray();
            for (Bead b : report.alignment().beads()) {
                json.writeStartObject();
                ids(json.writeName(src), b.source());
                ids(json.writeName(tgt), b.target());
                json.writeName("score").writeNumber(Double.parseDouble(OutputText.score(b.score())));
                json.writeName("type").writeString(b.type());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeName("reconciliation").writeStartObject();
            json.writeName("consistent").writeBoolean(report.reconciliation().isConsistent());
            json.writeName("agreements").writeStartArray();
            for (Comparison.Agreement a : report.reconciliation().agreements()) {
                json.writeStartObject();
                JsonOutput.string(json.writeName("aspect"), a.aspect().name());
                JsonOutput.string(json.writeName("subject"), a.subject());
                JsonOutput.string(json.writeName("value"), a.value());
                ids(json.writeName(src + "Sentences"), a.sourceSentences());
                ids(json.writeName(tgt + "Sentences"), a.targetSentences());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeName("disagreements").writeStartArray();
            for (Comparison.Disagreement d : report.reconciliation().disagreements()) {
                json.writeStartObject();
                JsonOutput.string(json.writeName("aspect"), d.aspect().name());
                JsonOutput.string(json.writeName("subject"), d.subject());
                JsonOutput.string(json.writeName(src), d.source());
                JsonOutput.string(json.writeName(tgt), d.target());
                ids(json.writeName(src + "Sentences"), d.sourceSentences());
                ids(json.writeName(tgt + "Sentences"), d.targetSentences());
                JsonOutput.string(json.writeName("reason"), d.reason());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeName("carried").writeStartArray();
            for (Comparison.Carried c : report.reconciliation().carried()) {
                json.writeStartObject();
                JsonOutput.string(json.writeName("aspect"), c.aspect().name());
                JsonOutput.string(json.writeName("subject"), c.subject());
                JsonOutput.string(json.writeName("value"), c.value());
                JsonOutput.string(json.writeName("from"), (c.from() == Comparison.Side.SOURCE ? src : tgt));
                ids(json.writeName(src + "Sentences"), c.sourceSentences());
                ids(json.writeName(tgt + "Sentences"), c.targetSentences());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
        }
        JsonOutput.newline(out);
    }

    /**
     * Writes what one document says as one JSON object followed by a line break: the object the
     * bilingual JSON holds per language ({@code "sentences"}, {@code "companies"},
     * {@code "pillars"}, {@code "facts"}), with {@code "language"} first.
     *
     * @throws UncheckedIOException if {@code out} fails
     */
    static void json(Document document, DocumentFindings findings, Writer out) {
        Objects.requireNonNull(document, "document");
        try (JsonGenerator json = JsonOutput.generator(out)) {
            json.writeStartObject();
            json.writeName("language").writeString(document.language().iso639_1());
            fields(json, document, findings);
            json.writeEndObject();
        }
        JsonOutput.newline(out);
    }

    private static void side(JsonGenerator json, Document document, DocumentFindings findings) {
        json.writeStartObject();
        fields(json, document, findings);
        json.writeEndObject();
    }

    private static void fields(JsonGenerator json, Document document, DocumentFindings findings) {
        json.writeName("sentences").writeStartArray();
        for (Sentence s : document.sentences()) {
            JsonOutput.string(json, s.text());
        }
        json.writeEndArray();
        json.writeName("companies").writeStartArray();
        for (CompanyFinding c : findings.companies()) {
            json.writeStartObject();
            JsonOutput.string(json.writeName("name"), c.name());
            json.writeName("roles").writeStartArray();
            for (Role r : c.roles()) {
                json.writeString(r.name());
            }
            json.writeEndArray();
            if (c.parent().isPresent()) {
                JsonOutput.string(json.writeName("parent"), c.parent().get());
            }
            json.writeName("mentions").writeStartArray();
            for (CompanyMention m : c.mentions()) {
                json.writeStartObject();
                json.writeName("sentence").writeNumber(m.sentence());
                json.writeName("start").writeNumber(m.span().start());
                json.writeName("end").writeNumber(m.span().end());
                JsonOutput.string(json.writeName("text"), m.text());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeName("pillars").writeStartArray();
        for (PillarStatement p : findings.pillars()) {
            json.writeStartObject();
            json.writeName("pillar").writeString(p.pillar().name());
            ids(json.writeName("sentences"), p.sentences());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeName("facts").writeStartArray();
        for (Fact f : findings.facts()) {
            json.writeStartObject();
            JsonOutput.string(json.writeName("fact"), f.name());
            switch (f) {
                case Fact.SignatoryCount c -> {
                    json.writeName("value").writeNumber(c.count());
                    JsonOutput.string(json.writeName("qualifier"), c.qualifier().name());
                }
                case Fact.PillarCount c -> json.writeName("value").writeNumber(c.count());
                case Fact.SigningDay d -> {
                    JsonOutput.string(json.writeName("value"), d.day());
                    JsonOutput.string(json.writeName("dayOfWeek"), d.dayOfWeek().name());
                }
                case Fact.FirstMeeting m -> {
                    JsonOutput.string(json.writeName("event"), m.meeting().event());
                    JsonOutput.string(json.writeName("place"), m.meeting().place());
                }
            }
            ids(json.writeName("sentences"), f.sentences());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeName("aboutAccord").writeBoolean(findings.aboutAccord());
        ids(json.writeName("accordSentences"), findings.accordSentences());
    }

    private static void ids(JsonGenerator json, List<Integer> ids) {
        json.writeStartArray();
        for (int id : ids) {
            json.writeNumber(id);
        }
        json.writeEndArray();
    }

    /**
     * Writes the readable bilingual report: aligned sentence pairs with their scores (if
     * {@code withSentencePairs}), the four pillars side by side, the companies with their roles
     * and mentions in both languages, the facts and the reconciliation.
     *
     * @throws IOException if {@code out} fails
     */
    static void text(BilingualReport report, Appendable out, boolean withSentencePairs) throws IOException {
        Objects.requireNonNull(report, "report");
        Text t = new Text(out);
        t.line("Cybersecurity Tech Accord: %s %d sentences, %s %d sentences, %d beads",
                report.source().language().englishName(), report.source().size(),
                report.target().language().englishName(), report.target().size(), report.alignment().size());
        if (withSentencePairs) {
            t.heading("Aligned sentences (bead, type, score)");
            int n = 0;
            for (Bead b : report.alignment().beads()) {
                t.line("%3d  %-4s %.2f  nl %s  fr %s", n++, b.type(), b.score(), b.source(), b.target());
                t.line("     NL %s", orDash(OutputText.sentences(report.source(), b.source())));
                t.line("     FR %s", orDash(OutputText.sentences(report.target(), b.target())));
            }
        }
        pillars(t, report);
        companies(t, report);
        facts(t, report);
        reconciliation(t, report);
    }

    /**
     * Writes what one document says, readably: its pillars, its companies with their roles and
     * mentions, and its facts, in the layout of the bilingual report for one language.
     *
     * @throws IOException if {@code out} fails
     */
    static void text(Document document, DocumentFindings findings, Appendable out) throws IOException {
        Objects.requireNonNull(document, "document");
        Text t = new Text(out);
        Language l = document.language();
        String code = l.iso639_1().toUpperCase(Locale.ROOT);
        t.line("Cybersecurity Tech Accord: %s %d sentences", l.englishName(), document.size());
        t.heading("The four pillars");
        for (Pillar p : Pillar.values()) {
            Optional<PillarStatement> s = findings.pillar(p);
            t.line("%d. %s (%s)", p.number(), p.title(Language.EN), p.title(l));
            t.line("   %s  %s", code, s.map(x -> x.sentences() + " " + shorten(x.sentences().stream()
                    .map(i -> document.sentence(i).text()).collect(Collectors.joining(" ")), PILLAR_TEXT))
                    .orElse("(not stated)"));
        }
        t.heading("Companies (roles; mentions as sentence:[start..end))");
        if (findings.companies().isEmpty()) {
            t.line("(no company found)");
        }
        for (CompanyFinding c : findings.companies()) {
            t.line("%s", c.name());
            t.line("   %s  %s", code, company(c));
        }
        t.heading("Facts (value, sentences)");
        if (findings.facts().isEmpty()) {
            t.line("(no fact stated)");
        }
        for (Fact f : findings.facts()) {
            t.line("%-15s  %s %s %s", f.name(), code, f.value(), f.sentences());
        }
    }

    /** Returns a company's roles, parent and mentions as one report line shows them. */
    private static String company(CompanyFinding c) {
        String roles = c.roles().stream().map(Role::name).collect(Collectors.joining(", "));
        String parent = c.parent().map(p -> "; parent " + p).orElse("");
        String mentions = c.mentions().stream()
                .map(m -> (m.text().equals(c.name()) ? "" : "\"" + m.text() + "\" ") + m.sentence() + ":" + m.span())
                .collect(Collectors.joining(", "));
        return roles + parent + "  | " + mentions;
    }

    private static void pillars(Text t, BilingualReport report) throws IOException {
        t.heading("The four pillars");
        for (Pillar p : Pillar.values()) {
            t.line("%d. %s (%s / %s)", p.number(), p.title(Language.EN), p.title(report.source().language()),
                    p.title(report.target().language()));
            for (Language l : List.of(report.source().language(), report.target().language())) {
                Optional<PillarStatement> s = report.findings(l).pillars().stream().filter(x -> x.pillar() == p).findFirst();
                if (s.isEmpty()) {
                    t.line("   %s  (not stated)", l.iso639_1().toUpperCase(Locale.ROOT));
                } else {
                    t.line("   %s  %s %s", l.iso639_1().toUpperCase(Locale.ROOT), s.get().sentences(),
                            shorten(s.get().sentences().stream().map(i -> report.document(l).sentence(i).text())
                                    .collect(Collectors.joining(" ")), PILLAR_TEXT));
                }
            }
        }
    }

    private static void companies(Text t, BilingualReport report) throws IOException {
        t.heading("Companies (roles; mentions as sentence:[start..end))");
        Map<String, CompanyFinding[]> byName = new LinkedHashMap<>();
        for (CompanyFinding c : report.sourceFindings().companies()) {
            byName.computeIfAbsent(c.name(), k -> new CompanyFinding[2])[0] = c;
        }
        for (CompanyFinding c : report.targetFindings().companies()) {
            byName.computeIfAbsent(c.name(), k -> new CompanyFinding[2])[1] = c;
        }
        if (byName.isEmpty()) {
            t.line("(no company found)");
        }
        for (Map.Entry<String, CompanyFinding[]> e : byName.entrySet()) {
            t.line("%s", e.getKey());
            for (int side = 0; side < 2; side++) {
                CompanyFinding c = e.getValue()[side];
                String lang = (side == 0 ? report.source() : report.target()).language().iso639_1().toUpperCase(Locale.ROOT);
                if (c == null) {
                    t.line("   %s  (not found)", lang);
                    continue;
                }
                t.line("   %s  %s", lang, company(c));
            }
        }
    }

    private static void facts(Text t, BilingualReport report) throws IOException {
        t.heading("Facts (value, sentences)");
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        report.sourceFindings().facts().forEach(f -> names.add(f.name()));
        report.targetFindings().facts().forEach(f -> names.add(f.name()));
        if (names.isEmpty()) {
            t.line("(no fact stated)");
        }
        for (String name : names) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-15s", name));
            for (Language l : List.of(report.source().language(), report.target().language())) {
                List<Fact> f = report.findings(l).facts().stream().filter(x -> x.name().equals(name)).toList();
                row.append(String.format(Locale.ROOT, "  %s %-36s", l.iso639_1().toUpperCase(Locale.ROOT), f.isEmpty() ? "(not stated)"
                        : f.stream().map(x -> x.value() + " " + x.sentences()).collect(Collectors.joining("; "))));
            }
            t.line("%s", row.toString().stripTrailing());
        }
    }

    private static void reconciliation(Text t, BilingualReport report) throws IOException {
        var r = report.reconciliation();
        t.heading(String.format(Locale.ROOT, "Reconciliation: %s, %s%s", count(r.agreements().size(), "agreement"),
                count(r.disagreements().size(), "disagreement"),
                r.carried().isEmpty() ? "" : ", " + count(r.carried().size(), "role") + " carried over from the translation"));
        for (Comparison c : r.comparisons()) {
            switch (c) {
                case Comparison.Agreement a -> t.line("  same     %-8s %-18s %s", a.aspect(), a.subject(), a.value());
                case Comparison.Disagreement d -> t.line("  DIFFERS  %-8s %-18s %s", d.aspect(), d.subject(), d.reason());
                case Comparison.Carried k -> t.line("  carried  %-8s %-18s %s, stated only in the %s text", k.aspect(), k.subject(),
                        k.value(), (k.from() == Comparison.Side.SOURCE ? report.source() : report.target()).language().englishName());
            }
        }
    }

    /** How many characters of a pillar's sentences the report shows (the aligned pairs show them whole). */
    private static final int PILLAR_TEXT = 110;

    /** Returns {@code s} cut at a word boundary before {@code max} characters, with an ellipsis if cut. */
    static String shorten(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int cut = s.lastIndexOf(' ', max - 1);
        return s.substring(0, cut > max / 2 ? cut : max - 1).stripTrailing() + " …";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String orDash(String s) {
        return s.isEmpty() ? "-" : s;
    }

    /** Line-oriented output with ROOT-locale formatting. */
    private static final class Text {
        private final Appendable out;

        Text(Appendable out) {
            this.out = out;
        }

        void heading(String title) throws IOException {
            out.append('\n').append("== ").append(title).append(" ==").append('\n');
        }

        /**
         * Writes one line. The text comes from the input: its line breaks and tabs become spaces
         * (a line of the report stays one line) and what a terminal would act on is escaped.
         */
        void line(String format, Object... args) throws IOException {
            String line = String.format(Locale.ROOT, format, args).replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
            out.append(TextChars.printable(OutputText.withoutLoneSurrogates(line))).append('\n');
        }
    }
}
