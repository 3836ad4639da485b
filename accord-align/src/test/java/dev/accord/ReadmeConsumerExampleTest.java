package dev.accord;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's consumer example is the program of {@code src/it/consumer}, which the build compiles
 * and runs as a separate Maven project against the installed artifacts: this test fails when the
 * two drift apart.
 */
class ReadmeConsumerExampleTest {

    @Test
    void theReadmeShowsTheConsumerProgramThatTheBuildRuns() throws IOException {
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        String program = Files.readString(Path.of("src/it/consumer/src/main/java/example/Example.java"),
                StandardCharsets.UTF_8);
        assertTrue(readme.contains("```java\n" + program + "```\n"),
                "README.md must show src/it/consumer/src/main/java/example/Example.java whole, as it is");
        String pom = Files.readString(Path.of("src/it/consumer/pom.xml"), StandardCharsets.UTF_8);
        assertTrue(pom.contains("<artifactId>accord-align</artifactId>") && readme.contains("<artifactId>accord-align</artifactId>"));
    }
}
