package dev.accord.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.accord.core.Pillar;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PillarStatementTest {

    @Test
    void holdsAPillarStatedOverSeveralSentences() {
        PillarStatement s = new PillarStatement(Pillar.COLLECTIVE_ACTION, List.of(11, 12));
        assertEquals(Pillar.COLLECTIVE_ACTION, s.pillar());
        assertEquals(List.of(11, 12), s.sentences());
    }

    @Test
    void rejectsNoSentence() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PillarStatement(Pillar.NO_OFFENSE, List.of()));
        assertEquals("NO_OFFENSE needs at least one sentence", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"3,2", "4,4", "-1,2"})
    void rejectsSentencesNotStrictlyAscendingFromZero(String ids) {
        List<Integer> sentences = Arrays.stream(ids.split(",")).map(Integer::valueOf).toList();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PillarStatement(Pillar.NO_OFFENSE, sentences));
        assertEquals("NO_OFFENSE sentences must be ascending, distinct and >= 0, got " + sentences, e.getMessage());
    }

    @Test
    void rejectsNulls() {
        assertEquals("pillar", assertThrows(NullPointerException.class,
                () -> new PillarStatement(null, List.of(1))).getMessage());
        assertEquals("NO_OFFENSE sentence index is null", assertThrows(NullPointerException.class,
                () -> new PillarStatement(Pillar.NO_OFFENSE, Arrays.asList(1, null))).getMessage());
    }
}
