package dev.accord.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the layout of {@code --input sentences} files in tests: one sentence a line, a blank
 * line between paragraphs.
 */
public final class SentenceFiles {

    private SentenceFiles() {
    }

    /** Returns the paragraphs of {@code text}, each a list of stripped sentence lines; blank runs count once. */
    public static List<List<String>> paragraphs(String text) {
        List<List<String>> paragraphs = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    paragraphs.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(line.strip());
            }
        }
        if (!current.isEmpty()) {
            paragraphs.add(current);
        }
        return paragraphs;
    }
}
