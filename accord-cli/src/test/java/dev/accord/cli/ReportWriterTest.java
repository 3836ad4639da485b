package dev.accord.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accord.AccordPipeline;
import dev.accord.Bitext;
import dev.accord.PipelineConfig;
import dev.accord.core.extract.BilingualReport;
import dev.accord.core.text.Language;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

    /** Sets the terminal's title, clears the screen, rings the bell and reverses the text that follows. */
    private static final String TERMINAL_ATTACK = "\u001B]0;pwned\u0007\u001B[2J\u009B31m\u202E";

    @TempDir
    Path dir;

    private Path seedWithAttack(String code) throws IOException {
        try (InputStream in = ReportWriterTest.class.getResourceAsStream("/corpus/seed-" + code + ".txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // into the first sentence, and a line break inside a sentence of every paragraph
            return Files.writeString(dir.resolve(code + ".txt"), TERMINAL_ATTACK + text.replace(". ", ".\u2028"),
                    StandardCharsets.UTF_8);
        }
    }

    @Test
    void theTextReportShowsControlCharactersOfTheInputAsEscapes() throws IOException {
        AccordPipeline pipeline = AccordPipeline.create(PipelineConfig.builder().force(true).build());
        Bitext bitext = pipeline.loadPair(seedWithAttack("nl"), Language.NL, seedWithAttack("fr"), Language.FR);
        BilingualReport report = pipeline.extract(bitext);
        StringBuilder out = new StringBuilder();
        ReportWriter.text(report, out, true);
        String text = out.toString();
        assertTrue(text.contains("\\u001B]0;pwned\\u0007\\u001B[2J\\u009B31m\\u202E"), text);
        for (String line : text.split("\n", -1)) {
            assertFalse(line.chars().anyMatch(c -> c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x202E),
                    "a character a terminal acts on: " + line);
        }
    }
}
