package dev.accord.io;

import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import dev.accord.core.text.Sentence;
import dev.accord.core.text.TextSpan;
import dev.accord.internal.InputBytes;
import dev.accord.internal.TextChars;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The standard {@link TextReader}: reads the whole file, decodes it strictly (malformed or
 * unmappable input is an error, never a replacement character), normalises it and cuts it into
 * paragraphs, and in {@link InputFormat#SENTENCES} mode into sentences.
 *
 * <p>Design decision: the file is read in one go rather than streamed line by line, because the
 * {@link Document} holds the whole text anyway; every later pass is a single linear scan.
 */
final class DecodingTextReader implements TextReader {

    /** Text from memory is refused above this size, as files are ({@link InputBytes#MAX_BYTES}). */
    static final long MAX_BYTES = InputBytes.MAX_BYTES;

    /** What the messages call text read from memory rather than a file. */
    static final String TEXT = "text";

    /** More control characters than this share of the text means binary data. */
    private static final double MAX_CONTROL_SHARE = 0.05;

    /** ... but only once there are at least this many of them, so a stray one passes. */
    private static final int MIN_CONTROL_COUNT = 8;

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF32LE_BOM = {(byte) 0xFF, (byte) 0xFE, 0, 0};
    private static final byte[] UTF32BE_BOM = {0, 0, (byte) 0xFE, (byte) 0xFF};
    /** How many leading bytes are looked at to recognise UTF-16 or UTF-32 without a byte-order mark. */
    private static final int WIDE_SAMPLE = 200;

    private final InputFormat format;
    private final Charset charset;

    DecodingTextReader(InputFormat format, Charset charset) {
        this.format = format;
        this.charset = charset;
    }

    @Override
    public Document read(Path file, Language language) throws InvalidInputException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(language, "language");
        return parse(InputBytes.read(file, charset.equals(StandardCharsets.UTF_8)), file, language);
    }

    /** Decodes, normalises and cuts {@code bytes}, which came from {@code file} (for messages; may be null). */
    Document parse(byte[] bytes, Path file, Language language) throws InvalidInputException {
        if (bytes.length == 0) {
            throw new InvalidInputException(file, file == null ? "the text is empty" : "the file is empty");
        }
        return parse(decode(bytes, file), file, language);
    }

    /** Normalises and cuts decoded {@code text}, which came from {@code file} (for messages; may be null). */
    private Document parse(String decoded, Path file, Language language) throws InvalidInputException {
        if (decoded.isEmpty() && file == null) {
            throw new InvalidInputException(file, "the text is empty");
        }
        String text = normalise(decoded, file);
        if (TextChars.isBlank(text, 0, text.length())) {
            throw new InvalidInputException(file, (file == null ? "the text" : "the file") + " holds only white space, no text");
        }
        return cut(text, language);
    }

    @Override
    public Document read(String text, Language language) throws InvalidInputException {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        try {
            return parse(text, null, language);
        } catch (InvalidInputException e) {
            throw e.forInput(TEXT);
        }
    }

    @Override
    public Document read(Reader text, Language language) throws InvalidInputException {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        StringBuilder b = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            for (int n; (n = text.read(buffer)) >= 0; ) {
                if (b.length() + (long) n > MAX_BYTES) {
                    throw new InvalidInputException(TEXT, "is too large (more than " + MAX_BYTES + " characters)", null, null);
                }
                b.append(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new InvalidInputException(TEXT, "cannot be read: " + e.getMessage(), null, e);
        }
        return read(b.toString(), language);
    }

    @Override
    public Document read(InputStream bytes, Language language) throws InvalidInputException {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(language, "language");
        byte[] all;
        try {
            all = bytes.readNBytes((int) Math.min(MAX_BYTES + 1, Integer.MAX_VALUE - 16));
        } catch (IOException e) {
            throw new InvalidInputException(TEXT, "cannot be read: " + e.getMessage(), null, e);
        }
        if (all.length > MAX_BYTES) {
            throw new InvalidInputException(TEXT, "is too large (more than " + MAX_BYTES + " bytes)", null, null);
        }
        try {
            return parse(all, null, language);
        } catch (InvalidInputException e) {
            throw e.forInput(TEXT);
        }
    }

    private String decode(byte[] bytes, Path file) throws InvalidInputException {
        int start = 0;
        boolean utf8 = charset.equals(StandardCharsets.UTF_8);
        if (utf8) {
            if (startsWith(bytes, UTF8_BOM)) {
                start = UTF8_BOM.length;
            }
            rejectWideEncodings(bytes, file);
            // Binary data is usually invalid UTF-8 too; say "binary" first, it is the better message.
            InputBytes.requireNoNul(file, bytes, start, bytes.length);
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        long capacity = (long) Math.ceil(in.remaining() * (double) decoder.maxCharsPerByte()) + 16;
        CharBuffer out = CharBuffer.allocate((int) Math.min(capacity, Integer.MAX_VALUE - 16));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError() && !result.isOverflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            throw new InvalidInputException(file, "is not valid " + charset.name() + " at byte offset " + offset
                    + (utf8 ? " (line " + lineOf(bytes, offset) + ", byte 0x"
                            + String.format(Locale.ROOT, "%02X", bytes[offset] & 0xFF) + ")" : ""),
                    utf8 ? new InvalidInputException.Remedy.NameEncoding(Optional.empty()) : null,
                    codingException(result));
        }
        if (result.isOverflow()) {
            throw new InvalidInputException(file, "decodes to more text than can be held in memory");
        }
        out.flip();
        return out.toString();
    }

    /**
     * Refuses UTF-32 and UTF-16 read as UTF-8 with a message that names the encoding: a byte-order
     * mark, or text whose bytes are mostly NUL in a fixed pattern (ASCII letters without a mark:
     * three NULs in every four bytes for UTF-32, one in every two for UTF-16). UTF-32 is checked
     * first, because its little-endian mark {@code FF FE 00 00} begins with UTF-16's.
     */
    private static void rejectWideEncodings(byte[] bytes, Path file) throws InvalidInputException {
        if (startsWith(bytes, UTF32LE_BOM) || startsWith(bytes, UTF32BE_BOM)) {
            throw wide(file, "starts with a UTF-32 byte-order mark", "UTF-32");
        }
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw wide(file, "starts with a UTF-16 byte-order mark", "UTF-16");
        }
        int[] utf32Nuls = nulsByPosition(bytes, 4);
        if (mostlyNulExceptAt(utf32Nuls, 0)) {
            throw wide(file, "looks like UTF-32 text", "UTF-32LE");
        }
        if (mostlyNulExceptAt(utf32Nuls, 3)) {
            throw wide(file, "looks like UTF-32 text", "UTF-32BE");
        }
        int[] utf16Nuls = nulsByPosition(bytes, 2);
        if (mostlyNulExceptAt(utf16Nuls, 0)) {
            throw wide(file, "looks like UTF-16 text", "UTF-16LE");
        }
        if (mostlyNulExceptAt(utf16Nuls, 1)) {
            throw wide(file, "looks like UTF-16 text", "UTF-16BE");
        }
    }

    private static InvalidInputException wide(Path file, String reason, String charset) {
        return new InvalidInputException(file, reason, new InvalidInputException.Remedy.NameEncoding(Optional.of(charset)),
                null);
    }

    /**
     * Counts the NUL bytes among the first {@value #WIDE_SAMPLE} bytes by their position in a code
     * unit of {@code width} bytes; the last element is the number of code units sampled.
     */
    private static int[] nulsByPosition(byte[] bytes, int width) {
        int sample = Math.min(bytes.length, WIDE_SAMPLE) / width * width;
        int[] counts = new int[width + 1];
        for (int i = 0; i < sample; i++) {
            counts[i % width] += bytes[i] == 0 ? 1 : 0;
        }
        counts[width] = sample / width;
        return counts;
    }

    /**
     * Returns true if at least 70% of the code units have a NUL at every position but
     * {@code letter}, which is NUL in at most 10% of them, over at least 4 code units.
     */
    private static boolean mostlyNulExceptAt(int[] counts, int letter) {
        int units = counts[counts.length - 1];
        if (units < 4 || counts[letter] * 10 > units) {
            return false;
        }
        for (int i = 0; i < counts.length - 1; i++) {
            if (i != letter && counts[i] * 10 < units * 7) {
                return false;
            }
        }
        return true;
    }

    private static CharacterCodingException codingException(CoderResult result) {
        try {
            result.throwException();
        } catch (CharacterCodingException e) {
            return e;
        }
        return null;
    }

    private static String normalise(String decoded, Path file) throws InvalidInputException {
        // Every leading byte-order mark goes, not only the first: a file saved twice by tools that
        // each add one starts with several, and the text must never start with one.
        int marks = 0;
        while (marks < decoded.length() && decoded.charAt(marks) == '\uFEFF') {
            marks++;
        }
        String text = decoded.substring(marks);
        text = unifyLineBreaks(text);
        rejectBinary(text, file);
        if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            text = Normalizer.normalize(text, Normalizer.Form.NFC);
        }
        return text;
    }

    /** Turns CRLF and lone CR into LF, in one pass, only if there is a CR at all. */
    static String unifyLineBreaks(String text) {
        int cr = text.indexOf('\r');
        if (cr < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        sb.append(text, 0, cr);
        for (int i = cr; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                sb.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static void rejectBinary(String text, Path file) throws InvalidInputException {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new InvalidInputException(file, "looks like a binary file, not text (NUL character at character offset "
                        + i + ")");
            }
            if (isControl(c)) {
                controls++;
            }
        }
        if (controls >= MIN_CONTROL_COUNT && controls > MAX_CONTROL_SHARE * text.length()) {
            throw new InvalidInputException(file, String.format(Locale.ROOT,
                    "looks like a binary file, not text (%d of its %d characters are control characters)",
                    controls, text.length()));
        }
    }

    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\n' && c != '\t' && c != '\f' && c != 0x0B) || (c >= 0x7F && c <= 0x9F);
    }

    private Document cut(String text, Language language) {
        List<TextSpan> paragraphs = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        int paragraphStart = -1;
        int paragraphEnd = -1;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            int first = TextChars.skipSpace(text, lineStart, lineEnd);
            if (first == lineEnd) {
                if (paragraphStart >= 0) {
                    paragraphs.add(new TextSpan(paragraphStart, paragraphEnd));
                    paragraphStart = -1;
                }
            } else {
                int last = TextChars.trimEnd(text, first, lineEnd);
                if (paragraphStart < 0) {
                    paragraphStart = first;
                }
                paragraphEnd = last;
                if (format == InputFormat.SENTENCES) {
                    sentences.add(new Sentence(sentences.size(), paragraphs.size(), new TextSpan(first, last),
                            text.substring(first, last)));
                }
            }
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
        }
        if (paragraphStart >= 0) {
            paragraphs.add(new TextSpan(paragraphStart, paragraphEnd));
        }
        return new Document(language, text, paragraphs, sentences);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    @Override
    public String toString() {
        return "TextReader[" + format.cliName() + ", " + charset.name() + "]";
    }
}
