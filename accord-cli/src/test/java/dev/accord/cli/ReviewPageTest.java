package dev.accord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewPageTest {

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    /** Returns how often {@code regex} matches in {@code text}. */
    static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void everyTextIsEscapedAndNothingPointsOutside() throws Exception {
        Path nl = BatchTexts.write(dir, "x.nl.txt", BatchTexts.DUTCH.replace("oude school.",
                "oude school <script>alert(1)</script> & \"zaal\" 'B'."));
        Path fr = BatchTexts.write(dir, "x.fr.txt", BatchTexts.FRENCH.replace("l'ancienne école.",
                "l'ancienne école <img src=x onerror=alert(1)>."));
        assertEquals(ExitCodes.OK, cli.run("align", "--format", "html", nl.toString(), fr.toString()), cli.err.toString());
        String page = cli.out.toString();
        assertTrue(page.contains("oude school &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;zaal&quot; &#39;B&#39;."),
                page);
        assertTrue(page.contains("&lt;img src=x onerror=alert(1)&gt;"), page);
        assertEquals(1, count(page, "<script>"), "the page's own script only");
        assertFalse(page.matches("(?s).*(src=\"|href=\"(?!#)|url\\(|@import).*"), "no reference to another resource");
        assertTrue(page.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "));
    }

    @Test
    void beadsAreRowsColouredByScoreWithGapsAndMergesTagged() throws Exception {
        Path nl = BatchTexts.write(dir, "x.nl.txt", BatchTexts.DUTCH);
        Path fr = BatchTexts.write(dir, "x.fr.txt", "Advertentie: lees onze nieuwsbrief!\n\n" + BatchTexts.FRENCH);
        assertEquals(ExitCodes.OK, cli.run("align", "--format", "html", "--force", nl.toString(), fr.toString()));
        String page = cli.out.toString();
        assertEquals(7, count(page, "<tr class=\"bead q[0-4]"), page);
        assertEquals(1, count(page, "<tr class=\"bead q0 gap\""), page);
        assertTrue(page.contains("<span class=\"tag gap\">no Dutch</span>"), page);
        assertEquals(1, count(page, "<tr class=\"bead q[0-4] merge\""), page);
        assertTrue(page.contains("<td class=\"text empty\" lang=\"en\">(no sentence)</td>"), page);
    }

    @Test
    void aPairOtherThanDutchToFrenchHasNoReconciliation() throws Exception {
        Path de = BatchTexts.write(dir, "x.de.txt", BatchTexts.GERMAN);
        Path fr = BatchTexts.write(dir, "x.fr.txt", BatchTexts.FRENCH_OF_GERMAN);
        assertEquals(ExitCodes.OK, cli.run("align", "--format", "html", "--source-lang", "de", de.toString(), fr.toString()));
        assertFalse(cli.out.toString().contains("Reconciliation"), cli.out.toString());
        assertEquals(5, count(cli.out.toString(), "<tr class=\"bead q[0-4]"));
    }

    @Test
    void theReportPageHighlightsCompaniesAndPillarsInBothLanguages() throws Exception {
        assertEquals(ExitCodes.OK, cli.run("report", "--html"), cli.err.toString());
        String page = cli.out.toString();
        assertTrue(page.contains("<title>Seed articles (Dutch – French)</title>"), page);
        assertTrue(page.contains("<mark class=\"company\" title=\"Microsoft (INITIATOR, SIGNATORY)\">Microsoft</mark> en"), page);
        assertTrue(page.contains("<mark class=\"company\" title=\"Microsoft (INITIATOR, SIGNATORY)\">Microsoft</mark> et"), page);
        assertEquals(10, count(page, "<span class=\"pillar-label\">"), page);
        assertTrue(page.contains("<b>Reconciliation: 26 agreements, 0 disagreements</b>"), page);
    }

    @Test
    void aBatchWithHtmlWritesAPagePerPairAndAnIndexLinkingThem() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        BatchTexts.write(in, "farm.nl.txt", BatchTexts.DUTCH);
        BatchTexts.write(in, "farm.fr.txt", BatchTexts.FRENCH);
        BatchTexts.write(in, "a b&c.nl.txt", BatchTexts.DUTCH);
        BatchTexts.write(in, "a b&c.fr.txt", BatchTexts.FRENCH);
        Path out = dir.resolve("out");
        assertEquals(ExitCodes.OK, cli.run("batch", in.toString(), "-o", out.toString(), "--format", "html", "--quiet"));
        String index = Files.readString(out.resolve("index.html"));
        assertTrue(index.contains("<a href=\"farm.html\">farm</a>"), index);
        assertTrue(index.contains("<a href=\"a%20b%26c.html\">a b&amp;c</a>"), index);
        assertTrue(Files.readString(out.resolve("a b&c.html")).contains("<title>a b&amp;c (Dutch – French)</title>"));
    }
}
