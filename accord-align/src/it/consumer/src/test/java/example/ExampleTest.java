package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExampleTest {

    @Test
    void theExampleRunsOnTheModulePathAndPrintsWhatTheArticlesSay() {
        assertEquals("example", Example.class.getModule().getName(), "the example runs as a named module");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            Example.main(new String[0]);
        } finally {
            System.setOut(out);
        }
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals("18 Dutch and 20 French sentences, 18 beads", lines.get(0));
        assertTrue(lines.contains("Microsoft [INITIATOR, SIGNATORY]"), lines.toString());
    }
}
