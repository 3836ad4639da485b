package dev.accord.testing;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The command line of a separate JVM that runs one of the test run's classes, for tests that must
 * stop or starve a real process.
 *
 * <p>Design decision: surefire runs accord-align's tests on the module path, with the test classes
 * patched into {@code dev.accord.align}, so {@code java.class.path} alone holds only the test-only
 * jars. The child gets everything this JVM sees (the directory the main class came from, the
 * module path and the class path) on its class path: the tests that use it check files and output,
 * not module boundaries, and the command stays the same whichever way surefire ran.
 */
public final class ChildJvm {

    private ChildJvm() {
    }

    /**
     * Returns {@code java <jvmOptions> -cp <everything this JVM sees> <mainClass> <arguments>}, as a
     * list the caller may extend.
     *
     * @throws IllegalStateException if {@code mainClass} was not loaded from a directory
     */
    public static List<String> command(List<String> jvmOptions, Class<?> mainClass, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath(mainClass));
        command.add(mainClass.getName());
        command.addAll(List.of(arguments));
        return command;
    }

    private static String classPath(Class<?> mainClass) {
        Set<String> entries = new LinkedHashSet<>();
        entries.add(rootOf(mainClass).toString());
        for (String property : List.of("jdk.module.path", "java.class.path")) {
            String value = System.getProperty(property, "");
            for (String entry : value.split(File.pathSeparator)) {
                if (!entry.isEmpty()) {
                    entries.add(entry);
                }
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    /** The class-path root that holds {@code type}'s class file: its package directories removed. */
    private static Path rootOf(Class<?> type) {
        String classFile = "/" + type.getName().replace('.', '/') + ".class";
        URL url = type.getResource(classFile);
        if (url == null || !url.getProtocol().equals("file")) {
            throw new IllegalStateException(type.getName() + " was not loaded from a directory: " + url);
        }
        try {
            Path file = Path.of(url.toURI());
            int depth = type.getName().split("\\.").length;
            Path root = file;
            for (int i = 0; i < depth; i++) {
                root = root.getParent();
            }
            return root;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(type.getName() + ": " + url, e);
        }
    }
}
