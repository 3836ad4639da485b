package dev.accord.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the project's shared material (the Text+Berg benchmark set, which is GPL data and is
 * never copied into the project) beside the checkout, for tests that use it when it is there.
 *
 * <p>The folder is {@code shared} beside the checkout (the folder that holds {@code mvnw},
 * found from the working directory, which is a module's folder when Maven runs the tests), or
 * the folder named by the system property {@code accord.shared}
 * ({@code ./mvnw verify -Daccord.shared=/data/shared}). Nowhere else: a {@code shared} folder
 * higher up belongs to something else.
 */
public final class SharedMaterial {

    private SharedMaterial() {
    }

    /** Returns the shared folder, if it can be found. */
    public static Optional<Path> sharedDir() {
        return sharedDir(Path.of("").toAbsolutePath(), System.getProperty("accord.shared"));
    }

    /**
     * Returns the shared folder for tests run from {@code workingDir}: {@code override} if it is
     * set, else {@code shared} beside the checkout that holds {@code workingDir}.
     */
    static Optional<Path> sharedDir(Path workingDir, String override) {
        if (override != null && !override.isBlank()) {
            Path p = Path.of(override);
            return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
        }
        for (Path dir = workingDir; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw"))) {
                Path beside = dir.resolveSibling("shared");
                return Files.isDirectory(beside) ? Optional.of(beside) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Returns {@code shared/<relative>}, or skips the calling test with a visible message when
     * the shared material is absent.
     */
    public static Path requireShared(String relative) {
        Optional<Path> dir = sharedDir().map(d -> d.resolve(relative)).filter(Files::exists);
        if (dir.isEmpty()) {
            String message = "SKIPPED: shared material '" + relative + "' not found beside the checkout "
                    + "(set -Daccord.shared=DIR to point at it)";
            System.err.println(message);
            Assumptions.abort(message);
        }
        return dir.get();
    }
}
