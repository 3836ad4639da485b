package dev.accord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks how {@code bin/find-jdk.sh} (sourced by {@code ./accord} and {@code .ci/run}) picks a JDK,
 * with fake JDKs whose {@code java} only reports a version or logs its arguments, so no real JVM or
 * build is started.
 */
class LauncherScriptTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    @BeforeAll
    static void needsBashAndTheScripts() {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "no /bin/bash: launcher scripts not tested");
        assumeTrue(Files.isRegularFile(ROOT.resolve("bin/find-jdk.sh")), "not run from a checkout");
    }

    /** Creates a fake JDK at {@code tmp/name} whose java and javac report {@code version}. */
    private Path fakeJdk(String name, String version) throws IOException {
        Path bin = Files.createDirectories(tmp.resolve(name).resolve("bin"));
        String script = "#!/bin/sh\necho 'Property settings:' >&2\n"
                + "echo '    java.specification.version = " + version + "' >&2\n"
                + "echo 'openjdk version \"" + version + "\"' >&2\n";
        for (String tool : List.of("java", "javac")) {
            Path file = bin.resolve(tool);
            Files.writeString(file, script, StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return tmp.resolve(name);
    }

    private record Result(int exitCode, String out, String err) {
    }

    /** Runs {@code command} under bash with only the given environment and a PATH of basic tools, no JDK. */
    private Result bash(String command, Map<String, String> env) throws IOException, InterruptedException {
        Path emptyBin = Files.createDirectories(tmp.resolve("tools"));
        for (String tool : List.of("bash", "env", "awk", "sort", "dirname", "readlink", "cat", "head", "find", "cksum", "ls", "mkdir", "rm", "mv", "wc", "xargs", "printf")) {
            for (String dir : List.of("/usr/bin", "/bin")) {
                Path real = Path.of(dir, tool);
                Path wrapper = emptyBin.resolve(tool);
                if (Files.isExecutable(real) && !Files.exists(wrapper)) {
                    Files.writeString(wrapper, "#!/bin/sh\nexec " + real + " \"$@\"\n", StandardCharsets.UTF_8);
                    Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        }
        List<String> cmd = new ArrayList<>(List.of("/bin/bash", "-c", "set -euo pipefail; cd '" + ROOT + "'; " + command));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().clear();
        pb.environment().put("PATH", emptyBin.toString());
        pb.environment().put("HOME", tmp.toString());
        pb.environment().putAll(env);
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "script did not finish");
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static final String FIND = ". bin/find-jdk.sh; accord_find_jdk; echo \"$JAVA_HOME\"";

    @Test
    void keepsJavaHomeWhenItIsNewEnough() throws Exception {
        Path jdk21 = fakeJdk("jdk-21", "21");
        fakeJdk("jdks/jdk-25", "25");
        Result r = bash(FIND, Map.of("JAVA_HOME", jdk21.toString(), "ACCORD_JDK_DIRS", tmp.resolve("jdks").toString()));
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(jdk21.toString(), r.out().strip());
    }

    @Test
    void picksTheNewestInstalledJdkWhenJavaHomeIsTooOld() throws Exception {
        Path old = fakeJdk("jdk-17", "17");
        fakeJdk("jdks/jdk-21", "21");
        Path newest = fakeJdk("jdks/jdk-25", "25");
        fakeJdk("jdks/jdk-1.8", "1.8");
        Result r = bash(FIND, Map.of("JAVA_HOME", old.toString(), "ACCORD_JDK_DIRS", tmp.resolve("jdks").toString()));
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(newest.toString(), r.out().strip());
    }

    @Test
    void ignoresAJavaRuntimeWithoutCompiler() throws Exception {
        Path jre = fakeJdk("jdks/jre-25", "25");
        Files.delete(jre.resolve("bin/javac"));
        Path jdk = fakeJdk("jdks/jdk-22", "22");
        Result r = bash(FIND, Map.of("ACCORD_JDK_DIRS", tmp.resolve("jdks").toString()));
        assertEquals(jdk.toString(), r.out().strip(), r.err());
    }

    @Test
    void theTestCommandRunsTheMavenWrapperOnAJdk21EvenWhenJavaHomeIsOlder() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("root/bin"));
        Files.copy(ROOT.resolve("bin/verify"), root.resolve("verify"));
        Files.copy(ROOT.resolve("bin/find-jdk.sh"), root.resolve("find-jdk.sh"));
        Path mvnw = tmp.resolve("root/mvnw");
        Files.writeString(mvnw, "#!/bin/sh\necho \"$JAVA_HOME|$(command -v java)|$*\"\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(mvnw, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path old = fakeJdk("jdk-17", "17");
        Path jdk25 = fakeJdk("jdks/jdk-25", "25");
        Result r = bash("cd /; '" + root.resolve("verify") + "' -o", Map.of("JAVA_HOME", old.toString(),
                "ACCORD_JDK_DIRS", tmp.resolve("jdks").toString()));
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(jdk25 + "|" + jdk25.resolve("bin/java") + "|-B verify -o", r.out().strip());
        Result unset = bash("'" + root.resolve("verify") + "'", Map.of("ACCORD_JDK_DIRS", tmp.resolve("jdks").toString()));
        assertEquals(jdk25 + "|" + jdk25.resolve("bin/java") + "|-B verify", unset.out().strip(), unset.err());
    }

    @Test
    void ciRunsExactlyTheReadmesTestCommand() throws IOException {
        List<String> commands = Files.readAllLines(ROOT.resolve(".ci/run"), StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertTrue(commands.contains("bin/verify"), commands.toString());
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.lines().limit(8).anyMatch(l -> l.startsWith("bin/verify ")), "README's second command");
    }

    @Test
    void explainsInOneLineWhenThereIsNoJdk21() throws Exception {
        Path old = fakeJdk("jdk-17", "17");
        Result r = bash(FIND, Map.of("JAVA_HOME", old.toString(), "ACCORD_JDK_DIRS", tmp.resolve("none").toString()));
        assertEquals(1, r.exitCode());
        assertEquals("", r.out());
        assertEquals("accord: needs a JDK 21 or newer but found none (JAVA_HOME=" + old + ", java on PATH: none); "
                + "install one, e.g. 'apt-get install openjdk-21-jdk', and set JAVA_HOME to it\n", r.err());
    }

    @Test
    void launcherStopsWithTheOneLineMessageBeforeBuildingAnything() throws Exception {
        Path old = fakeJdk("jdk-17", "17");
        Result r = bash("./accord --help", Map.of("JAVA_HOME", old.toString(), "ACCORD_JDK_DIRS", ""));
        assertEquals(1, r.exitCode());
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("accord: needs a JDK 21 or newer but found none"), r.err());
    }

    /**
     * Makes a copy of the launcher at {@code tmp/root} whose jar is built and up to date, with a
     * fake JDK of {@code version} whose java logs its arguments to {@code tmp/calls.txt}, one run a
     * line, and writes a cache file when asked to make one if {@code makesCache}.
     */
    private Path launcherWithBuiltJar(String version, boolean makesCache) throws Exception {
        Path root = Files.createDirectories(tmp.resolve("root"));
        Files.createDirectories(root.resolve("bin"));
        Files.copy(ROOT.resolve("accord"), root.resolve("accord"));
        Files.copy(ROOT.resolve("bin/find-jdk.sh"), root.resolve("bin/find-jdk.sh"));
        for (String input : List.of("pom.xml", "accord-core/pom.xml", "accord-align/pom.xml", "accord-cli/pom.xml",
                "accord-core/src/main/A.java", "accord-align/src/main/B.java", "accord-cli/src/main/C.java")) {
            Files.createDirectories(root.resolve(input).getParent());
            Files.writeString(root.resolve(input), "x", StandardCharsets.UTF_8);
        }
        Path target = Files.createDirectories(root.resolve("accord-cli/target"));
        Files.writeString(target.resolve("accord-cli.jar"), "jar", StandardCharsets.UTF_8);
        Result stamp = bash("cd '" + root + "'; find pom.xml accord-core/pom.xml accord-align/pom.xml accord-cli/pom.xml "
                + "accord-core/src/main accord-align/src/main accord-cli/src/main -type f | LC_ALL=C sort | cksum "
                + "> accord-cli/target/accord-cli.stamp", Map.of());
        assertEquals(0, stamp.exitCode(), stamp.err());
        Path jdk = fakeJdk("jdk-" + version, version);
        String java = "#!/bin/sh\n"
                + "for a in \"$@\"; do [ \"$a\" = -version ] && { echo '    java.specification.version = " + version
                + "' >&2; exit 0; }; done\n"
                + "echo \"$*\" >> '" + tmp.resolve("calls.txt") + "'\n"
                + (makesCache ? "for a in \"$@\"; do case \"$a\" in -XX:AOTCacheOutput=*) echo cache > \"${a#*=}\";; esac; done\n" : "");
        Files.writeString(jdk.resolve("bin/java"), java, StandardCharsets.UTF_8);
        return jdk;
    }

    private List<String> javaCalls() throws IOException {
        Path calls = tmp.resolve("calls.txt");
        return Files.exists(calls) ? Files.readAllLines(calls, StandardCharsets.UTF_8) : List.of();
    }

    private Result runLauncher(Path jdk, String args, Map<String, String> extra) throws Exception {
        Map<String, String> env = new java.util.HashMap<>(Map.of("JAVA_HOME", jdk.toString(), "ACCORD_JDK_DIRS", ""));
        env.putAll(extra);
        return bash("'" + tmp.resolve("root/accord") + "' " + args, env);
    }

    @Test
    void withAJdk25TheLauncherMakesAStartupCacheOnceAndStartsFromIt() throws Exception {
        Path jdk = launcherWithBuiltJar("25", true);
        Result first = runLauncher(jdk, "align a.txt b.txt", Map.of());
        assertEquals(0, first.exitCode(), first.err());
        assertEquals("accord: preparing the startup cache for this build and JDK (once, a few seconds)...\n", first.err());
        List<String> calls = javaCalls();
        assertEquals(2, calls.size(), calls.toString());
        assertTrue(calls.get(0).contains("-XX:AOTCacheOutput=") && calls.get(0).endsWith("accord-cli.jar report"), calls.get(0));
        assertTrue(calls.get(1).startsWith("-XX:AOTCache=") && calls.get(1).endsWith("-XX:TieredStopAtLevel=1 -jar "
                + tmp.resolve("root/accord-cli/target/accord-cli.jar") + " align a.txt b.txt"),
                calls.get(1));
        Result second = runLauncher(jdk, "align a.txt b.txt", Map.of());
        assertEquals("", second.err());
        assertEquals(3, javaCalls().size(), "no second training run: " + javaCalls());
        assertTrue(javaCalls().get(2).startsWith("-XX:AOTCache="), javaCalls().get(2));
    }

    @Test
    void aStartupCacheThatCannotBeMadeIsNotTriedAgainAndTheRunGoesOnWithout() throws Exception {
        Path jdk = launcherWithBuiltJar("25", false);
        assertEquals(0, runLauncher(jdk, "--version", Map.of()).exitCode());
        assertEquals(0, runLauncher(jdk, "--version", Map.of()).exitCode());
        List<String> calls = javaCalls();
        assertEquals(3, calls.size(), "one training run, two plain runs: " + calls);
        assertTrue(calls.get(0).contains("-XX:AOTCacheOutput="), calls.get(0));
        assertEquals("-XX:TieredStopAtLevel=1 -jar " + tmp.resolve("root/accord-cli/target/accord-cli.jar") + " --version",
                calls.get(1));
        assertEquals(calls.get(1), calls.get(2));
    }

    @Test
    void noStartupCacheBeforeJdk25OrWhenTurnedOff() throws Exception {
        Path jdk21 = launcherWithBuiltJar("21", true);
        assertEquals(0, runLauncher(jdk21, "--version", Map.of()).exitCode());
        Path jdk25 = fakeJdk("jdk-25", "25");
        Files.copy(jdk21.resolve("bin/java"), jdk25.resolve("bin/java"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertEquals(0, runLauncher(jdk25, "--version", Map.of("ACCORD_NO_AOT", "1")).exitCode());
        for (String call : javaCalls()) {
            assertTrue(!call.contains("AOT"), call);
        }
        assertEquals(2, javaCalls().size());
    }

    @Test
    void smallInputsRunWithC1OnlyAndLargeOnesWithTheFullJit() throws Exception {
        Path jdk = launcherWithBuiltJar("21", true);
        Path small = Files.writeString(tmp.resolve("small.txt"), "Een zin.\n", StandardCharsets.UTF_8);
        Path large = Files.write(tmp.resolve("large.txt"), new byte[5_000_000]);
        assertEquals(0, runLauncher(jdk, "align '" + small + "' '" + small + "'", Map.of()).exitCode());
        assertEquals(0, runLauncher(jdk, "align '" + large + "' '" + large + "'", Map.of()).exitCode());
        assertEquals(0, runLauncher(jdk, "align '" + small + "' '" + small + "' --dictionary='" + large
                + "' --translation='" + large + "'", Map.of()).exitCode());
        assertEquals(0, runLauncher(jdk, "align '" + small + "' '" + small + "'", Map.of("ACCORD_JAVA_OPTS",
                "-XX:TieredStopAtLevel=4")).exitCode());
        Result withOutput = runLauncher(jdk, "align '" + small + "' '" + small + "' -o '" + large + "'",
                Map.of("ACCORD_C1_LIMIT", "not a number"));
        assertEquals("", withOutput.err(), "a bad limit falls back to the default without a word");
        List<String> calls = javaCalls();
        assertTrue(calls.get(0).startsWith("-XX:TieredStopAtLevel=1 -jar"), calls.get(0));
        assertTrue(calls.get(1).startsWith("-jar"), "10 MB of input: " + calls.get(1));
        assertTrue(calls.get(2).startsWith("-jar"), "10 MB named by --dictionary= and --translation=: " + calls.get(2));
        assertTrue(calls.get(3).startsWith("-XX:TieredStopAtLevel=1 -XX:TieredStopAtLevel=4 -jar"),
                "the user's options come last: " + calls.get(3));
        assertTrue(calls.get(4).startsWith("-XX:TieredStopAtLevel=1 -jar"), "the output file is no input: " + calls.get(4));
    }

    @Test
    void readsTheVersionFromTheJdksReleaseFileWithoutStartingItsJava() throws Exception {
        Path jdk = fakeJdk("jdks/jdk-25", "17");  // its java would say 17
        Files.writeString(jdk.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"25.0.3\"\n", StandardCharsets.UTF_8);
        Path old = fakeJdk("jdks/jdk-8", "1.8");
        Files.writeString(old.resolve("release"), "JAVA_VERSION=\"1.8.0_402\"\n", StandardCharsets.UTF_8);
        Result r = bash(FIND + "; echo \"$ACCORD_JAVA_MAJOR\"", Map.of("ACCORD_JDK_DIRS", tmp.resolve("jdks").toString()));
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(jdk + "\n25", r.out().strip());
    }

    /** Replaces the fake JDK's java with {@code body} (after its answer to {@code -version}). */
    private static void fakeJava(Path jdk, String version, String body) throws IOException {
        Files.writeString(jdk.resolve("bin/java"), "#!/bin/sh\n"
                + "for a in \"$@\"; do [ \"$a\" = -version ] && { echo '    java.specification.version = " + version
                + "' >&2; exit 0; }; done\n" + body, StandardCharsets.UTF_8);
    }

    /**
     * {@code LC_ALL=C ./accord segment één.txt}: Java decodes file names in the locale's character
     * set, so the launcher gives it a UTF-8 one. Checked with a real JVM that opens the file.
     */
    @ParameterizedTest
    @ValueSource(strings = {"LC_ALL=C", "LANG=POSIX", "LC_CTYPE=C", "", "LC_ALL=C.UTF-8", "LANG=C.utf8"})
    void javaDecodesFileNamesAsUtf8WhateverTheLocale(String locale) throws Exception {
        Path jdk = launcherWithBuiltJar("21", false);
        Path probe = Files.createDirectories(tmp.resolve("probe")).resolve("Probe.java");
        Files.writeString(probe, "public class Probe { public static void main(String[] a) { System.out.println("
                + "System.getProperty(\"sun.jnu.encoding\") + \" \" + java.nio.file.Files.exists(java.nio.file.Path.of(a[0]))); } }",
                StandardCharsets.UTF_8);
        String realJava = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        fakeJava(jdk, "21", "for a in \"$@\"; do last=$a; done\nexec '" + realJava + "' '" + probe + "' \"$last\"\n");
        Result made = bash("cd '" + tmp + "'; printf 'Een zin.\\n' > \"$(printf '\\303\\251\\303\\251n.txt')\"", Map.of());
        assertEquals(0, made.exitCode(), made.err());
        Map<String, String> env = locale.isEmpty() ? Map.of() : Map.of(locale.split("=")[0], locale.split("=")[1]);
        Result r = runLauncher(jdk, "segment \"$(printf '" + tmp + "/\\303\\251\\303\\251n.txt')\"", env);
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("UTF-8 true\n", r.out());
    }

    /** ACCORD_JAVA_OPTS is split like shell words: quotes keep spaces; nothing is expanded or run. */
    @Test
    void javaOptionsAreSplitLikeShellWordsWithoutExpansion() throws Exception {
        Path jdk = launcherWithBuiltJar("21", false);
        fakeJava(jdk, "21", "for a in \"$@\"; do printf '[%s]' \"$a\"; done\necho\n");
        Files.writeString(tmp.resolve("root/glob-me"), "", StandardCharsets.UTF_8);
        Result r = runLauncher(jdk, "--version", Map.of("ACCORD_JAVA_OPTS",
                "-Xmx1g  \"-Dname=a b\" '-Dsaid=\"hi there\"' -Dstar=* -Dhome=$HOME -Dcmd=$(echo no)"));
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("[-XX:TieredStopAtLevel=1][-Xmx1g][-Dname=a b][-Dsaid=\"hi there\"][-Dstar=*][-Dhome=$HOME]"
                + "[-Dcmd=$(echo][no)][-jar][" + tmp.resolve("root/accord-cli/target/accord-cli.jar") + "][--version]\n", r.out());

        Result open = runLauncher(jdk, "--version", Map.of("ACCORD_JAVA_OPTS", "-Dname=\"a b"));
        assertEquals(2, open.exitCode(), open.err());
        assertEquals("", open.out());
        assertEquals("accord: cannot split ACCORD_JAVA_OPTS into options (is a quote left open?): -Dname=\"a b\n", open.err());
    }
}
