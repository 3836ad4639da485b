package dev.accord.cli;

import dev.accord.align.AlignmentStats;
import dev.accord.core.align.Alignment;
import dev.accord.core.align.Bead;
import dev.accord.core.text.Document;
import dev.accord.core.text.Sentence;
import dev.accord.internal.OutputText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes the review pages: one page per pair, the two texts side by side bead by bead, and the
 * index of a batch.
 *
 * <p>Pages are self-contained: the style and the script are inline, nothing is loaded from
 * anywhere, and a Content-Security-Policy forbids the browser to fetch anything (no network, no
 * external font or script). Every text from an input is HTML-escaped ({@link Html#text}). Beads
 * are coloured by score in five bands ({@value #BANDS} classes {@code q0..q4}, as the legend
 * says); one-sided beads and merges carry a visible tag as well as a colour. With extraction,
 * company mentions are marked and pillar statements framed in both languages, and the
 * reconciliation is summed up at the top. Keyboard: {@code j}/{@code k} (or the arrow keys on a
 * bead) move between beads, {@code n} jumps to the next bead scoring under 0.8, the slider hides
 * beads under a score. Prints without the controls, every bead shown.
 *
 * <p>Output is deterministic: the same pair gives the same page, byte for byte. Stateless.
 */
final class ReviewPage {

    /** The number of score bands, and of colours. */
    static final int BANDS = 5;
    /** The upper bounds of the score bands but the last. */
    private static final double[] BAND_LIMITS = {0.5, 0.7, 0.8, 0.9};

    private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
            + "img-src data:; form-action 'none'; base-uri 'none'";

    private ReviewPage() {
    }

    /** The style and script, read once from the jar. */
    private static final class Assets {
        static final String CSS = read("review.css");
        static final String JS = read("review.js");

        private static String read(String name) {
            try (InputStream in = ReviewPage.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new UncheckedIOException(new IOException(name + " missing from the jar"));
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Returns the score band, 0 to {@value #BANDS} - 1, of {@code score}. */
    static int band(double score) {
        int b = 0;
        while (b < BAND_LIMITS.length && score >= BAND_LIMITS[b]) {
            b++;
        }
        return b;
    }

    /**
     * Writes the review page of one aligned pair.
     *
     * @param title what the page is about, e.g. the pair's name
     * @param findings what extraction found, if it ran
     * @param minScore the slider's first position: beads under it start hidden (0 shows all)
     * @throws IOException if {@code out} fails
     */
    static void write(Writer out, String title, Document source, Document target, Alignment alignment,
            Optional<ReviewFindings> findings, double minScore) throws IOException {
        Objects.requireNonNull(alignment, "alignment");
        String src = source.language().englishName();
        String tgt = target.language().englishName();
        AlignmentStats stats = AlignmentStats.of(alignment);
        head(out, title + " (" + src + " – " + tgt + ")");
        out.write("<header>\n<h1>" + Html.text(title) + " <small>" + Html.text(src) + " – " + Html.text(tgt)
                + "</small></h1>\n<ul class=\"summary\">\n");
        item(out, "sentences", source.size() + " " + src + ", " + target.size() + " " + tgt);
        StringBuilder types = new StringBuilder();
        for (Map.Entry<String, Integer> e : stats.beadTypes().entrySet()) {
            types.append(types.isEmpty() ? "" : ", ").append(e.getValue()).append(" × ").append(e.getKey());
        }
        item(out, "beads", stats.beads() + (types.isEmpty() ? "" : " (" + types + ")"));
        item(out, "mean score", OutputText.score(stats.meanScore()));
        int doubtful = 0;
        for (Bead b : alignment.beads()) {
            doubtful += b.score() < BAND_LIMITS[2] ? 1 : 0;
        }
        item(out, "under 0.8", doubtful + (doubtful == 1 ? " bead" : " beads"));
        out.write("</ul>\n");
        legend(out);
        if (findings.isPresent()) {
            reconciliation(out, findings.get());
        }
        out.write("</header>\n");
        out.write(String.format(Locale.ROOT, "<div class=\"controls\" role=\"region\" aria-label=\"Display\">"
                + "<label for=\"min-score\">Hide beads under <output id=\"min-score-value\">%.2f</output></label>"
                + "<input type=\"range\" id=\"min-score\" min=\"0\" max=\"1\" step=\"0.05\" value=\"%.2f\">"
                + "<span id=\"shown\" aria-live=\"polite\"></span>"
                + "<span>Keys: <kbd>j</kbd>/<kbd>k</kbd> next/previous bead, <kbd>n</kbd> next bead under 0.8</span>"
                + "</div>\n", minScore, minScore));
        out.write("<main id=\"beads\">\n<table class=\"beads\">\n<caption class=\"skip\">Beads of " + Html.text(title)
                + "</caption>\n<thead><tr><th scope=\"col\">#</th><th scope=\"col\">type</th><th scope=\"col\">score</th>"
                + "<th scope=\"col\" lang=\"" + source.language().iso639_1() + "\">" + Html.text(src) + "</th>"
                + "<th scope=\"col\" lang=\"" + target.language().iso639_1() + "\">" + Html.text(tgt) + "</th></tr></thead>\n<tbody>\n");
        List<ReviewFindings.Highlight> sourceMarks = findings.map(f -> f.highlights(true)).orElse(List.of());
        List<ReviewFindings.Highlight> targetMarks = findings.map(f -> f.highlights(false)).orElse(List.of());
        int n = 0;
        for (Bead b : alignment.beads()) {
            String kind = b.isOneSided() ? " gap" : b.source().size() > 1 || b.target().size() > 1 ? " merge" : "";
            String score = OutputText.score(b.score());
            out.write("<tr class=\"bead q" + band(b.score()) + kind + "\" tabindex=\"0\" id=\"b" + n + "\" data-score=\""
                    + score + "\">");
            out.write("<td class=\"num\">" + n + "</td><td class=\"type\">" + b.type()
                    + (b.isOneSided() ? "<span class=\"tag gap\">" + (b.source().isEmpty() ? "no " + Html.text(src)
                            : "no " + Html.text(tgt)) + "</span>"
                    : kind.isEmpty() ? "" : "<span class=\"tag merge\">merge</span>") + "</td>");
            out.write("<td class=\"score\">" + score + "</td>");
            side(out, source, b.source(), sourceMarks);
            side(out, target, b.target(), targetMarks);
            out.write("</tr>\n");
            n++;
        }
        out.write("</tbody>\n</table>\n</main>\n");
        tail(out);
    }

    private static void item(Writer out, String label, String value) throws IOException {
        out.write("<li>" + Html.text(label) + ": <b>" + Html.text(value) + "</b></li>\n");
    }

    private static void legend(Writer out) throws IOException {
        out.write("<p class=\"legend\">Score (chance that the bead is exactly right):");
        String[] labels = {"under 0.5", "0.5–0.7", "0.7–0.8", "0.8–0.9", "0.9 and over"};
        for (int b = 0; b < BANDS; b++) {
            out.write(" <span><span class=\"swatch\" style=\"background:var(--q" + b + ")\"></span>" + labels[b] + "</span>");
        }
        out.write(" <span><span class=\"tag gap\">no …</span> sentence without translation</span>"
                + " <span><span class=\"tag merge\">merge</span> several sentences on a side</span>"
                + " <span><mark class=\"company\">company</mark></span>"
                + " <span><span class=\"pillar\">pillar statement</span></span></p>\n");
    }

    private static void reconciliation(Writer out, ReviewFindings findings) throws IOException {
        List<ReviewFindings.Check> checks = findings.checks();
        int[] counts = new int[ReviewFindings.Check.Verdict.values().length];
        checks.forEach(c -> counts[c.verdict().ordinal()]++);
        int differs = counts[ReviewFindings.Check.Verdict.DIFFERS.ordinal()];
        int carried = counts[ReviewFindings.Check.Verdict.CARRIED.ordinal()];
        out.write("<details class=\"reconciliation\"" + (differs > 0 ? " open" : "") + "><summary><b>Reconciliation: "
                + counts[ReviewFindings.Check.Verdict.SAME.ordinal()] + " agreements, " + differs + " disagreements"
                + (carried == 0 ? "" : ", " + carried + " carried over") + "</b> — companies: "
                + Html.text(String.join(", ", findings.companies())) + "; pillars: " + findings.pillars().size()
                + " of 4</summary>\n<ul>\n");
        for (ReviewFindings.Check c : checks) {
            String verdict = switch (c.verdict()) {
                case SAME -> "same";
                case CARRIED -> "carried";
                case DIFFERS -> "DIFFERS";
            };
            out.write("<li class=\"" + verdict.toLowerCase(Locale.ROOT) + "\">" + verdict + " "
                    + Html.text(c.aspect().toLowerCase(Locale.ROOT)) + " <b>" + Html.text(c.subject()) + "</b>: "
                    + Html.text(c.detail()) + "</li>\n");
        }
        out.write("</ul>\n</details>\n");
    }

    /** Writes one side of a bead: its sentences with their ids and highlights, or a marked empty cell. */
    private static void side(Writer out, Document document, List<Integer> ids, List<ReviewFindings.Highlight> marks)
            throws IOException {
        String lang = document.language().iso639_1();
        if (ids.isEmpty()) {
            out.write("<td class=\"text empty\" lang=\"en\">(no sentence)</td>");
            return;
        }
        out.write("<td class=\"text\" lang=\"" + lang + "\">");
        boolean first = true;
        for (int id : ids) {
            if (!first) {
                out.write(' ');
            }
            first = false;
            sentence(out, document.sentence(id), marks);
        }
        out.write("</td>");
    }

    private static void sentence(Writer out, Sentence s, List<ReviewFindings.Highlight> marks) throws IOException {
        List<ReviewFindings.Highlight> companies = new ArrayList<>();
        String pillar = null;
        for (ReviewFindings.Highlight h : marks) {
            if (h.sentence() == s.index()) {
                if (h.kind() == ReviewFindings.Highlight.Kind.PILLAR) {
                    pillar = h.label();
                } else {
                    companies.add(h);
                }
            }
        }
        out.write("<sup class=\"sid\">" + s.index() + "</sup>");
        if (pillar != null) {
            out.write("<span class=\"pillar\" title=\"" + Html.text(pillar) + "\"><span class=\"pillar-label\">"
                    + Html.text(pillar) + "</span>");
        }
        String text = s.text();
        int at = 0;
        for (ReviewFindings.Highlight c : companies) {
            if (c.start() < at) {
                continue;  // overlaps the previous mention
            }
            out.write(Html.text(text.substring(at, c.start())));
            out.write("<mark class=\"company\" title=\"" + Html.text(c.label()) + "\">"
                    + Html.text(text.substring(c.start(), c.end())) + "</mark>");
            at = c.end();
        }
        out.write(Html.text(text.substring(at)));
        if (pillar != null) {
            out.write("</span>");
        }
    }

    /**
     * Writes the index of a batch: one row per pair, in the batch's order, sortable by each column
     * (mean score, failures first when sorted by it); each aligned pair's name links to its page
     * when {@code pages} is true.
     *
     * @throws IOException if {@code out} fails
     */
    static void writeIndex(Writer out, List<PairOutcome> outcomes, boolean pages) throws IOException {
        int failed = (int) outcomes.stream().filter(o -> o instanceof PairOutcome.Failed).count();
        head(out, "Batch: " + outcomes.size() + " pairs");
        out.write("<header>\n<h1>Batch: " + outcomes.size() + " pairs</h1>\n<ul class=\"summary\">\n");
        item(out, "aligned", Integer.toString(outcomes.size() - failed));
        item(out, "failed", Integer.toString(failed));
        out.write("</ul>\n<p class=\"legend\">Sort by a column with its button (Enter or Space). Failed pairs sort "
                + "first by mean score.</p>\n</header>\n<main id=\"beads\">\n<table class=\"index\">\n<thead><tr>");
        for (String h : List.of("pair", "status", "source sentences", "target sentences", "beads", "mean score",
                "under 0.8", "one-sided", "disagreements", "reason")) {
            out.write("<th scope=\"col\"><button type=\"button\">" + Html.text(h) + "</button></th>");
        }
        out.write("</tr></thead>\n<tbody>\n");
        for (PairOutcome o : outcomes) {
            switch (o) {
                case PairOutcome.Aligned a -> {
                    AlignmentStats s = a.stats();
                    int low = 0;
                    for (int k = 0; k < 8; k++) {
                        low += s.histogram().get(k);
                    }
                    String name = pages ? "<a href=\"" + Html.text(pageLink(a.name())) + "\">" + Html.text(a.name()) + "</a>"
                            : Html.text(a.name());
                    out.write("<tr><td data-sort=\"" + Html.text(a.name()) + "\">" + name + "</td>");
                    cell(out, a.skipped() ? "up to date" : "aligned", a.skipped() ? "up to date" : "aligned", false);
                    cell(out, a.sourceSentences());
                    cell(out, a.targetSentences());
                    cell(out, s.beads());
                    cell(out, OutputText.score(s.meanScore()), OutputText.score(s.meanScore()), true);
                    cell(out, low);
                    cell(out, s.count("1-0") + s.count("0-1"));
                    String d = a.extracted().map(x -> Integer.toString(x.disagreements())).orElse("");
                    cell(out, d, d.isEmpty() ? "-1" : d, true);
                    cell(out, "", "", false);
                    out.write("</tr>\n");
                }
                case PairOutcome.Failed f -> {
                    out.write("<tr class=\"failed\"><td data-sort=\"" + Html.text(f.name()) + "\">" + Html.text(f.name())
                            + "</td>");
                    cell(out, "failed", "failed", false);
                    for (int k = 0; k < 7; k++) {  // no figures: they sort before every aligned pair
                        cell(out, "", "-1", true);
                    }
                    cell(out, f.reason(), f.reason(), false);
                    out.write("</tr>\n");
                }
            }
        }
        out.write("</tbody>\n</table>\n</main>\n");
        tail(out);
    }

    /** Returns the relative link to the page of pair {@code name}, its characters percent-encoded where needed. */
    static String pageLink(String name) {
        StringBuilder b = new StringBuilder();
        for (byte x : (name + ".html").getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0) {
                b.append((char) c);
            } else {
                b.append(String.format(Locale.ROOT, "%%%02X", c));
            }
        }
        return b.toString();
    }

    private static void cell(Writer out, int value) throws IOException {
        cell(out, Integer.toString(value), Integer.toString(value), true);
    }

    private static void cell(Writer out, String text, String sortKey, boolean numeric) throws IOException {
        out.write("<td" + (numeric ? " class=\"num\"" : "") + " data-sort=\"" + Html.text(sortKey) + "\">" + Html.text(text)
                + "</td>");
    }

    private static void head(Writer out, String title) throws IOException {
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + CSP + "\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"generator\" content=\"accord\">\n<title>" + Html.text(title) + "</title>\n<style>\n"
                + Assets.CSS + "</style>\n</head>\n<body>\n<a class=\"skip\" href=\"#beads\">Skip to the table</a>\n");
    }

    private static void tail(Writer out) throws IOException {
        out.write("<script>\n" + Assets.JS + "</script>\n</body>\n</html>\n");
    }
}
