package dev.accord.io;

import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads a text file, or text in memory, into a {@link Document}: the first stage of the pipeline.
 *
 * <p>Contract of every implementation:
 * <ul>
 *   <li>The document text is the file decoded in the reader's charset, with a leading byte-order
 *       mark dropped, CRLF and lone CR turned into LF, and Unicode normalised to NFC. Every span of
 *       the document refers to that text.</li>
 *   <li>Paragraphs are maximal runs of non-blank lines (a blank line holds only white space), each
 *       trimmed of surrounding white space.</li>
 *   <li>In {@link InputFormat#TEXT} mode the document has no sentences; in
 *       {@link InputFormat#SENTENCES} mode each non-blank line, trimmed, is one sentence, numbered
 *       from 0 in file order.</li>
 *   <li>Input that cannot be used (missing, a directory, unreadable, empty or white space only,
 *       binary, not valid in the charset, too large) raises {@link InvalidInputException} naming the
 *       file and, for decoding errors, the byte offset and line; nothing is guessed or dropped.</li>
 * </ul>
 *
 * <p>Time and memory are linear in the file size. Implementations are immutable and thread-safe.
 */
public interface TextReader {

    /**
     * Reads {@code file} as a document in {@code language}.
     *
     * @param file the file to read; not null
     * @param language the declared language of the text; not null (it is not checked here: see
     *     {@link LanguageCheck})
     * @return the document, with paragraphs, and sentences in {@link InputFormat#SENTENCES} mode
     * @throws InvalidInputException if the file cannot be used; the message says why
     * @throws NullPointerException if an argument is null
     */
    Document read(Path file, Language language) throws InvalidInputException;

    /**
     * Reads text already in memory as a document in {@code language}, exactly as a file holding
     * it would be read once decoded: a leading byte-order mark dropped, line ends unified, NFC,
     * the same paragraphs (and sentences in {@link InputFormat#SENTENCES} mode), the same
     * refusals. The reader's charset plays no part. Errors call the input {@code text}.
     *
     * @throws InvalidInputException if the text cannot be used (empty, white space only, binary)
     * @throws NullPointerException if an argument is null
     */
    Document read(String text, Language language) throws InvalidInputException;

    /**
     * Reads all of {@code text} and then as {@link #read(String, Language)}; does not close it.
     *
     * @throws InvalidInputException if the text cannot be used or {@code text} fails
     * @throws NullPointerException if an argument is null
     */
    Document read(Reader text, Language language) throws InvalidInputException;

    /**
     * Reads all of {@code bytes} and decodes them in the reader's charset, exactly as a file of
     * these bytes; does not close the stream. Errors call the input {@code text}.
     *
     * @throws InvalidInputException if the bytes cannot be used or the stream fails
     * @throws NullPointerException if an argument is null
     */
    Document read(InputStream bytes, Language language) throws InvalidInputException;

    /**
     * Returns the standard reader for UTF-8 files in the given format.
     *
     * @throws NullPointerException if {@code format} is null
     */
    static TextReader of(InputFormat format) {
        return of(format, StandardCharsets.UTF_8);
    }

    /**
     * Returns the standard reader for files in the given format and charset.
     *
     * @throws NullPointerException if an argument is null
     */
    static TextReader of(InputFormat format, Charset charset) {
        return new DecodingTextReader(Objects.requireNonNull(format, "format"), Objects.requireNonNull(charset, "charset"));
    }
}
