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
import dev.accord.internal.JsonWriter;
import dev.accord.internal.OutputText;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes a {@link BilingualReport}: as JSON (the output of {@code accord extract}) or as a
 * readable bilingual report (the output of {@code accord report}).
 *
 * <p>The JSON holds, per language ({@code "nl"}, {@code "fr"}), {@code "sentences"} (texts, in
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
     * @throws IOException if {@code out} fails
     */
    static void json(BilingualReport report, Appendable out) throws IOException {
        Objects.requireNonNull(report, "report");
        JsonWriter json = new JsonWriter(out);
        json.beginObject();
        side(json.name("nl"), report.nl(), report.nlFindings());
        side(json.name("fr"), report.fr(), report.frFindings());
        json.name("alignment").beginArray();
        for (Bead b : report.alignment().beads()) {
            json.beginObject();
            ids(json.name("nl"), b.source());
            ids(json.name("fr"), b.target());
            json.name("score").value(Double.parseDouble(OutputText.score(b.score())));
            json.name("type").value(b.type());
            json.endObject();
        }
        json.endArray();
        json.name("reconciliation").beginObject();
        json.name("consistent").value(report.reconciliation().isConsistent());
        json.name("agreements").beginArray();
        for (Comparison.Agreement a : report.reconciliation().agreements()) {
            json.beginObject().name("aspect").value(a.aspect().name()).name("subject").value(a.subject())
                    .name("value").value(a.value());
            ids(json.name("nlSentences"), a.nlSentences());
            ids(json.name("frSentences"), a.frSentences());
            json.endObject();
        }
        json.endArray();
        json.name("disagreements").beginArray();
        for (Comparison.Disagreement d : report.reconciliation().disagreements()) {
            json.beginObject().name("aspect").value(d.aspect().name()).name("subject").value(d.subject());
            nullable(json.name("nl"), d.nl());
            nullable(json.name("fr"), d.fr());
            ids(json.name("nlSentences"), d.nlSentences());
            ids(json.name("frSentences"), d.frSentences());
            json.name("reason").value(d.reason());
            json.endObject();
        }
        json.endArray();
        json.endObject();
        json.endObject().newline();
        json.flush();
    }

    private static void side(JsonWriter json, Document document, DocumentFindings findings) throws IOException {
        json.beginObject();
        json.name("sentences").beginArray();
        for (Sentence s : document.sentences()) {
            json.value(OutputText.withoutLoneSurrogates(s.text()));
        }
        json.endArray();
        json.name("companies").beginArray();
        for (CompanyFinding c : findings.companies()) {
            json.beginObject().name("name").value(c.name());
            json.name("roles").beginArray();
            for (Role r : c.roles()) {
                json.value(r.name());
            }
            json.endArray();
            if (c.parent() != null) {
                json.name("parent").value(c.parent());
            }
            json.name("mentions").beginArray();
            for (CompanyMention m : c.mentions()) {
                json.beginObject().name("sentence").value(m.sentence()).name("start").value(m.span().start())
                        .name("end").value(m.span().end()).name("text").value(m.text()).endObject();
            }
            json.endArray().endObject();
        }
        json.endArray();
        json.name("pillars").beginArray();
        for (PillarStatement p : findings.pillars()) {
            json.beginObject().name("pillar").value(p.pillar().name());
            ids(json.name("sentences"), p.sentences());
            json.endObject();
        }
        json.endArray();
        json.name("facts").beginObject();
        for (Fact f : findings.facts()) {
            json.name(factName(f)).beginObject();
            switch (f) {
                case Fact.SignatoryCount c -> json.name("value").value(c.count());
                case Fact.PillarCount c -> json.name("value").value(c.count());
                case Fact.SigningDay d -> json.name("value").value(d.day());
                case Fact.FirstMeeting m -> json.name("event").value(m.meeting().event())
                        .name("place").value(m.meeting().place());
            }
            ids(json.name("sentences"), f.sentences());
            json.endObject();
        }
        json.endObject();
        json.endObject();
    }

    private static void ids(JsonWriter json, List<Integer> ids) throws IOException {
        json.beginArray();
        for (int id : ids) {
            json.value(id);
        }
        json.endArray();
    }

    private static void nullable(JsonWriter json, String value) throws IOException {
        if (value == null) {
            json.nullValue();
        } else {
            json.value(value);
        }
    }

    /** Returns the name of a fact in the JSON and in reports. */
    static String factName(Fact fact) {
        return switch (fact) {
            case Fact.SignatoryCount c -> "signatoryCount";
            case Fact.PillarCount c -> "pillarCount";
            case Fact.SigningDay d -> "signingDay";
            case Fact.FirstMeeting m -> "firstMeeting";
        };
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
        t.line("Cybersecurity Tech Accord: Dutch %d sentences, French %d sentences, %d beads",
                report.nl().size(), report.fr().size(), report.alignment().size());
        if (withSentencePairs) {
            t.heading("Aligned sentences (bead, type, score)");
            int n = 0;
            for (Bead b : report.alignment().beads()) {
                t.line("%3d  %-4s %.2f  nl %s  fr %s", n++, b.type(), b.score(), b.source(), b.target());
                t.line("     NL %s", orDash(OutputText.sentences(report.nl(), b.source())));
                t.line("     FR %s", orDash(OutputText.sentences(report.fr(), b.target())));
            }
        }
        pillars(t, report);
        companies(t, report);
        facts(t, report);
        reconciliation(t, report);
    }

    private static void pillars(Text t, BilingualReport report) throws IOException {
        t.heading("The four pillars");
        for (Pillar p : Pillar.values()) {
            t.line("%d. %s (%s / %s)", p.number(), p.title(Language.EN), p.title(Language.NL), p.title(Language.FR));
            for (Language l : List.of(Language.NL, Language.FR)) {
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
        for (CompanyFinding c : report.nlFindings().companies()) {
            byName.computeIfAbsent(c.name(), k -> new CompanyFinding[2])[0] = c;
        }
        for (CompanyFinding c : report.frFindings().companies()) {
            byName.computeIfAbsent(c.name(), k -> new CompanyFinding[2])[1] = c;
        }
        if (byName.isEmpty()) {
            t.line("(no company found)");
        }
        for (Map.Entry<String, CompanyFinding[]> e : byName.entrySet()) {
            t.line("%s", e.getKey());
            for (int side = 0; side < 2; side++) {
                CompanyFinding c = e.getValue()[side];
                String lang = side == 0 ? "NL" : "FR";
                if (c == null) {
                    t.line("   %s  (not found)", lang);
                    continue;
                }
                String roles = c.roles().stream().map(Role::name).collect(Collectors.joining(", "));
                String parent = c.parentName().map(p -> "; parent " + p).orElse("");
                String mentions = c.mentions().stream()
                        .map(m -> (m.text().equals(c.name()) ? "" : "\"" + m.text() + "\" ") + m.sentence() + ":" + m.span())
                        .collect(Collectors.joining(", "));
                t.line("   %s  %s%s  | %s", lang, roles, parent, mentions);
            }
        }
    }

    private static void facts(Text t, BilingualReport report) throws IOException {
        t.heading("Facts (value, sentences)");
        for (String name : List.of("signatoryCount", "pillarCount", "signingDay", "firstMeeting")) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-15s", name));
            for (Language l : List.of(Language.NL, Language.FR)) {
                Optional<Fact> f = report.findings(l).facts().stream().filter(x -> factName(x).equals(name)).findFirst();
                row.append(String.format(Locale.ROOT, "  %s %-36s", l.iso639_1().toUpperCase(Locale.ROOT),
                        f.map(x -> value(x) + " " + x.sentences()).orElse("(not stated)")));
            }
            t.line("%s", row.toString().stripTrailing());
        }
    }

    private static String value(Fact f) {
        return switch (f) {
            case Fact.SignatoryCount c -> Integer.toString(c.count());
            case Fact.PillarCount c -> Integer.toString(c.count());
            case Fact.SigningDay d -> d.day();
            case Fact.FirstMeeting m -> m.meeting().event() + ", " + m.meeting().place();
        };
    }

    private static void reconciliation(Text t, BilingualReport report) throws IOException {
        var r = report.reconciliation();
        t.heading(String.format(Locale.ROOT, "Reconciliation: %s, %s", count(r.agreements().size(), "agreement"),
                count(r.disagreements().size(), "disagreement")));
        for (Comparison c : r.comparisons()) {
            switch (c) {
                case Comparison.Agreement a -> t.line("  same     %-8s %-18s %s", a.aspect(), a.subject(), a.value());
                case Comparison.Disagreement d -> t.line("  DIFFERS  %-8s %-18s %s", d.aspect(), d.subject(), d.reason());
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

        void line(String format, Object... args) throws IOException {
            out.append(OutputText.withoutLoneSurrogates(String.format(Locale.ROOT, format, args))).append('\n');
        }
    }
}
