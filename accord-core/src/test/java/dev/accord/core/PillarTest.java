package dev.accord.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accord.core.text.Language;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class PillarTest {

    @ParameterizedTest(name = "{0} is pillar {1}: {2} / {3} / {4}")
    @CsvSource(delimiter = '|', value = {
        "STRONGER_DEFENSE|1|Stronger defense|Sterkere verdediging|Défense renforcée",
        "NO_OFFENSE|2|No offense|Geen aanval|Pas d'offensive",
        "CAPACITY_BUILDING|3|Capacity building|Capaciteitsopbouw|Renforcement des capacités",
        "COLLECTIVE_ACTION|4|Collective action|Collectieve actie|Action collective"})
    void hasOfficialNumberAndNameInEnglishDutchAndFrench(Pillar pillar, int number, String en, String nl, String fr) {
        assertEquals(number, pillar.number());
        assertEquals(en, pillar.title(Language.EN));
        assertEquals(nl, pillar.title(Language.NL));
        assertEquals(fr, pillar.title(Language.FR));
    }

    @ParameterizedTest
    @EnumSource(Pillar.class)
    void hasADistinctOneSentenceDescriptionInEachLanguage(Pillar pillar) {
        for (Language language : Language.values()) {
            String description = pillar.description(language);
            assertTrue(description.endsWith("."), description);
            assertEquals(1, description.split("\\. ").length, description);
        }
        assertNotEquals(pillar.description(Language.EN), pillar.description(Language.NL));
        assertNotEquals(pillar.description(Language.EN), pillar.description(Language.FR));
        assertNotEquals(pillar.description(Language.NL), pillar.description(Language.FR));
    }

    @Test
    void descriptionsSayWhatEachPillarIsAbout() {
        assertTrue(Pillar.STRONGER_DEFENSE.description(Language.NL).contains("beschermen"));
        assertTrue(Pillar.NO_OFFENSE.description(Language.FR).contains("gouvernements"));
        assertTrue(Pillar.CAPACITY_BUILDING.description(Language.EN).contains("protect themselves"));
        assertTrue(Pillar.COLLECTIVE_ACTION.description(Language.FR).contains("chercheurs en sécurité"));
    }

    @Test
    void fallsBackToEnglishForOtherLanguages() {
        for (Pillar p : Pillar.values()) {
            assertEquals(p.title(Language.EN), p.title(Language.DE));
            assertEquals(p.description(Language.EN), p.description(Language.DE));
        }
    }

    @Test
    void rejectsNullLanguage() {
        assertEquals("language", assertThrows(NullPointerException.class, () -> Pillar.NO_OFFENSE.title(null)).getMessage());
        assertEquals("language", assertThrows(NullPointerException.class,
                () -> Pillar.NO_OFFENSE.description(null)).getMessage());
    }

    @Test
    void areFourInOfficialOrder() {
        assertEquals(4, Pillar.values().length);
        assertEquals(Arrays.asList(1, 2, 3, 4), Arrays.stream(Pillar.values()).map(Pillar::number).toList());
    }
}
