package dev.accord.bench.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accord.core.align.Bead;
import dev.accord.eval.BeadFileReader;
import dev.accord.testing.SharedMaterial;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextBergPairsTest {

    @TempDir
    Path dir;

    @Test
    void theDocumentsAreCutAtBeadBoundariesIntoPairsOfTheAskedLengthLosingNothing() throws Exception {
        Path set = SharedMaterial.requireShared("benchmarks/textberg-de-fr");
        List<TextBergPairs.Pair> pairs = TextBergPairs.build(set, 3, 100, 300);
        int goldBeads = 0;
        for (String name : TextBergPairs.DOCUMENTS) {
            goldBeads += BeadFileReader.read(set.resolve(name + ".defr")).size();
        }
        assertEquals(3 * 1459, pairs.stream().mapToInt(p -> p.german().size()).sum());
        assertEquals(3 * 1565, pairs.stream().mapToInt(p -> p.french().size()).sum());
        assertEquals(3 * goldBeads, pairs.stream().mapToInt(p -> p.gold().size()).sum());
        for (TextBergPairs.Pair p : pairs) {
            assertTrue(p.german().size() >= 100 && p.german().size() <= 330, () -> p.german().size() + " sentences");
            for (Bead b : p.gold()) {
                assertTrue(b.source().stream().allMatch(i -> i < p.german().size())
                        && b.target().stream().allMatch(j -> j < p.french().size()), b::toString);
            }
        }
        assertEquals(pairs, TextBergPairs.build(set, 3, 100, 300), "the same pairs every time");
    }

    @Test
    void theWrittenFolderIsOneSentenceALineWithItsGold() throws Exception {
        Path set = SharedMaterial.requireShared("benchmarks/textberg-de-fr");
        List<TextBergPairs.Pair> pairs = TextBergPairs.build(set, 1, 100, 300);
        TextBergPairs.write(pairs, dir);
        assertEquals(pairs.get(0).german(), Files.readAllLines(dir.resolve("0000.de.txt")));
        assertEquals(pairs.get(0).french(), Files.readAllLines(dir.resolve("0000.fr.txt")));
        assertEquals(pairs.get(0).gold(), BeadFileReader.read(dir.resolve("0000.defr"), pairs.get(0).german().size(),
                pairs.get(0).french().size()));
    }
}
