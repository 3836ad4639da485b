package dev.accord.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

// The README's imports, including those of this package, so the test checks them too.
import dev.accord.core.Accord;
import dev.accord.core.Company;
import dev.accord.core.Pillar;
import dev.accord.core.Role;
import dev.accord.core.align.Alignment;
import dev.accord.core.align.Bead;
import dev.accord.core.text.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Runs the README's core-model example and checks that the README shows exactly this code. */
class ReadmeExampleTest {

    @Test
    void readmeExampleRunsAndGivesTheResultsItsCommentsPromise() {
        // README:begin
        Accord accord = Accord.cybersecurityTechAccord();
        int founders = accord.signatories().size();                     // 34
        Company hpe = accord.findCompany("HPE").orElseThrow();          // Hewlett Packard Enterprise
        Set<Role> google = accord.rolesOf("Google");                    // [NON_SIGNATORY]
        String parent = hpe.parentName().orElse("none");                // none
        String title = Pillar.NO_OFFENSE.title(Language.fromCode("fra")); // Pas d'offensive

        // Every sentence of both sides in exactly one bead, in order; 2-1, 1-0 and 0-1 beads are fine.
        Alignment alignment = new Alignment(3, 2, List.of(
                Bead.ofRanges(0, 2, 0, 1, 0.93),    // Dutch sentences 0 and 1 = French sentence 0
                Bead.ofRanges(2, 1, 1, 1, 0.88)));  // Dutch sentence 2 = French sentence 1
        String why = "accepted";
        try {                               // skipping Dutch sentence 1 is refused:
            new Alignment(3, 2, List.of(Bead.ofRanges(0, 1, 0, 1, 1), Bead.ofRanges(2, 1, 1, 1, 1)));
        } catch (IllegalArgumentException e) {
            why = e.getMessage();           // source sentence 1 is in no bead: bead 1 goes on with source sentence 2
        }
        // README:end
        assertEquals(34, founders);
        assertEquals("Hewlett Packard Enterprise", hpe.name());
        assertEquals(Set.of(Role.NON_SIGNATORY), google);
        assertEquals("[NON_SIGNATORY]", google.toString());
        assertEquals("none", parent);
        assertEquals("Pas d'offensive", title);
        assertEquals(List.of("2-1", "1-1"), alignment.beads().stream().map(Bead::type).toList());
        assertEquals("source sentence 1 is in no bead: bead 1 goes on with source sentence 2", why);
    }

    @Test
    void readmeShowsExactlyTheCodeThatThisTestRuns() throws IOException {
        Path readme = Path.of("..", "README.md");
        Path self = Path.of("src", "test", "java", "dev", "accord", "core", "ReadmeExampleTest.java");
        assumeTrue(Files.isRegularFile(readme) && Files.isRegularFile(self), "README or test source not found");
        List<String> example = javaBlockAfter(Files.readAllLines(readme, StandardCharsets.UTF_8),
                "## Java API: the core model");
        List<String> source = Files.readAllLines(self, StandardCharsets.UTF_8).stream().map(String::strip).toList();
        List<String> code = example.stream().filter(l -> !l.startsWith("import ")).toList();
        List<String> body = source.subList(source.indexOf("// README:begin") + 1, source.indexOf("// README:end"));
        assertEquals(body, code, "README example and ReadmeExampleTest differ");
        for (String line : example) {
            if (line.startsWith("import ")) {
                assertTrue(source.contains(line), "README imports what the test does not: " + line);
            }
        }
        assertFalse(code.isEmpty());
    }

    /** Returns the stripped lines of the first ```java block after {@code heading}, without leading blanks. */
    private static List<String> javaBlockAfter(List<String> lines, String heading) {
        int headingAt = lines.indexOf(heading);
        assertTrue(headingAt >= 0, "README has no heading " + heading);
        int start = lines.subList(headingAt, lines.size()).indexOf("```java") + headingAt + 1;
        int end = lines.subList(start, lines.size()).indexOf("```") + start;
        List<String> block = lines.subList(start, end).stream().map(String::strip).toList();
        int firstCode = 0;
        while (firstCode < block.size() && (block.get(firstCode).startsWith("import ") || block.get(firstCode).isEmpty())) {
            firstCode++;
        }
        List<String> imports = block.subList(0, firstCode).stream().filter(l -> !l.isEmpty()).toList();
        return Stream.concat(imports.stream(), block.subList(firstCode, block.size()).stream()).toList();
    }
}
