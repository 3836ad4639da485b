package dev.accord.align;

import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import dev.accord.core.text.Sentence;
import dev.accord.core.text.TextSpan;
import dev.accord.testing.SentenceFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Builds segmented documents for aligner tests without going through a reader. */
final class TestDocuments {

    private TestDocuments() {
    }

    /** Returns a document whose paragraphs hold the given sentences, paragraphs joined by a blank line. */
    static Document of(Language language, List<List<String>> paragraphs) {
        StringBuilder text = new StringBuilder();
        List<TextSpan> spans = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        for (List<String> paragraph : paragraphs) {
            if (!spans.isEmpty()) {
                text.append("\n\n");
            }
            int start = text.length();
            for (int k = 0; k < paragraph.size(); k++) {
                if (k > 0) {
                    text.append('\n');
                }
                int s = text.length();
                text.append(paragraph.get(k));
                sentences.add(new Sentence(sentences.size(), spans.size(), new TextSpan(s, text.length()),
                        paragraph.get(k)));
            }
            spans.add(new TextSpan(start, text.length()));
        }
        return new Document(language, text.toString(), spans, sentences);
    }

    /** Returns a document of one paragraph. */
    static Document sentences(Language language, String... sentences) {
        return sentences.length == 0 ? of(language, List.of()) : of(language, List.of(List.of(sentences)));
    }

    /**
     * Reads a file with one sentence a line, a blank line between paragraphs (the layout of
     * {@code --input sentences}).
     */
    static Document read(Path file, Language language) throws IOException {
        return of(language, SentenceFiles.paragraphs(Files.readString(file, StandardCharsets.UTF_8)));
    }

    /** Returns {@code count} random sentences of pseudo-words, seeded, in paragraphs of 1 to 5. */
    static Document random(Language language, Random random, int count) {
        List<List<String>> paragraphs = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int words = 1 + random.nextInt(25);
            StringBuilder s = new StringBuilder();
            for (int w = 0; w < words; w++) {
                if (w > 0) {
                    s.append(' ');
                }
                int letters = 1 + random.nextInt(9);
                for (int l = 0; l < letters; l++) {
                    s.append((char) ('a' + random.nextInt(26)));
                }
                if (random.nextInt(12) == 0) {
                    s.append(' ').append(random.nextInt(2000));
                }
            }
            s.append('.');
            current.add(s.toString());
            if (random.nextInt(4) == 0) {
                paragraphs.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            paragraphs.add(current);
        }
        return of(language, paragraphs);
    }
}
