package dev.accord.cli;

import dev.accord.core.text.Language;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One pair of a batch: a source text, its translation and the name its outputs take in the
 * output folder; immutable.
 *
 * @param name the base name of the outputs ({@code NAME.tsv}, {@code NAME.html}, ...): not empty,
 *     no path separator, not starting with a dot
 * @param source the source text
 * @param sourceLanguage its language
 * @param target the translation
 * @param targetLanguage its language
 */
record BatchPair(String name, Path source, Language sourceLanguage, Path target, Language targetLanguage) {

    /**
     * Validates the values.
     *
     * @throws NullPointerException if a value is null
     * @throws IllegalArgumentException if the name cannot be a file name in the output folder, or
     *     both languages are the same; the message quotes it
     */
    BatchPair {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceLanguage, "sourceLanguage");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(targetLanguage, "targetLanguage");
        String problem = nameProblem(name);
        if (problem != null) {
            throw new IllegalArgumentException("output name '" + name + "' " + problem);
        }
        if (sourceLanguage == targetLanguage) {
            throw new IllegalArgumentException("source and target are both " + sourceLanguage.englishName());
        }
    }

    /** Returns what is wrong with {@code name} as an output base name, or null if nothing is. */
    static String nameProblem(String name) {
        if (name.isBlank()) {
            return "is empty";
        }
        if (name.startsWith(".")) {
            return "starts with a dot (hidden files are the batch's temporary files)";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '/' || c == '\\' || c == ':' || c < ' ' || c == 0x7f) {
                return "holds a path separator or control character";
            }
        }
        if (name.equalsIgnoreCase(BatchRunner.INDEX_NAME) || name.equalsIgnoreCase(BatchRunner.LOG_NAME)) {
            return "is taken by the batch's own files";
        }
        return null;
    }
}
