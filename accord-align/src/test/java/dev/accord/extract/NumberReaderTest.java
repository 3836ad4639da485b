package dev.accord.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accord.core.text.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class NumberReaderTest {

    /** Reads at word {@code from} of {@code sentence}, split at spaces as the tokenizer gives words. */
    private static String read(String lang, String sentence, int from) {
        return describe(NumberReader.of(Language.fromCode(lang)).read(words(sentence), from));
    }

    static List<String> words(String sentence) {
        return Arrays.asList(sentence.split(" "));
    }

    static String describe(Optional<CountPhrase> phrase) {
        return phrase.map(p -> p.value() + " " + p.qualifier() + " " + p.words()
                + (p.qualifierWords().size() > 0 ? " after " + p.qualifierWords() : "")).orElse("none");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl|vierendertig bedrijven|0|34 EXACT #0..#1",
        "nl|tweeenzestig|0|62 EXACT #0..#1",
        "nl|tweeënzestig|0|62 EXACT #0..#1",
        "nl|honderdvijftig|0|150 EXACT #0..#1",
        "nl|honderd vijftig bedrijven|0|150 EXACT #0..#2",
        "nl|vier en dertig bedrijven|0|34 EXACT #0..#3",
        "nl|vier-en-dertig|0|34 EXACT #0..#1",
        "nl|zeventig|0|70 EXACT #0..#1",
        "nl|eenentwintig|0|21 EXACT #0..#1",
        "nl|achttien|0|18 EXACT #0..#1",
        "nl|achtentachtig|0|88 EXACT #0..#1",
        "nl|honderdeneen|0|101 EXACT #0..#1",
        "nl|honderd en een|0|101 EXACT #0..#3",
        "nl|elfhonderd|0|1100 EXACT #0..#1",
        "nl|duizend|0|1000 EXACT #0..#1",
        "nl|tweeduizend|0|2000 EXACT #0..#1",
        "nl|tweeduizendvijfhonderdvierendertig|0|2534 EXACT #0..#1",
        "nl|drieduizend vijfhonderd|0|3500 EXACT #0..#2",
        "nl|negentienhonderd negentig|0|1990 EXACT #0..#2",
        "nl|een miljoen|0|1000000 EXACT #0..#2",
        "nl|nul|0|0 EXACT #0..#1",
        "fr|quatre-vingt-dix|0|90 EXACT #0..#1",
        "fr|quatre vingt dix entreprises|0|90 EXACT #0..#3",
        "fr|quatre-vingts|0|80 EXACT #0..#1",
        "fr|quatre vingts entreprises|0|80 EXACT #0..#2",
        "fr|quatre-vingt-un|0|81 EXACT #0..#1",
        "fr|quatre-vingt-onze|0|91 EXACT #0..#1",
        "fr|quatre-vingt-dix-neuf|0|99 EXACT #0..#1",
        "fr|cent cinquante|0|150 EXACT #0..#2",
        "fr|cent-cinquante|0|150 EXACT #0..#1",
        "fr|vingt et un|0|21 EXACT #0..#3",
        "fr|vingt-et-un|0|21 EXACT #0..#1",
        "fr|vingt et une entreprises|0|21 EXACT #0..#3",
        "fr|soixante-et-onze|0|71 EXACT #0..#1",
        "fr|soixante et onze|0|71 EXACT #0..#3",
        "fr|soixante-onze|0|71 EXACT #0..#1",
        "fr|soixante-dix|0|70 EXACT #0..#1",
        "fr|soixante dix sept|0|77 EXACT #0..#3",
        "fr|septante|0|70 EXACT #0..#1",
        "fr|septante-sept|0|77 EXACT #0..#1",
        "fr|nonante et un|0|91 EXACT #0..#3",
        "fr|trente-quatre|0|34 EXACT #0..#1",
        "fr|trente quatre|0|34 EXACT #0..#2",
        "fr|dix-sept|0|17 EXACT #0..#1",
        "fr|deux cents|0|200 EXACT #0..#2",
        "fr|deux cent trente|0|230 EXACT #0..#3",
        "fr|mille neuf cent quatre-vingt-dix|0|1990 EXACT #0..#4",
        "fr|deux mille dix-huit|0|2018 EXACT #0..#3",
        "fr|un million|0|1000000 EXACT #0..#2",
        "fr|zéro|0|0 EXACT #0..#1",
        "en|thirty-four|0|34 EXACT #0..#1",
        "en|thirty four companies|0|34 EXACT #0..#2",
        "en|one hundred and fifty|0|150 EXACT #0..#4",
        "en|one hundred fifty|0|150 EXACT #0..#3",
        "en|a hundred|0|100 EXACT #0..#2",
        "en|a hundred and fifty firms|0|150 EXACT #0..#4",
        "en|twenty-one|0|21 EXACT #0..#1",
        "en|ninety-nine|0|99 EXACT #0..#1",
        "en|nineteen hundred and ninety|0|1990 EXACT #0..#4",
        "en|two thousand five hundred|0|2500 EXACT #0..#4",
        "en|two thousand and five|0|2005 EXACT #0..#4",
        "en|a thousand|0|1000 EXACT #0..#2",
        "en|zero|0|0 EXACT #0..#1",
    })
    void numberWordsAreReadInEveryCompoundAndSplitForm(String lang, String sentence, int from, String expected) {
        assertEquals(expected, read(lang, sentence, from));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl|Zeventig|0|70 EXACT #0..#1",
        "nl|VIERENDERTIG|0|34 EXACT #0..#1",
        "nl|Tweeënzestig|0|62 EXACT #0..#1",
        "fr|Quatre-Vingt-Dix|0|90 EXACT #0..#1",
        "fr|QUATRE VINGT DIX|0|90 EXACT #0..#3",
        "fr|Plus De 80|2|80 MORE_THAN #2..#3 after #0..#2",
        "en|Thirty-Four|0|34 EXACT #0..#1",
        "en|ONE HUNDRED AND FIFTY|0|150 EXACT #0..#4",
        "en|At Least 30|2|30 AT_LEAST #2..#3 after #0..#2",
    })
    void caseAndAccentsDoNotMatter(String lang, String sentence, int from, String expected) {
        assertEquals(expected, read(lang, sentence, from));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl|een tiental bedrijven|0|10 ABOUT #0..#2",
        "nl|ruim een dertigtal bedrijven|1|30 MORE_THAN #1..#3 after #0..#1",
        "nl|zo'n tiental bedrijven|1|10 ABOUT #1..#2 after #0..#1",
        "nl|een honderdtal|0|100 ABOUT #0..#2",
        "nl|twee dozijn|0|24 ABOUT #0..#2",
        "fr|une centaine d'entreprises|0|100 ABOUT #0..#2",
        "fr|une vingtaine|0|20 ABOUT #0..#2",
        "fr|un millier|0|1000 ABOUT #0..#2",
        "fr|plus d'une centaine d'entreprises|1|100 MORE_THAN #1..#3 after #0..#1",
        "fr|moins d'une dizaine|1|10 FEWER_THAN #1..#3 after #0..#1",
        "fr|une bonne centaine|2|100 MORE_THAN #2..#3 after #0..#2",
        "en|a dozen companies|0|12 ABOUT #0..#2",
        "en|two dozen companies|0|24 ABOUT #0..#2",
        "en|about a dozen|1|12 ABOUT #1..#3 after #0..#1",
    })
    void nounsOfApproximateQuantityAreReadAsAbout(String lang, String sentence, int from, String expected) {
        assertEquals(expected, read(lang, sentence, from));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl|ruim anderhalf honderd namen|1|150 MORE_THAN #1..#3 after #0..#1",
        "nl|anderhalve miljoen klanten|0|1500000 EXACT #0..#2",
        "nl|anderhalfhonderd bedrijven|0|150 EXACT #0..#1",
        "en|half a hundred signatories|0|50 EXACT #0..#3",
        "en|half a dozen firms|0|6 ABOUT #0..#3",
        "en|a half dozen firms|0|6 ABOUT #0..#3",
        "fr|une demi-centaine d'entreprises|0|50 ABOUT #0..#2",
        "fr|une centaine et demie de signataires|0|150 ABOUT #0..#4",
        "fr|deux millions et demi d'utilisateurs|0|2500000 EXACT #0..#4",
    })
    void halvesBeforeOrAfterAHundredAScaleOrANounOfQuantityAreRead(String lang, String sentence, int from, String expected) {
        assertEquals(expected, read(lang, sentence, from));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en|half of the signatories|0",
        "en|half the companies|0",
        "nl|anderhalf jaar later|0",
        "en|half an hour later|0",
    })
    void aHalfBeforeAnythingButANumberIsNoNumber(String lang, String sentence, int from) {
        assertEquals("none", read(lang, sentence, from));
    }

    @org.junit.jupiter.api.Test
    void aFrenchOneBeforeAHalfOfSomethingElseIsReadAloneAsOne() {
        assertEquals("1 EXACT #0..#1", read("fr", "une demi-heure plus tard", 0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl|honderden bedrijven|0",
        "nl|tientallen bedrijven|0",
        "nl|duizenden bedrijven|0",
        "fr|des centaines d'entreprises|1",
        "fr|des dizaines d'entreprises|1",
        "fr|des milliers d'entreprises|1",
        "en|hundreds of companies|0",
        "en|dozens of companies|0",
        "en|thousands of companies|0",
    })
    void pluralsOfVagueQuantityStateNoNumber(String lang, String sentence, int from) {
        assertEquals("none", read(lang, sentence, from));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl|meer dan 150 bedrijven|2|150 MORE_THAN #2..#3 after #0..#2",
        "nl|ruim 150 bedrijven|1|150 MORE_THAN #1..#2 after #0..#1",
        "nl|bijna tachtig|1|80 ABOUT #1..#2 after #0..#1",
        "nl|ongeveer veertig|1|40 ABOUT #1..#2 after #0..#1",
        "nl|zo'n 40|1|40 ABOUT #1..#2 after #0..#1",
        "nl|zon 40|1|40 ABOUT #1..#2 after #0..#1",
        "nl|circa 40|1|40 ABOUT #1..#2 after #0..#1",
        "nl|minstens dertig|1|30 AT_LEAST #1..#2 after #0..#1",
        "nl|ten minste 30|2|30 AT_LEAST #2..#3 after #0..#2",
        "nl|minder dan twintig|2|20 FEWER_THAN #2..#3 after #0..#2",
        "nl|hooguit tien|1|10 AT_MOST #1..#2 after #0..#1",
        "nl|niet meer dan 30|3|30 AT_MOST #3..#4 after #0..#3",
        "nl|niet minder dan 30|3|30 AT_LEAST #3..#4 after #0..#3",
        "nl|tot 50 bedrijven|1|50 AT_MOST #1..#2 after #0..#1",
        "nl|precies 34|1|34 EXACT #1..#2 after #0..#1",
        "nl|de 34 bedrijven|1|34 EXACT #1..#2",
        "fr|plus de 80 entreprises|2|80 MORE_THAN #2..#3 after #0..#2",
        "fr|plus de quatre-vingts entreprises|2|80 MORE_THAN #2..#3 after #0..#2",
        "fr|près de 100|2|100 ABOUT #2..#3 after #0..#2",
        "fr|environ quarante|1|40 ABOUT #1..#2 after #0..#1",
        "fr|quelque 80 entreprises|1|80 ABOUT #1..#2 after #0..#1",
        "fr|au moins 30|2|30 AT_LEAST #2..#3 after #0..#2",
        "fr|pas moins de 30|3|30 AT_LEAST #3..#4 after #0..#3",
        "fr|moins de 20|2|20 FEWER_THAN #2..#3 after #0..#2",
        "fr|pas plus de 10|3|10 AT_MOST #3..#4 after #0..#3",
        "fr|jusqu'à 50|1|50 AT_MOST #1..#2 after #0..#1",
        "fr|au-delà de 100|2|100 MORE_THAN #2..#3 after #0..#2",
        "fr|au delà de 100|3|100 MORE_THAN #3..#4 after #0..#3",
        "en|more than 80|2|80 MORE_THAN #2..#3 after #0..#2",
        "en|over 80 companies|1|80 MORE_THAN #1..#2 after #0..#1",
        "en|nearly eighty|1|80 ABOUT #1..#2 after #0..#1",
        "en|about 80|1|80 ABOUT #1..#2 after #0..#1",
        "en|around 80|1|80 ABOUT #1..#2 after #0..#1",
        "en|some 80|1|80 ABOUT #1..#2 after #0..#1",
        "en|roughly 80|1|80 ABOUT #1..#2 after #0..#1",
        "en|at least thirty|2|30 AT_LEAST #2..#3 after #0..#2",
        "en|fewer than 20|2|20 FEWER_THAN #2..#3 after #0..#2",
        "en|less than 20|2|20 FEWER_THAN #2..#3 after #0..#2",
        "en|up to 50|2|50 AT_MOST #2..#3 after #0..#2",
        "en|no more than 30|3|30 AT_MOST #3..#4 after #0..#3",
        "en|no fewer than 30|3|30 AT_LEAST #3..#4 after #0..#3",
        "en|more than thirty-four|2|34 MORE_THAN #2..#3 after #0..#2",
    })
    void theLongestQualifierBeforeTheNumberIsKept(String lang, String sentence, int from, String expected) {
        assertEquals(expected, read(lang, sentence, from));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl|34 bedrijven|0|34 EXACT #0..#1",
        "nl|1.000 bedrijven|0|1000 EXACT #0..#1",
        "nl|1.000.000|0|1000000 EXACT #0..#1",
        "nl|1 000 bedrijven|0|1000 EXACT #0..#2",
        "nl|1,5 miljoen|0|1500000 EXACT #0..#2",
        "nl|2 miljard|0|2000000000 EXACT #0..#2",
        "nl|in 2018 100 bedrijven|1|2018 EXACT #1..#2",
        "fr|34 000 salariés|0|34000 EXACT #0..#2",
        "fr|1.000 entreprises|0|1000 EXACT #0..#1",
        "fr|2,5 millions|0|2500000 EXACT #0..#2",
        "en|1,000 companies|0|1000 EXACT #0..#1",
        "en|1,000,000|0|1000000 EXACT #0..#1",
        "en|2.5 million|0|2500000 EXACT #0..#2",
        "en|1 000|0|1000 EXACT #0..#2",
    })
    void digitsAreReadWithTheLanguagesSeparators(String lang, String sentence, int from, String expected) {
        assertEquals(expected, read(lang, sentence, from));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl|1,000",
        "nl|1,5",
        "en|1.000",
        "en|2.5",
        "fr|1,5",
        "nl|34e",
        "en|1st",
        "nl|12345678901234567890",
    })
    void decimalsForeignGroupingAndOrdinalDigitsAreNotRead(String lang, String sentence) {
        assertEquals("none", read(lang, sentence, 0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl|eenmaal", "nl|tweede", "nl|vieren", "nl|Tienen", "nl|achtste", "nl|eenentwintigste",
        "nl|honderdste", "nl|en", "nl|bedrijven", "nl|ondertekend", "nl|zon",
        "fr|premier", "fr|deuxième", "fr|vingtième", "fr|et", "fr|centre", "fr|septembre", "fr|milles",
        "fr|entreprises", "fr|d'entreprises",
        "en|first", "en|second", "en|tenth", "en|and", "en|a", "en|often", "en|none", "en|someone",
        "en|ones", "en|companies",
    })
    void wordsThatOnlyLookLikeNumbersAreNotRead(String lang, String word) {
        assertEquals("none", read(lang, word + " bedrijven", 0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl|een bedrijf|0|1 EXACT #0..#1",
        "nl|een en ander|0|1 EXACT #0..#1",
        "fr|une entreprise|0|1 EXACT #0..#1",
        "fr|un accord|0|1 EXACT #0..#1",
        "fr|neuf entreprises|0|9 EXACT #0..#1",
        "en|one of them|0|1 EXACT #0..#1",
    })
    void articlesAndOtherNumberWordsAreReadAsTheirValueForTheCallerToJudge(String lang, String sentence, int from,
            String expected) {
        assertEquals(expected, read(lang, sentence, from));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl|twintig en meer|0|20 EXACT #0..#1",
        "nl|twee en drie|0|2 EXACT #0..#1",
        "nl|vier en|0|4 EXACT #0..#1",
        "fr|vingt et quelques|0|20 EXACT #0..#1",
        "fr|trois et quatre|0|3 EXACT #0..#1",
        "en|fifty and more|0|50 EXACT #0..#1",
        "en|one two three|0|1 EXACT #0..#1",
        "en|twenty thirty|0|20 EXACT #0..#1",
        "en|a lot|0|none",
        "fr|cent cent|0|100 EXACT #0..#1",
    })
    void aNumberEndsAtTheLastWordThatCompletesIt(String lang, String sentence, int from, String expected) {
        assertEquals(expected, read(lang, sentence, from));
    }

    @Test
    void thePhraseCoversTheQualifierAndTheNumber() {
        CountPhrase p = NumberReader.of(Language.FR).read(words("signé par plus de quatre vingt dix entreprises"), 4)
                .orElseThrow();
        assertEquals("#2..#7", p.phrase().toString());
        assertEquals(90, p.value());
    }

    @Test
    void germanIsRefusedWithAClearMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NumberReader.of(Language.DE));
        assertEquals("numbers are read in nl, fr and en; no number words for German (de)", e.getMessage());
    }

    @Test
    void aStartOutsideTheWordsIsRejected() {
        NumberReader reader = NumberReader.of(Language.NL);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> reader.read(List.of("34"), 1));
        assertEquals("from must be an index of the 1 words, got 1", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> reader.read(List.of(), 0));
        assertThrows(NullPointerException.class, () -> reader.read(null, 0));
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"NL", "FR", "EN"})
    void everySpanReadIsReadAgainAloneToTheSameValue(Language language) {
        NumberReader reader = NumberReader.of(language);
        List<String> pool = List.of("een", "en", "twintig", "honderd", "duizend", "vier", "dertig", "meer", "dan",
                "quatre", "vingt", "dix", "et", "un", "cent", "mille", "plus", "de", "d'une", "centaine", "soixante",
                "one", "hundred", "and", "fifty", "a", "thousand", "dozen", "more", "than", "34", "1.000", "1,000",
                "000", "miljoen", "million", "bedrijven", "-", "tiental", "zero", "nul");
        Random random = new Random(11);
        for (int n = 0; n < 2000; n++) {
            List<String> words = new ArrayList<>();
            for (int k = 1 + random.nextInt(8); k > 0; k--) {
                words.add(pool.get(random.nextInt(pool.size())));
            }
            for (int from = 0; from < words.size(); from++) {
                Optional<CountPhrase> phrase = reader.read(words, from);
                if (phrase.isEmpty()) {
                    continue;
                }
                CountPhrase p = phrase.get();
                String where = words + " from " + from;
                assertEquals(from, p.words().start(), where);
                assertTrue(p.words().end() <= words.size() && p.value() >= 0, where);
                Optional<CountPhrase> alone = reader.read(words.subList(from, p.words().end()), 0);
                assertEquals(Optional.of(p.value()), alone.map(CountPhrase::value), where);
                assertEquals(p.words().size(), alone.get().words().size(), where);
            }
        }
    }
}
