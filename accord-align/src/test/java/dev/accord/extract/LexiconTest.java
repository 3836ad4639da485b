package dev.accord.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accord.core.text.Language;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LexiconTest {

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"NL", "FR"})
    void ordinalCuesAreTriedLongestFirstThenByPatternTheSameInEveryRun(Language language) {
        List<Cue> cues = List.copyOf(Lexicon.of(language).ordinals().keySet());
        assertTrue(cues.size() > 5, cues.toString());
        for (int k = 1; k < cues.size(); k++) {
            Cue before = cues.get(k - 1);
            Cue after = cues.get(k);
            int bySize = Integer.compare(after.slots().size(), before.slots().size());
            assertTrue(bySize < 0 || bySize == 0 && before.source().compareTo(after.source()) < 0,
                    before.source() + " before " + after.source());
        }
    }
}
