package dev.accord.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A word list bundled in the jar, kept the Lucene way: one entry a line,
 * blank lines and lines starting with {@code #} ignored, entries grouped under {@code [section]}
 * headers.
 *
 * <p>Every section the reader of a file needs must be present, even if it is empty, so that a
 * language states what it lacks instead of losing words to a typing error; a section the reader does
 * not know is an error too. Errors name the file (and the line where there is one): the file is
 * part of the jar, so each is a defect of the build and is thrown as {@link UncheckedIOException}.
 *
 * @param resource the file's path in the jar, e.g. {@code dev/accord/extract/nl/numbers.txt}
 * @param sections each section's entries in file order, by section name
 */
public record WordListFile(String resource, Map<String, List<Line>> sections) {

    /**
     * One entry of the file.
     *
     * @param number the 1-based line number
     * @param text the entry, stripped of surrounding white space; not empty
     */
    public record Line(int number, String text) {
    }

    /** Copies the sections. */
    public WordListFile {
        sections = Map.copyOf(sections);
    }

    /**
     * Reads {@code resource}, a path in the jar of this module, and checks that its sections are
     * exactly {@code expected}.
     *
     * @throws UncheckedIOException if the file is missing, unreadable, has an entry before its first
     *     section, lacks a section or has one not in {@code expected}; the message names the file
     */
    public static WordListFile load(String resource, Set<String> expected) {
        Map<String, List<Line>> sections = new LinkedHashMap<>();
        try (InputStream in = WordListFile.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException(
                        "word list " + resource + " is missing from the jar"));
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Line> current = null;
            int number = 0;
            for (String raw = reader.readLine(); raw != null; raw = reader.readLine()) {
                number++;
                String text = raw.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                if (text.startsWith("[") && text.endsWith("]")) {
                    String name = text.substring(1, text.length() - 1);
                    if (!expected.contains(name) || sections.containsKey(name)) {
                        throw error(resource, number, (sections.containsKey(name) ? "repeated" : "unknown")
                                + " section [" + name + "]; expected once each: " + expected);
                    }
                    current = new ArrayList<>();
                    sections.put(name, current);
                } else if (current == null) {
                    throw error(resource, number, "entry '" + text + "' before the first [section]");
                } else {
                    current.add(new Line(number, text));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + resource, e);
        }
        for (String name : expected) {
            if (!sections.containsKey(name)) {
                throw new UncheckedIOException(new IOException("word list " + resource
                        + " has no section [" + name + "] (write it empty if the language has no such words)"));
            }
        }
        return new WordListFile(resource, sections);
    }

    /** Returns the entries of section {@code name}, which {@link #load} guarantees to exist. */
    public List<Line> section(String name) {
        List<Line> lines = sections.get(name);
        if (lines == null) {
            throw new IllegalArgumentException("section [" + name + "] was not requested from " + resource);
        }
        return lines;
    }

    /** Returns the error for a bad entry, naming the file and the line. */
    public UncheckedIOException error(Line line, String message) {
        return error(resource, line.number(), message);
    }

    /** Returns an error about the file as a whole. */
    public UncheckedIOException error(String message) {
        return new UncheckedIOException(new IOException("word list " + resource + ": " + message));
    }

    private static UncheckedIOException error(String resource, int line, String message) {
        return new UncheckedIOException(new IOException(
                "word list " + resource + " line " + line + ": " + message));
    }
}
