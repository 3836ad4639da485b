package dev.accord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.accord.testing.ChildJvm;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile input at the command line, one row per input and command: each must end with the
 * documented exit code, exactly one line on standard error that names the file and says what is
 * wrong, nothing on standard output, and never a stack trace.
 *
 * <p>Arguments and expected messages name the prepared files as {@code @name}; the test puts the
 * temporary directory's path in their place.
 */
class HostileInputCliTest {

    @TempDir
    static Path dir;

    /** One hostile invocation: what it feeds, how it must end, and what the message must say. */
    record Row(String what, int exit, List<String> args, List<String> says) {
        @Override
        public String toString() {
            return args.get(0) + ": " + what;
        }
    }

    private static Row row(String what, int exit, String args, String... says) {
        return new Row(what, exit, List.of(args.split(" ")), List.of(says));
    }

    @BeforeAll
    static void prepareFiles() throws IOException {
        write("empty.txt", new byte[0]);
        write("blank.txt", " \n\t\n\u00A0\u200B  \r\n\n".getBytes(StandardCharsets.UTF_8));
        Random random = new Random(7);
        byte[] junk = new byte[4096];
        random.nextBytes(junk);
        junk[100] = 0; // a binary file almost always has a NUL in its first few kilobytes
        write("junk.bin", junk);
        byte[] highJunk = new byte[2048]; // no NUL: caught as invalid UTF-8
        for (int i = 0; i < highJunk.length; i++) {
            highJunk[i] = (byte) (0x80 + random.nextInt(0x80));
        }
        write("junk-no-nul.bin", highJunk);
        write("bad-utf8.txt", "Dit is goed.\nHier \u00e9".getBytes(StandardCharsets.ISO_8859_1));
        write("latin1.txt", "Genève est une ville.".getBytes(StandardCharsets.ISO_8859_1));
        write("nl.txt", corpus("seed-nl.txt"));
        write("fr.txt", corpus("seed-fr.txt"));
        Files.createDirectories(dir.resolve("a-directory"));
        write("locked.txt", "Dit is een zin.\n".getBytes(StandardCharsets.UTF_8));
        Files.setPosixFilePermissions(dir.resolve("locked.txt"), PosixFilePermissions.fromString("---------"));
        write("gold.txt", "[0]:[0]\n[1]:[1, 2]\n[2]:[3]\n".getBytes(StandardCharsets.UTF_8));
        write("gold-malformed.txt", "[0]:[0]\n[1]:[1]\n[2]-[2]\n".getBytes(StandardCharsets.UTF_8));
        write("gold-bad-id.txt", "[0]:[0]\n[1]:[one]\n".getBytes(StandardCharsets.UTF_8));
        write("gold-negative.txt", "[0]:[0]\n[-1]:[1]\n".getBytes(StandardCharsets.UTF_8));
        write("gold-huge-id.txt", "[0]:[0]\n[1]:[99999999999]\n".getBytes(StandardCharsets.UTF_8));
        write("gold-repeated-id.txt", "[0]:[0]\n[1, 1]:[1]\n".getBytes(StandardCharsets.UTF_8));
        write("gold-long-line.txt", ("[0]:[0]\n[1]:[1" + ", 7".repeat(300_000) + "\n").getBytes(StandardCharsets.UTF_8));
        write("gold-bad-score.txt", "[0]:[0]:NaN\n".getBytes(StandardCharsets.UTF_8));
        Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("gone.txt"));
        Files.createSymbolicLink(dir.resolve("link-to-nl.txt"), dir.resolve("nl.txt"));
        Files.createLink(dir.resolve("hard-link-to-nl.txt"), dir.resolve("nl.txt"));
        Files.copy(dir.resolve("fr.txt"), dir.resolve("corpus.fr"));
        Files.copy(dir.resolve("nl.txt"), dir.resolve("corpus.nl"));
        write("read-only.txt", "previous\n".getBytes(StandardCharsets.UTF_8));
        Files.setPosixFilePermissions(dir.resolve("read-only.txt"), PosixFilePermissions.fromString("r--r--r--"));
        Files.createSymbolicLink(dir.resolve("loop.txt"), dir.resolve("loop.txt"));
        write("extraction.gold.json", ("{\"language\": \"nl\", \"kind\": \"wire\", \"split\": \"dev\", \"aboutAccord\": true, "
                + "\"companies\": [{\"name\": \"Microsoft\", \"aliases\": [], \"roles\": [\"INITIATOR\"]}], "
                + "\"notCompanies\": [], \"pillars\": [], "
                + "\"facts\": {\"signatoryCounts\": [], \"pillarCount\": null, \"signingDay\": null}}\n")
                .getBytes(StandardCharsets.UTF_8));
        write("extraction.json", "{\"language\":\"nl\",\"companies\":[],\"pillars\":[],\"facts\":[]}\n"
                .getBytes(StandardCharsets.UTF_8));
    }

    static Stream<Row> rows() {
        List<Row> rows = new ArrayList<>();
        // segment: every way the one input file can be wrong.
        String seg = "segment @%s --lang nl";
        badTextFiles(rows, seg);
        rows.add(row("binary junk without NUL", ExitCodes.INPUT, seg.formatted("junk-no-nul.bin"),
                "@junk-no-nul.bin: is not valid UTF-8 at byte offset 0 (line 1, byte 0x"));
        rows.add(row("French file declared Dutch", ExitCodes.INPUT, seg.formatted("fr.txt"),
                "@fr.txt: looks French", "but was given as Dutch; pass --force to go on"));
        rows.add(row("Dutch file declared French", ExitCodes.INPUT, "segment @nl.txt --lang fr",
                "@nl.txt: looks Dutch", "but was given as French"));
        rows.add(row("unknown language code", ExitCodes.USAGE, "segment @nl.txt --lang xx",
                "Invalid value for option '--lang': unknown language code 'xx'"));
        rows.add(row("unknown encoding", ExitCodes.USAGE, "segment @nl.txt --lang nl --encoding klingon-8",
                "unknown encoding 'klingon-8'"));
        rows.add(row("unknown input layout", ExitCodes.USAGE, "segment @nl.txt --lang nl --input xml",
                "Invalid value for option '--input': unknown input format 'xml'"));
        rows.add(row("no file", ExitCodes.USAGE, "segment --lang nl", "Missing required parameter: 'FILE'"));
        rows.add(row("two files", ExitCodes.USAGE, "segment @nl.txt @fr.txt --lang nl", "Unmatched argument"));

        // eval: the gold (and predicted) bead files.
        String ev = "eval --gold @%s --predicted @gold.txt";
        rows.add(row("empty gold", ExitCodes.INPUT, ev.formatted("empty.txt"), "@empty.txt: holds no beads"));
        rows.add(row("white-space gold", ExitCodes.INPUT, ev.formatted("blank.txt"), "@blank.txt: holds no beads"));
        rows.add(row("invalid UTF-8 gold", ExitCodes.INPUT, ev.formatted("bad-utf8.txt"),
                "@bad-utf8.txt: is not valid UTF-8 at byte offset 18 (line 2, byte 0xE9)"));
        badFiles(rows, ev);
        rows.add(row("malformed bead", ExitCodes.INPUT, ev.formatted("gold-malformed.txt"),
                "@gold-malformed.txt: line 3: expected [ids]:[ids] or [ids]:[ids]:score, got '[2]-[2]'"));
        rows.add(row("id not a number", ExitCodes.INPUT, ev.formatted("gold-bad-id.txt"),
                "@gold-bad-id.txt: line 2: target id 'one' is not a whole number"));
        rows.add(row("negative id", ExitCodes.INPUT, ev.formatted("gold-negative.txt"),
                "@gold-negative.txt: line 2: source id -1 is negative"));
        rows.add(row("id out of range", ExitCodes.INPUT, ev.formatted("gold-huge-id.txt"),
                "@gold-huge-id.txt: line 2: target id 99999999999 is out of range"));
        rows.add(row("id repeated in a bead", ExitCodes.INPUT, ev.formatted("gold-repeated-id.txt"),
                "@gold-repeated-id.txt: line 2: source id 1 is repeated in one bead"));
        rows.add(row("a 900 kB bead line", ExitCodes.INPUT, ev.formatted("gold-long-line.txt"),
                "@gold-long-line.txt: line 2: expected [ids]:[ids] or [ids]:[ids]:score, got '[1]:[1, 7, 7"));
        rows.add(row("score not a number", ExitCodes.INPUT, ev.formatted("gold-bad-score.txt"),
                "@gold-bad-score.txt: line 1: score 'NaN' is not a finite number"));
        rows.add(row("malformed predicted", ExitCodes.INPUT, "eval --gold @gold.txt --predicted @gold-malformed.txt",
                "@gold-malformed.txt: line 3: expected"));
        badFiles(rows, "eval --gold @gold.txt --predicted @%s");
        rows.add(row("more gold files than predicted (conflicting options)", ExitCodes.USAGE,
                "eval --gold @gold.txt @gold.txt --predicted @gold.txt", "got 2 gold files but 1 predicted files"));
        rows.add(row("no predicted files", ExitCodes.USAGE, "eval --gold @gold.txt",
                "Missing required option: '--predicted=PRED'"));

        // eval-extract: the gold, the prediction (JSON) or the text. A directory is no bad file
        // here: two folders are paired by name, and a folder beside a file is a usage error.
        List<Row> extraction = new ArrayList<>();
        String gold = "eval-extract --gold @%s --predicted @extraction.json";
        String predicted = "eval-extract --gold @extraction.gold.json --predicted @%s";
        for (String template : List.of(gold, predicted)) {
            badFiles(extraction, template);
            extraction.add(row("empty file", ExitCodes.INPUT, template.formatted("empty.txt"),
                    "@empty.txt: not valid JSON: the file holds no JSON value"));
            extraction.add(row("invalid UTF-8", ExitCodes.INPUT, template.formatted("bad-utf8.txt"),
                    "@bad-utf8.txt: is not valid UTF-8 at byte offset 18 (line 2, byte 0xE9)"));
            extraction.add(row("not JSON", ExitCodes.INPUT, template.formatted("gold.txt"),
                    "@gold.txt: not valid JSON: ", "(line 1, column "));
        }
        extraction.add(row("a prediction for a gold", ExitCodes.INPUT, gold.formatted("extraction.json"),
                "@extraction.json: the top level: missing key(s) [aboutAccord, kind, notCompanies, split]"));
        extraction.add(row("a gold for a prediction", ExitCodes.INPUT, predicted.formatted("extraction.gold.json"),
                "@extraction.gold.json: the top level: unknown key(s) [kind, split, notCompanies], expected"));
        badTextFiles(extraction, "eval-extract --gold @extraction.gold.json --text @%s");
        extraction.removeIf(r -> r.what().equals("directory"));
        rows.addAll(extraction);
        rows.add(row("a folder beside a file", ExitCodes.USAGE, "eval-extract --gold @a-directory --predicted @extraction.json",
                "folders are paired by name: give one gold folder and one folder to score, and no files"));
        rows.add(row("a folder without gold", ExitCodes.INPUT, "eval-extract --gold @a-directory --predicted @a-directory",
                "@a-directory: holds no gold file (NAME.LANG.gold.json)"));
        rows.add(row("a prediction in another language than its gold", ExitCodes.INPUT,
                "eval-extract --gold @extraction.gold.json --text @fr.txt", "@fr.txt: looks French",
                "but was given as Dutch; pass --force to go on"));

        // align: SOURCE TARGET; the bad file is the target, then options and outputs.
        badTextFiles(rows, "align @nl.txt @%s");
        rows.add(row("files swapped", ExitCodes.INPUT, "align @fr.txt @nl.txt",
                "@fr.txt: looks French", "@nl.txt looks Dutch", "seem swapped", "--force"));
        rows.add(row("target in the source's language", ExitCodes.INPUT, "align @nl.txt @nl.txt",
                "@nl.txt: looks Dutch", "but was given as French"));
        rows.add(row("unknown language code", ExitCodes.USAGE, "align @nl.txt @fr.txt --source-lang klingon",
                "Invalid value for option '--source-lang': unknown language code 'klingon'"));
        rows.add(row("unknown output format", ExitCodes.USAGE, "align @nl.txt @fr.txt --format docx",
                "Invalid value for option '--format': unknown format 'docx'"));
        rows.add(row("unknown method", ExitCodes.USAGE, "align @nl.txt @fr.txt --method magic",
                "Invalid value for option '--method': unknown alignment method 'magic'"));
        rows.add(row("bead size out of range", ExitCodes.USAGE, "align @nl.txt @fr.txt --max-bead 9",
                "--max-bead must be in 1..6, got 9"));
        rows.add(row("moses without -o (conflicting options)", ExitCodes.USAGE, "align @nl.txt @fr.txt --format moses",
                "format moses writes two files: name them with -o OUT"));
        rows.add(row("moses with one language twice (conflicting options)", ExitCodes.USAGE,
                "align @nl.txt @nl.txt --target-lang nl --format moses -o @out", "format moses names its files by language"));
        rows.add(row("output into a missing directory", ExitCodes.OUTPUT, "align @nl.txt @fr.txt -o @no-such-dir/out.txt",
                "@no-such-dir/out.txt: cannot write"));
        rows.add(row("output onto a directory", ExitCodes.OUTPUT, "align @nl.txt @fr.txt -o @a-directory",
                "@a-directory: cannot write"));
        // the output is checked before any input is read: a missing target still gives the output's error
        rows.add(row("output into a missing directory, checked first", ExitCodes.OUTPUT,
                "align @nl.txt @missing.txt -o @no-such-dir/out.txt", "@no-such-dir/out.txt: cannot write"));
        rows.add(row("output onto a read-only file", ExitCodes.OUTPUT, "align @nl.txt @missing.txt -o @read-only.txt",
                "@read-only.txt: cannot write: the file is read-only"));
        rows.add(row("output onto a loop of links", ExitCodes.OUTPUT, "align @nl.txt @missing.txt -o @loop.txt",
                "@loop.txt: cannot write: it is a loop of symbolic links"));
        for (String spelling : List.of("@nl.txt", "@a-directory/../nl.txt", "@link-to-nl.txt", "@hard-link-to-nl.txt")) {
            rows.add(row("output names the source as " + spelling, ExitCodes.USAGE,
                    "align @nl.txt @missing.txt -o " + spelling, "is the input @nl.txt", "choose another -o"));
        }
        rows.add(row("output names the word list", ExitCodes.USAGE,
                "align @nl.txt @fr.txt --dictionary @gold.txt -o @gold.txt", "is the input @gold.txt"));
        rows.add(row("moses output names the source by its language", ExitCodes.USAGE,
                "align @corpus.nl @fr.txt --format moses -o @corpus", "the output @corpus.nl is the input @corpus.nl"));
        rows.add(row("moses output names the target by its language", ExitCodes.USAGE,
                "align @nl.txt @corpus.fr --format moses -o @corpus", "the output @corpus.fr is the input @corpus.fr"));
        rows.add(row("missing word list", ExitCodes.INPUT, "align @nl.txt @fr.txt --dictionary @missing.txt",
                "@missing.txt: no such file"));
        badFiles(rows, "align @nl.txt @fr.txt --dictionary @%s");
        badFiles(rows, "align @nl.txt @fr.txt --translation @%s");
        rows.add(row("translation with too few lines", ExitCodes.INPUT, "align @nl.txt @fr.txt --translation @gold.txt",
                "@gold.txt: has 3 non-blank lines but the source has"));
        rows.add(row("no target", ExitCodes.USAGE, "align @nl.txt", "Missing required parameter: 'TARGET'"));

        // extract and report take SOURCE TARGET as align does; the bad file is the target.
        for (String command : List.of("extract", "report")) {
            badTextFiles(rows, command + " @nl.txt @%s");
            rows.add(row("files swapped", ExitCodes.INPUT, command + " @fr.txt @nl.txt",
                    "@fr.txt: looks French", "@nl.txt looks Dutch", "seem swapped", "--force"));
            rows.add(row("both files French", ExitCodes.INPUT, command + " @fr.txt @fr.txt",
                    "@fr.txt: looks French", "but was given as Dutch; pass --force to go on"));
            rows.add(row("unknown encoding", ExitCodes.USAGE, command + " @nl.txt @fr.txt --encoding x-none",
                    "unknown encoding 'x-none'"));
        }
        rows.add(row("unknown output format", ExitCodes.USAGE, "extract @nl.txt @fr.txt --format xml",
                "Invalid value for option '--format': unknown format 'xml'"));
        rows.add(row("one file without --lang (extract)", ExitCodes.USAGE, "extract @nl.txt",
                "one FILE needs --lang"));
        rows.add(row("one file in the wrong language (extract)", ExitCodes.INPUT, "extract @fr.txt --lang nl",
                "@fr.txt: looks French", "pass --force to go on"));
        rows.add(row("--lang with two files (extract)", ExitCodes.USAGE, "extract @nl.txt @fr.txt --lang nl",
                "--lang is for one FILE"));
        rows.add(row("only one file (report)", ExitCodes.USAGE, "report @nl.txt",
                "give SOURCE and TARGET, or no file"));
        return rows.stream();
    }

    /** Adds the rows of a text file that cannot be used, in the command {@code template} (%s: the file). */
    private static void badTextFiles(List<Row> rows, String template) {
        rows.add(row("empty file", ExitCodes.INPUT, template.formatted("empty.txt"), "@empty.txt: the file is empty"));
        rows.add(row("white space only", ExitCodes.INPUT, template.formatted("blank.txt"),
                "@blank.txt: the file holds only white space, no text"));
        rows.add(row("invalid UTF-8", ExitCodes.INPUT, template.formatted("bad-utf8.txt"),
                "@bad-utf8.txt: is not valid UTF-8 at byte offset 18 (line 2, byte 0xE9)", "--encoding"));
        badFiles(rows, template);
    }

    /** Adds the rows of a file that cannot be read at all, or is binary, in the command {@code template}. */
    private static void badFiles(List<Row> rows, String template) {
        rows.add(row("binary junk", ExitCodes.INPUT, template.formatted("junk.bin"),
                "@junk.bin: looks like a binary file, not text (NUL byte at byte offset "));
        rows.add(row("missing file", ExitCodes.INPUT, template.formatted("missing.txt"), "@missing.txt: no such file"));
        rows.add(row("unreadable file", ExitCodes.INPUT, template.formatted("locked.txt"),
                "@locked.txt: cannot be read: permission denied"));
        rows.add(row("directory", ExitCodes.INPUT, template.formatted("a-directory"),
                "@a-directory: is a directory, not a file"));
        rows.add(row("symbolic link to a missing file", ExitCodes.INPUT, template.formatted("dangling.txt"),
                "@dangling.txt: is a symbolic link to a missing file"));
        rows.add(row("loop of symbolic links", ExitCodes.INPUT, template.formatted("loop.txt"),
                "@loop.txt: is a loop of symbolic links"));
        // an endless device: refused at its first NUL, never read until memory runs out
        rows.add(row("endless device", ExitCodes.INPUT, template.replace("@%s", "/dev/zero"),
                "/dev/zero: looks like a binary file, not text (NUL byte at byte offset 0)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void hostileInputEndsWithOneLineAndItsExitCode(Row row) {
        if (row.what().startsWith("unreadable")) {
            assumeFalse(Files.isReadable(dir.resolve("locked.txt")),
                    "SKIPPED: running as root, chmod 000 does not stop reading; 'unreadable' cannot be simulated here");
        }
        CliRun cli = new CliRun();
        String[] args = row.args().stream().map(HostileInputCliTest::resolve).toArray(String[]::new);

        int exit = cli.run(args);

        String message = cli.err.toString();
        assertEquals(row.exit(), exit, message);
        assertEquals(1, message.lines().count(), "exactly one line on standard error: " + message);
        assertTrue(message.startsWith("accord: "), message);
        for (String expected : row.says()) {
            assertTrue(message.contains(resolve(expected)), "expected '" + resolve(expected) + "' in: " + message);
        }
        assertNoStackTrace(message);
        assertEquals("", cli.out.toString(), "nothing on standard output");
    }

    @Test
    void forceAcceptsAFileInAnotherLanguage() {
        CliRun cli = new CliRun();
        int exit = cli.run("segment", resolve("@fr.txt"), "--lang", "nl", "--force");
        assertEquals(ExitCodes.OK, exit, cli.err.toString());
        assertEquals("", cli.err.toString());
        assertTrue(cli.out.toString().lines().count() > 10, cli.out.toString());
    }

    @Test
    void namedEncodingAcceptsWhatUtf8Rejects() {
        CliRun cli = new CliRun();
        int exit = cli.run("segment", resolve("@latin1.txt"), "--lang", "fr", "--encoding", "ISO-8859-1", "--force");
        assertEquals(ExitCodes.OK, exit, cli.err.toString());
        assertEquals("Genève est une ville.\n", cli.out.toString());
    }

    /** How a separate {@code accord} process ended. */
    private record Ended(int exit, String out, String err) {
    }

    private static Ended runProcess(String heap, String... args) throws IOException, InterruptedException {
        List<String> command = ChildJvm.command(List.of(heap), AccordCli.class);
        for (String arg : args) {
            command.add(resolve(arg));
        }
        return run(new ProcessBuilder(command));
    }

    /** Runs {@code pb} without the JVM option variables of the caller's environment, and waits for it. */
    private static Ended run(ProcessBuilder pb) throws IOException, InterruptedException {
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        Path out = Files.createTempFile(dir, "process", ".out");
        Path err = Files.createTempFile(dir, "process", ".err");
        Process process = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the process did not finish");
        return new Ended(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /**
     * The same promise from a real process: libraries underneath (SLF4J, used by OpenNLP's
     * language detector) must not add their own lines to standard error.
     */
    @Test
    void aSeparateProcessAlsoPrintsExactlyOneLine() throws IOException, InterruptedException {
        Ended ended = runProcess("-Xmx256m", "segment", "@fr.txt", "--lang", "nl");
        assertEquals(ExitCodes.INPUT, ended.exit(), ended.err());
        assertEquals(1, ended.err().lines().count(), "exactly one line on standard error: " + ended.err());
        assertTrue(ended.err().startsWith("accord: " + resolve("@fr.txt") + ": looks French"), ended.err());
        assertNoStackTrace(ended.err());
        assertEquals("", ended.out());
    }

    /** Running out of memory on a file too big for the heap is one line too, not a JVM dump. */
    @Test
    void inputTooLargeForTheHeapIsOneLineAboutMemory() throws IOException, InterruptedException {
        byte[] line = "Dit is een gewone zin die vaak herhaald wordt.\n".getBytes(StandardCharsets.UTF_8);
        try (var out = Files.newOutputStream(dir.resolve("big.txt"))) {
            for (int written = 0; written < 48 << 20; written += line.length) {
                out.write(line);
            }
        }
        Ended ended = runProcess("-Xmx32m", "segment", "@big.txt", "--lang", "nl", "--force");
        assertEquals(ExitCodes.INTERNAL, ended.exit(), ended.err());
        assertEquals(1, ended.err().lines().count(), "exactly one line on standard error: " + ended.err());
        assertTrue(ended.err().startsWith("accord: out of memory (the Java heap is limited to "), ended.err());
        assertTrue(ended.err().contains("ACCORD_JAVA_OPTS=-Xmx4g"), ended.err());
        assertNoStackTrace(ended.err());
        Files.delete(dir.resolve("big.txt"));
    }

    /**
     * Runs {@code accord segment NAME --lang nl --force} in a child JVM under {@code locale}, from a
     * shell in the test's folder that first writes a Dutch sentence to NAME: the name is given as a
     * {@code printf} format, so that it can hold any bytes, which Java could not pass itself.
     */
    private static Ended segmentFileNamedInShell(String locale, String printfName) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "SKIPPED: no /bin/sh to pass raw bytes as a file name");
        List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", "cd \"$ACCORD_TEST_DIR\" || exit 99; "
                + "name=$(printf '" + printfName + "'); printf 'Een zin.\\n' > \"$name\" || exit 98; "
                + "exec \"$@\" segment \"$ACCORD_TEST_DIR/$name\" --lang nl --force", "sh"));
        command.addAll(ChildJvm.command(List.of("-Xmx256m"), AccordCli.class));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("LANG");
        pb.environment().remove("LC_CTYPE");
        pb.environment().put("LC_ALL", locale);
        pb.environment().put("ACCORD_TEST_DIR", dir.toString());
        return run(pb);
    }

    /**
     * Java run straight under {@code LC_ALL=C} decodes file names as ASCII and cannot open a name
     * with an accent: one line that says why and what to do, exit 3, not a conversion error.
     */
    @Test
    void aNonAsciiFileNameUnderAnAsciiLocaleIsOneLineThatNamesTheLocale() throws IOException, InterruptedException {
        Ended ended = segmentFileNamedInShell("C", "\\303\\251\\303\\251n.txt");
        assertEquals(ExitCodes.INPUT, ended.exit(), ended.err());
        assertEquals(1, ended.err().lines().count(), ended.err());
        assertTrue(ended.err().startsWith("accord: " + dir + "/"), ended.err());
        assertTrue(ended.err().contains(".txt: cannot be used as a file name: Java decodes file names as "), ended.err());
        assertTrue(ended.err().endsWith(" under this locale; run under a UTF-8 locale, e.g. LC_ALL=C.UTF-8 (./accord does)\n"),
                ended.err());
        assertNoStackTrace(ended.err());
        assertEquals("", ended.out());
    }

    /** Under a UTF-8 locale the same name is read like any other. */
    @Test
    void aNonAsciiFileNameUnderAUtf8LocaleIsRead() throws IOException, InterruptedException {
        Ended ended = segmentFileNamedInShell("C.UTF-8", "\\303\\251\\303\\251n.txt");
        assertEquals(ExitCodes.OK, ended.exit(), ended.err());
        assertEquals("Een zin.\n", ended.out());
    }

    /**
     * A file whose name is not valid UTF-8 cannot be opened by that name from Java (the JVM hands
     * the argument over decoded, with U+FFFD for the bad byte): one line that says so, exit 3.
     */
    @Test
    void aFileNameThatIsNotValidUtf8IsOneLineThatSaysSo() throws IOException, InterruptedException {
        Ended ended = segmentFileNamedInShell("C.UTF-8", "bad\\377name.txt");
        assertEquals(ExitCodes.INPUT, ended.exit(), ended.err());
        assertEquals("accord: " + dir + "/bad\uFFFDname.txt: no such file (if its name holds bytes that are not valid "
                + "UTF-8, shown as \uFFFD, Java cannot open it by that name: rename the file)\n", ended.err());
        assertEquals("", ended.out());
    }

    @Test
    void controlCharactersInAFileNameAreEscapedInTheMessage() {
        CliRun cli = new CliRun();
        String name = dir.resolve("evil\u001B]0;pwned\u0007\u009B2J.txt").toString();
        int exit = cli.run("segment", name, "--lang", "nl");
        assertEquals(ExitCodes.INPUT, exit, cli.err.toString());
        assertEquals("accord: " + dir + "/evil\\u001B]0;pwned\\u0007\\u009B2J.txt: no such file\n", cli.err.toString());
    }

    /**
     * A write error on standard output ({@code > /dev/full}) ends every command with exit 4 and
     * one line that says so, never with exit 0 and a silently lost output.
     */
    @ParameterizedTest
    @ValueSource(strings = {"segment @nl.txt --lang nl", "align @nl.txt @fr.txt --quiet",
        "eval --gold @gold.txt --predicted @gold.txt", "extract @nl.txt @fr.txt",
        "eval-extract --gold @extraction.gold.json --predicted @extraction.json", "report @nl.txt @fr.txt",
        "--help", "--version"})
    void aFullStandardOutputIsExitFourAndOneLine(String args) throws IOException, InterruptedException {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.isWritable(full), "SKIPPED: no /dev/full on this system");
        List<String> command = ChildJvm.command(List.of("-Xmx256m"), AccordCli.class);
        for (String arg : args.split(" ")) {
            command.add(resolve(arg));
        }
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        Path err = Files.createTempFile(dir, "process", ".err");
        Process process = pb.redirectOutput(full.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the process did not finish");
        String message = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(ExitCodes.OUTPUT, process.exitValue(), message);
        assertEquals("accord: standard output: cannot write: No space left on device\n", message);
    }

    static void assertNoStackTrace(String output) {
        assertFalse(output.contains("Exception"), "an exception class name reached the user: " + output);
        assertFalse(output.contains("at dev.") || output.contains("\tat "), "a stack trace reached the user: " + output);
    }

    private static String resolve(String arg) {
        return arg.replaceAll("@([\\w.-]+)", dir.toString().replace("\\", "\\\\").replace("$", "\\$") + "/$1");
    }

    private static void write(String name, byte[] content) throws IOException {
        Files.write(dir.resolve(name), content);
    }

    private static byte[] corpus(String name) throws IOException {
        try (InputStream in = AccordCli.class.getResourceAsStream("/corpus/" + name)) {
            return in.readAllBytes();
        }
    }
}
