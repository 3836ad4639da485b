package example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExampleTest {

    @Test
    void theExampleAlignsAndExtractsAsTheReadmeSays() throws Exception {
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
        assertEquals(List.of("[0]:[0]:0.9554", "[1]:[1]:0.9554", "[2]:[2]:0.9749", "Microsoft [INITIATOR]",
                "Facebook [INITIATOR]", "Proximus [SIGNATORY]", "Google [NON_SIGNATORY]", "Apple [NON_SIGNATORY]",
                "consistent: true", "text: the text holds only white space, no text"), lines);
    }
}
