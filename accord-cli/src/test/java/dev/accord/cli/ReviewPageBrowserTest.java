package dev.accord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review pages in a real headless browser (Debian's {@code chromium}, or the one
 * {@code ACCORD_CHROMIUM} names; skipped with a message when there is none): they load, their
 * script runs, the keyboard moves between beads, the index sorts, they print, and they fetch
 * nothing: the Resource Timing API lists no resource, no Content-Security-Policy violation is
 * reported, and every request the browser makes goes to a proxy that records and refuses it.
 * Headless Chromium contacts a few Google hosts of its own whatever the page (time, sign-in,
 * search); those are left out of the check, every other host fails it.
 */
class ReviewPageBrowserTest {

    private static Path chromium;

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    @BeforeAll
    static void findBrowser() {
        Optional<Path> found = Optional.ofNullable(System.getenv("ACCORD_CHROMIUM")).map(Path::of)
                .or(() -> Stream.of("chromium", "chromium-browser", "google-chrome")
                        .flatMap(name -> Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                                .map(d -> Path.of(d, name)))
                        .filter(Files::isExecutable).findFirst());
        if (found.isEmpty()) {
            System.out.println("ReviewPageBrowserTest SKIPPED: no chromium on the PATH (apt-get install chromium, "
                    + "or set ACCORD_CHROMIUM)");
        }
        Assumptions.assumeTrue(found.isPresent(), "no chromium on the PATH: the review pages were not tested in a browser");
        chromium = found.get();
    }

    /** Runs headless chromium on {@code page} with {@code extra} arguments through a counting proxy; returns stdout. */
    private String browse(Path page, List<String> requests, String... extra) throws Exception {
        // a proxy that records each request it gets and refuses it
        ServerSocket proxy = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread listener = Thread.ofPlatform().daemon().start(() -> {
            while (!proxy.isClosed()) {
                try (Socket s = proxy.accept()) {
                    requests.add(new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1))
                            .readLine());
                    s.getOutputStream().write("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n"
                            .getBytes(StandardCharsets.ISO_8859_1));
                } catch (IOException e) {
                    // closed at the end of the test
                }
            }
        });
        try {
            List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
                    "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--user-data-dir=" + Files.createTempDirectory(dir, "profile"),
                    "--proxy-server=http://127.0.0.1:" + proxy.getLocalPort(), "--proxy-bypass-list=<-loopback>",
                    "--window-size=1280,900"));
            command.addAll(List.of(extra));
            command.add(page.toUri().toString());
            Process p = new ProcessBuilder(command).redirectError(dir.resolve("chromium.err").toFile()).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(90, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("chromium did not finish in 90 s");
            }
            return new String(out, StandardCharsets.UTF_8);
        } finally {
            proxy.close();
            listener.join(5_000);
        }
    }

    /** Chromium's own background requests, which any page causes (its component updater calls update.googleapis.com). */
    private static final Pattern BROWSER_OWN = Pattern.compile(
            "(GET http://|POST http://|CONNECT )((clients2|accounts|www)\\.google\\.com|update\\.googleapis\\.com)[:/].*");

    /** Returns the requests that are not the browser's own. */
    private static List<String> pageRequests(List<String> requests) {
        return requests.stream().filter(r -> r == null || !BROWSER_OWN.matcher(r).matches()).toList();
    }

    /** A probe that records the resources the page requested and the policy violations it caused. */
    private static final String NETWORK_PROBE = """
            var violations = 0;
            document.addEventListener("securitypolicyviolation", function () { violations++; });
            window.addEventListener("load", function () {
              document.body.setAttribute("data-network", performance.getEntriesByType("resource").length + " " + violations);
            });
            """;

    /** Returns a copy of {@code page} with {@code script} run after the page's own. */
    private Path withScript(Path page, String script) throws IOException {
        String html = Files.readString(page).replace("</body>", "<script>" + script + "</script>\n</body>");
        return Files.writeString(dir.resolve("probe-" + page.getFileName()), html);
    }

    private Path seedPage() throws Exception {
        Path nl = BatchTexts.write(dir, "seed.nl.txt", BatchTexts.seed("nl"));
        Path fr = BatchTexts.write(dir, "seed.fr.txt", BatchTexts.seed("fr"));
        Path page = dir.resolve("seed.html");
        assertEquals(ExitCodes.OK, cli.run("align", "--format", "html", "-o", page.toString(), "--min-score", "0.9",
                nl.toString(), fr.toString()), cli.err.toString());
        return page;
    }

    @Test
    void theAlignmentPageLoadsRunsItsScriptAndFetchesNothing() throws Exception {
        Path page = seedPage();
        List<String> requests = new CopyOnWriteArrayList<>();
        String dom = browse(withScript(page, NETWORK_PROBE), requests, "--dump-dom");
        assertTrue(dom.contains("data-network=\"0 0\""), dom);
        assertEquals(18, ReviewPageTest.count(dom, "<tr class=\"bead "), dom);
        assertEquals(1, ReviewPageTest.count(dom, "<tr class=\"bead q[0-4] merge( hidden)?\""));
        // the slider starts at --min-score and its script hid the beads under it
        assertTrue(dom.contains("<span id=\"shown\" aria-live=\"polite\">17 of 18 beads shown</span>"), dom);
        assertEquals(1, ReviewPageTest.count(dom, "class=\"bead [^\"]*hidden\""));
        assertTrue(ReviewPageTest.count(dom, "<mark class=\"company\"") >= 28, dom);
        assertEquals(2 * 5, ReviewPageTest.count(dom, "<span class=\"pillar-label\">"), dom);
        assertTrue(dom.contains("Reconciliation: 26 agreements, 0 disagreements"), dom);
        assertEquals(List.of(), pageRequests(requests));
    }

    @Test
    void theKeyboardMovesFromBeadToBead() throws Exception {
        Path page = withScript(seedPage(), """
                function key(k) { document.dispatchEvent(new KeyboardEvent("keydown", {key: k, bubbles: true})); }
                var seen = [];
                key("j"); seen.push(document.activeElement.id);
                key("j"); seen.push(document.activeElement.id);
                key("k"); seen.push(document.activeElement.id);
                document.getElementById("min-score").value = "0"; document.getElementById("min-score").dispatchEvent(new Event("input"));
                key("n"); seen.push(document.activeElement.id);
                document.body.setAttribute("data-probe", seen.join(" "));
                """);
        String dom = browse(page, new CopyOnWriteArrayList<>(), "--dump-dom");
        Matcher m = Pattern.compile("data-probe=\"([^\"]*)\"").matcher(dom);
        assertTrue(m.find(), dom);
        assertEquals("b0 b1 b0 b17", m.group(1));
    }

    @Test
    void theBatchIndexLinksEveryPageAndSortsByMeanScoreWithFailuresFirst() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        BatchTexts.write(in, "seed.nl.txt", BatchTexts.seed("nl"));
        BatchTexts.write(in, "seed.fr.txt", BatchTexts.seed("fr"));
        BatchTexts.write(in, "farm.nl.txt", BatchTexts.DUTCH);
        BatchTexts.write(in, "farm.fr.txt", BatchTexts.FRENCH);
        BatchTexts.write(in, "broken.nl.txt", "\n");
        BatchTexts.write(in, "broken.fr.txt", BatchTexts.FRENCH);
        Path out = dir.resolve("out");
        assertEquals(ExitCodes.SOME_FAILED, cli.run("batch", in.toString(), "-o", out.toString(), "--quiet",
                "--format", "html", "--extract"));
        Path index = withScript(out.resolve("index.html"), """
                var buttons = document.querySelectorAll("th button");
                buttons[5].click();
                var order = [];
                document.querySelectorAll("tbody tr").forEach(function (tr) { order.push(tr.cells[0].textContent); });
                buttons[5].click();
                var reverse = [];
                document.querySelectorAll("tbody tr").forEach(function (tr) { reverse.push(tr.cells[0].textContent); });
                document.body.setAttribute("data-probe", order.join(" ") + " | " + reverse.join(" "));
                """);
        Files.copy(out.resolve("seed.html"), dir.resolve("seed.html"));
        Files.copy(out.resolve("farm.html"), dir.resolve("farm.html"));
        List<String> requests = new CopyOnWriteArrayList<>();
        String dom = browse(index, requests, "--dump-dom");
        Matcher m = Pattern.compile("data-probe=\"([^\"]*)\"").matcher(dom);
        assertTrue(m.find(), dom);
        String[] orders = m.group(1).split(" \\| ");
        assertTrue(orders[0].startsWith("broken "), orders[0]);
        assertEquals(orders[0], String.join(" ", reversed(orders[1].split(" "))));
        assertTrue(dom.contains("<a href=\"seed.html\">seed</a>") && dom.contains("<a href=\"farm.html\">farm</a>"), dom);
        assertEquals(List.of(), pageRequests(requests));
    }

    private static List<String> reversed(String[] items) {
        List<String> l = new ArrayList<>(List.of(items));
        java.util.Collections.reverse(l);
        return l;
    }

    @Test
    void thePagePrintsToPdf() throws Exception {
        Path page = seedPage();
        Path pdf = dir.resolve("seed.pdf");
        browse(page, new CopyOnWriteArrayList<>(), "--print-to-pdf=" + pdf, "--no-pdf-header-footer");
        byte[] bytes = Files.readAllBytes(pdf);
        assertTrue(bytes.length > 10_000 && new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"));
        // every bead is printed, the hidden one too; the controls are not
        assertTrue(Files.readString(page).contains("tr.hidden { display: table-row; }"));
    }
}
