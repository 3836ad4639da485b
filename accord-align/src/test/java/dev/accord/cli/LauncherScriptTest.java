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

/**
 * Checks how {@code bin/find-jdk.sh} (sourced by {@code ./accord} and {@code .ci/run}) picks a JDK,
 * with fake JDKs whose {@code java} only reports a version, so no real JVM or build is started.
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
        for (String tool : List.of("bash", "env", "awk", "sort", "dirname", "readlink", "cat", "head", "find", "cksum", "ls")) {
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
}
