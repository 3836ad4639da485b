package dev.accord.spark;

import dev.accord.AccordPipeline;
import dev.accord.Bitext;
import dev.accord.core.text.Language;
import dev.accord.io.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Adapter that feeds texts held in memory to {@link AccordPipeline#loadPair}, which reads files:
 * each pair is written to the same two scratch files (created once per partition, overwritten for
 * every pair, deleted by {@link #close()}), so that the pair goes through exactly the command
 * line's reading, normalisation, language check and segmentation.
 *
 * <p>Design decision: this class exists only until the pipeline can load a pair from strings;
 * then {@link PairProcessor} calls that and this class is deleted. Error messages name the column
 * ({@code source_text}, {@code target_text}) where the reader would name the scratch file.
 *
 * <p>Not thread-safe: one instance per partition, used by one task thread.
 */
final class ScratchFileTexts implements AutoCloseable {

    private final Path directory;
    private final Path sourceFile;
    private final Path targetFile;

    private ScratchFileTexts(Path directory) {
        this.directory = directory;
        this.sourceFile = directory.resolve(PairColumns.SOURCE_TEXT);
        this.targetFile = directory.resolve(PairColumns.TARGET_TEXT);
    }

    /**
     * Creates the scratch directory in the JVM's temporary directory.
     *
     * @throws UncheckedIOException if it cannot be created
     */
    static ScratchFileTexts create() {
        try {
            return new ScratchFileTexts(Files.createTempDirectory("accord-spark-"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a scratch directory for the texts", e);
        }
    }

    /**
     * Reads, checks and segments a pair of texts as {@link AccordPipeline#loadPair} does for files.
     *
     * @throws InvalidInputException if a text cannot be used; {@link #describe} words it for a user
     * @throws UncheckedIOException if a scratch file cannot be written
     */
    Bitext loadPair(AccordPipeline pipeline, String source, Language sourceLanguage, String target,
            Language targetLanguage) throws InvalidInputException {
        write(sourceFile, source);
        write(targetFile, target);
        return pipeline.loadPair(sourceFile, sourceLanguage, targetFile, targetLanguage);
    }

    /**
     * Returns the message of an error of {@link #loadPair}, with the column names where it names
     * a scratch file: {@code source_text: the file is empty}.
     */
    String describe(InvalidInputException e) {
        return e.getMessage()
                .replace(sourceFile.toString(), PairColumns.SOURCE_TEXT)
                .replace(targetFile.toString(), PairColumns.TARGET_TEXT);
    }

    private static void write(Path file, String text) {
        try {
            Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the scratch file " + file, e);
        }
    }

    /** Deletes the scratch files and directory; a failure to delete is not an error. */
    @Override
    public void close() {
        for (Path p : new Path[] {sourceFile, targetFile, directory}) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // Left in the temporary directory, which the system cleans; the results are not affected.
            }
        }
    }
}
