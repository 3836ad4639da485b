package dev.accord.internal;

import java.io.Flushable;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Objects;

/**
 * A small streaming writer of JSON (RFC 8259) text: objects, arrays, names and values, written
 * as they come, with commas and escaping taken care of.
 *
 * {@snippet :
 * JsonWriter json = new JsonWriter(out);
 * json.beginObject().name("f1").value(0.97).name("ids").beginArray().value(0).value(1).endArray().endObject();
 * // {"f1":0.97,"ids":[0,1]}
 * }
 *
 * <p>Strings are escaped so that the output is valid for any input: {@code "} and {@code \},
 * every control character ({@code U+0000..U+001F}, {@code U+007F..U+009F}, the latter with the
 * next line {@code U+0085}) and the line separators {@code U+2028}, {@code U+2029} are written as
 * escapes, so that a reader that splits lines on any Unicode line break still sees one value a line. A lone surrogate (half of a
 * broken character) cannot be encoded in UTF-8 and is written as {@code \uFFFD}, the replacement
 * character, as I-JSON (RFC 7493) asks. Numbers must be finite.
 *
 * <p>The writer checks the structure: a name only inside an object and before each value there,
 * a value only where one is expected, ends that match their beginnings; misuse throws
 * {@link IllegalStateException}. It writes no white space; use {@link #newline()} between
 * top-level values (JSON Lines). Not thread-safe. Not part of the API.
 */
public final class JsonWriter implements Flushable {

    private enum Scope { TOP, OBJECT, ARRAY }

    private final Appendable out;
    private final Deque<Scope> scopes = new ArrayDeque<>();
    private final Deque<Boolean> hasElements = new ArrayDeque<>();
    private boolean nameWritten;

    /**
     * Creates a writer of JSON to {@code out}.
     *
     * @throws NullPointerException if {@code out} is null
     */
    public JsonWriter(Appendable out) {
        this.out = Objects.requireNonNull(out, "out");
        scopes.push(Scope.TOP);
        hasElements.push(false);
    }

    /** Begins an object (an opening brace). */
    public JsonWriter beginObject() throws IOException {
        return begin(Scope.OBJECT, '{');
    }

    /** Ends the current object (a closing brace). */
    public JsonWriter endObject() throws IOException {
        return end(Scope.OBJECT, '}');
    }

    /** Begins an array: {@code [}. */
    public JsonWriter beginArray() throws IOException {
        return begin(Scope.ARRAY, '[');
    }

    /** Ends the current array: {@code ]}. */
    public JsonWriter endArray() throws IOException {
        return end(Scope.ARRAY, ']');
    }

    /**
     * Writes the name of the next member of the current object.
     *
     * @throws IllegalStateException if not inside an object, or a name is waiting for its value
     */
    public JsonWriter name(String name) throws IOException {
        Objects.requireNonNull(name, "name");
        if (scopes.peek() != Scope.OBJECT || nameWritten) {
            throw new IllegalStateException("a name belongs inside an object, before a value: \"" + name + "\"");
        }
        separate();
        string(out, name);
        out.append(':');
        nameWritten = true;
        return this;
    }

    /** Writes a string value, or {@code null} if {@code value} is null. */
    public JsonWriter value(CharSequence value) throws IOException {
        if (value == null) {
            return nullValue();
        }
        beforeValue();
        string(out, value);
        return this;
    }

    /** Writes an integer value. */
    public JsonWriter value(long value) throws IOException {
        beforeValue();
        out.append(Long.toString(value));
        return this;
    }

    /**
     * Writes a number value in its shortest exact form ({@code 0.97}, {@code 1.0}, {@code 1.0E-5}).
     *
     * @throws IllegalArgumentException if {@code value} is NaN or infinite, which JSON cannot express
     */
    public JsonWriter value(double value) throws IOException {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("JSON numbers must be finite, got " + value);
        }
        beforeValue();
        out.append(Double.toString(value));
        return this;
    }

    /** Writes {@code true} or {@code false}. */
    public JsonWriter value(boolean value) throws IOException {
        beforeValue();
        out.append(value ? "true" : "false");
        return this;
    }

    /** Writes {@code null}. */
    public JsonWriter nullValue() throws IOException {
        beforeValue();
        out.append("null");
        return this;
    }

    /**
     * Ends a top-level value with a line feed, so that the next one starts a new line (JSON Lines).
     *
     * @throws IllegalStateException if an object or array is still open
     */
    public JsonWriter newline() throws IOException {
        if (scopes.peek() != Scope.TOP) {
            throw new IllegalStateException("newline() between top-level values only; " + scopes.peek() + " still open");
        }
        out.append('\n');
        hasElements.pop();
        hasElements.push(false);
        return this;
    }

    /** Flushes the underlying stream if it can be flushed. */
    @Override
    public void flush() throws IOException {
        if (out instanceof Flushable f) {
            f.flush();
        }
    }

    /**
     * Returns {@code text} as a JSON string literal, quotes included, escaped as described in the
     * class comment.
     */
    public static String quote(CharSequence text) {
        StringBuilder b = new StringBuilder(text.length() + 2);
        try {
            string(b, text);
        } catch (IOException e) {
            throw new AssertionError("a StringBuilder does not throw", e);
        }
        return b.toString();
    }

    private static void string(Appendable out, CharSequence s) throws IOException {
        out.append('"');
        int n = s.length();
        int plain = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String escape = escape(s, i, c);
            if (escape != null) {
                out.append(s, plain, i).append(escape);
                plain = i + 1;
            } else if (Character.isHighSurrogate(c)) {
                i++; // a valid pair (escape() returned null): keep both halves
            }
        }
        out.append(s, plain, n).append('"');
    }

    /** Returns the escape for the char at {@code i}, or null to write it as it is. */
    private static String escape(CharSequence s, int i, char c) {
        switch (c) {
            case '"':
                return "\\\"";
            case '\\':
                return "\\\\";
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            case '\b':
                return "\\b";
            case '\f':
                return "\\f";
            default:
                break;
        }
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029') {
            return String.format(Locale.ROOT, "\\u%04x", (int) c);
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)) ? null : "\\ufffd";
        }
        if (Character.isLowSurrogate(c)) {
            return "\\ufffd"; // a low surrogate reached here has no high surrogate before it
        }
        return null;
    }

    private void beforeValue() throws IOException {
        Scope scope = scopes.peek();
        if (scope == Scope.OBJECT) {
            if (!nameWritten) {
                throw new IllegalStateException("a value inside an object needs a name first");
            }
            nameWritten = false;
            return;
        }
        if (scope == Scope.TOP && hasElements.peek()) {
            throw new IllegalStateException("one top-level value per line: call newline() first");
        }
        separate();
    }

    private void separate() throws IOException {
        boolean has = hasElements.pop();
        hasElements.push(true);
        if (has && scopes.peek() != Scope.TOP) {
            out.append(',');
        }
    }

    private JsonWriter begin(Scope scope, char open) throws IOException {
        beforeValue();
        out.append(open);
        scopes.push(scope);
        hasElements.push(false);
        return this;
    }

    private JsonWriter end(Scope scope, char close) throws IOException {
        if (scopes.peek() != scope || nameWritten) {
            throw new IllegalStateException("cannot end " + scope + " here: the open scope is " + scopes.peek()
                    + (nameWritten ? " and a name waits for its value" : ""));
        }
        scopes.pop();
        hasElements.pop();
        out.append(close);
        return this;
    }
}
