package dev.accord.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import dev.accord.core.text.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * NumberReader against a spelling it did not write: ICU's spell-out formatter writes each number
 * (0 to 1999, then a seeded sample up to a million), and the reader must read it back whole, as
 * one word per space, split at hyphens too, and in upper case.
 */
class NumberReaderSpellingTest {

    /** Values above the exhaustive range, drawn with a fixed seed. */
    private static final int SAMPLE = 400;

    private static List<Long> values() {
        Random random = new Random(2018);
        List<Long> values = new ArrayList<>(LongStream.range(0, 2000).boxed().toList());
        for (int i = 0; i < SAMPLE; i++) {
            values.add(2000 + (long) random.nextInt(998_000));
        }
        return values;
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"NL", "FR", "EN"})
    void everyNumberIcuSpellsIsReadBackWholeInEachTokenisation(Language language) {
        RuleBasedNumberFormat icu = new RuleBasedNumberFormat(new ULocale(language.iso639_1()),
                RuleBasedNumberFormat.SPELLOUT);
        NumberReader reader = NumberReader.of(language);
        List<String> wrong = new ArrayList<>();
        for (long value : values()) {
            String spelled = NumberReader.form(icu.format(value).replace("\u00ad", "")); // ICU's soft hyphens
            for (String variant : List.of(spelled, spelled.replace('-', ' '), spelled.toUpperCase(Locale.ROOT))) {
                List<String> words = new ArrayList<>(Arrays.asList(variant.split(" ")));
                words.add("bedrijven");
                Optional<CountPhrase> read = reader.read(words, 0);
                String got = NumberReaderTest.describe(read);
                String want = value + " EXACT #0..#" + (words.size() - 1);
                if (!got.equals(want)) {
                    wrong.add("'" + variant + "' read as " + got + ", want " + want);
                }
            }
        }
        assertEquals(List.of(), wrong.subList(0, Math.min(20, wrong.size())), wrong.size() + " wrong");
    }
}
