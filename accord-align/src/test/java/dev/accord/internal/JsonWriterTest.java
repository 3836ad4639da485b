package dev.accord.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accord.testing.Json;
import dev.accord.testing.RandomText;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonWriterTest {

    @Test
    void writesNestedObjectsAndArraysWithCommas() throws IOException {
        StringWriter out = new StringWriter();
        new JsonWriter(out).beginObject()
                .name("strict").beginObject().name("precision").value(0.5).name("f1").value(1.0).endObject()
                .name("ids").beginArray().value(0).value(1).beginArray().endArray().endArray()
                .name("ok").value(true).name("none").nullValue().name("text").value("a\"b")
                .endObject();
        assertEquals("{\"strict\":{\"precision\":0.5,\"f1\":1.0},\"ids\":[0,1,[]],\"ok\":true,\"none\":null,\"text\":\"a\\\"b\"}",
                out.toString());
        assertEquals(Map.of("precision", 0.5, "f1", 1.0), ((Map<?, ?>) Json.parse(out.toString())).get("strict"));
    }

    @Test
    void writesOneTopLevelValueALineForJsonLines() throws IOException {
        StringWriter out = new StringWriter();
        JsonWriter json = new JsonWriter(out);
        json.beginObject().name("a").value(1).endObject().newline();
        json.beginArray().endArray().newline();
        json.value("x").newline();
        assertEquals("{\"a\":1}\n[]\n\"x\"\n", out.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "quote and backslash | a\"b\\c           | \"a\\\"b\\\\c\"",
        "slash is plain       | a/b              | \"a/b\"",
        "short escapes        | `\t\n\r\b\f`     | \"\\t\\n\\r\\b\\f\"",
        "other controls       | `\u0007\u001f\u007f` | \"\\u0007\\u001f\\u007f\"",
        "line separators      | `\u2028\u2029`   | \"\\u2028\\u2029\"",
        "C1 controls, NEL     | `\u0080\u0085\u009f\u00a0` | \"\\u0080\\u0085\\u009f\u00a0\"",
        "emoji pair kept      | 😀               | \"😀\"",
        "lone high surrogate  | `a\uD83Db`       | \"a\\ufffdb\"",
        "lone low surrogate   | `a\uDE00b`       | \"a\\ufffdb\"",
        "reversed pair        | `\uDE00\uD83D`   | \"\\ufffd\\ufffd\"",
        "high at the end      | `a\uD83D`        | \"a\\ufffd\"",
        "right-to-left        | שלום ‮x          | \"שלום ‮x\"",
    })
    void escapesEverythingJsonOrUtf8CannotCarry(String what, String text, String expected) {
        assertEquals(expected, JsonWriter.quote(text));
    }

    @Test
    void nulIsEscaped() {
        assertEquals("\"a\\u0000b\"", JsonWriter.quote("a\u0000b"));
    }

    @Test
    void randomHostileStringsParseBackToThemselvesWithLoneSurrogatesReplaced() throws IOException {
        Random random = new Random(11);
        for (int i = 0; i < 500; i++) {
            String text = RandomText.hostile(random, random.nextInt(40));
            StringWriter out = new StringWriter();
            new JsonWriter(out).beginArray().value(text).endArray();
            assertEquals(List.of(withLoneSurrogatesReplaced(text)), Json.parse(out.toString()), "text #" + i);
            assertTrue(isWellFormed(out.toString()), "no lone surrogate in the output of text #" + i);
        }
    }

    @Test
    void misuseIsRejectedWithTheReason() {
        StringWriter out = new StringWriter();
        IllegalStateException noName = assertThrows(IllegalStateException.class,
                () -> new JsonWriter(out).beginObject().value(1));
        assertEquals("a value inside an object needs a name first", noName.getMessage());
        IllegalStateException nameInArray = assertThrows(IllegalStateException.class,
                () -> new JsonWriter(out).beginArray().name("x"));
        assertEquals("a name belongs inside an object, before a value: \"x\"", nameInArray.getMessage());
        IllegalStateException wrongEnd = assertThrows(IllegalStateException.class,
                () -> new JsonWriter(out).beginArray().endObject());
        assertEquals("cannot end OBJECT here: the open scope is ARRAY", wrongEnd.getMessage());
        IllegalStateException twoValues = assertThrows(IllegalStateException.class,
                () -> new JsonWriter(out).value(1).value(2));
        assertEquals("one top-level value per line: call newline() first", twoValues.getMessage());
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> new JsonWriter(out).value(Double.NaN));
        assertEquals("JSON numbers must be finite, got NaN", nan.getMessage());
    }

    private static String withLoneSurrogatesReplaced(String text) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                b.append(c).append(text.charAt(++i));
            } else {
                b.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return b.toString();
    }

    private static boolean isWellFormed(String s) {
        return withLoneSurrogatesReplaced(s).equals(s);
    }
}
