package dev.accord.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the project's shared material (the Text+Berg benchmark set, which is GPL data and is
 * never copied into the project) beside the checkout, for tests that use it when it is there.
 *
 * <p>The folder is looked up by walking up from the working directory to the first ancestor
 * that has {@code shared/benchmarks}; the system property {@code accord.shared} overrides it.
 */
public final class SharedMaterial {

    private SharedMaterial() {
    }

    /** Returns the shared folder, if it can be found. */
    public static Optional<Path> sharedDir() {
        String override = System.getProperty("accord.shared");
        if (override != null && !override.isBlank()) {
            Path p = Path.of(override);
            return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared");
            if (Files.isDirectory(candidate.resolve("benchmarks"))) {
                return Optional.of(candidate);
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
