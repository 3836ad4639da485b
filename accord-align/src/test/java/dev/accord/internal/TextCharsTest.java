package dev.accord.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextCharsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "escape sequence      | `a\u001B]0;t\u0007b` | `a\\u001B]0;t\\u0007b`",
        "line breaks and tab  | `a\nb\rc\td`          | `a\\u000Ab\\u000Dc\\u0009d`",
        "DEL and C1 controls  | `a\u007F\u0085\u009Bb` | `a\\u007F\\u0085\\u009Bb`",
        "separators           | `a\u2028b\u2029c`     | `a\\u2028b\\u2029c`",
        "bidi overrides       | `a\u202Eb\u2066c\u2069` | `a\\u202Eb\\u2066c\\u2069`",
        "text kept            | `Genève «€» שלום 😀 \u00A0` | `Genève «€» שלום 😀 \u00A0`",
    })
    void printableEscapesWhatATerminalWouldActOn(String what, String text, String expected) {
        assertEquals(expected, TextChars.printable(text));
    }

    @Test
    void printableTextIsReturnedAsItIs() {
        String plain = "nl.txt: the file is empty";
        assertSame(plain, TextChars.printable(plain));
    }
}
