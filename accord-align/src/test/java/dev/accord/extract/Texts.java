package dev.accord.extract;

import dev.accord.core.Accord;
import dev.accord.core.Role;
import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import dev.accord.core.text.Sentence;
import dev.accord.core.text.TextSpan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Builds segmented documents for tests: one sentence a line, a blank line between paragraphs. */
final class Texts {

    private Texts() {
    }

    /**
     * Returns the companies that extraction finds in {@code lines} about the accord (see
     * {@link #aboutTheAccord}), each as {@code Name:ROLE+ROLE}, in the order found, joined by spaces.
     */
    static String roles(Language language, String lines) {
        return Extraction.extractor(Accord.cybersecurityTechAccord())
                .extract(sentences(language, aboutTheAccord(language, lines))).companies().stream()
                .map(c -> c.name() + ":" + c.roles().stream().map(Role::name).collect(Collectors.joining("+")))
                .collect(Collectors.joining(" "));
    }

    /**
     * Returns {@code lines} with a last paragraph that names the Cybersecurity Tech Accord, so that
     * the text speaks of the accord: without it, extraction gives no roles, pillars or facts. The
     * sentence adds no company, pillar or fact, and comes last so that indices do not move.
     */
    static String aboutTheAccord(Language language, String lines) {
        String sentence = switch (language) {
            case NL -> "Het gaat om het Cybersecurity Tech Accord.";
            case FR -> "Il s'agit du Cybersecurity Tech Accord.";
            case EN -> "This is the Cybersecurity Tech Accord.";
            case DE -> "Es geht um den Cybersecurity Tech Accord.";
        };
        return lines.stripTrailing() + "\n\n" + sentence;
    }

    /** Returns a document of the given lines: each non-blank line a sentence, blank lines end paragraphs. */
    static Document sentences(Language language, String lines) {
        StringBuilder text = new StringBuilder();
        List<TextSpan> paragraphs = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        int paragraphStart = -1;
        for (String line : lines.split("\n", -1)) {
            String s = line.strip();
            if (s.isEmpty()) {
                if (paragraphStart >= 0) {
                    paragraphs.add(new TextSpan(paragraphStart, text.length()));
                    paragraphStart = -1;
                }
                continue;
            }
            if (paragraphStart < 0) {
                if (text.length() > 0) {
                    text.append("\n\n");
                }
                paragraphStart = text.length();
            } else {
                text.append(' ');
            }
            int start = text.length();
            text.append(s);
            sentences.add(new Sentence(sentences.size(), paragraphs.size(), new TextSpan(start, text.length()), s));
        }
        if (paragraphStart >= 0) {
            paragraphs.add(new TextSpan(paragraphStart, text.length()));
        }
        return new Document(language, text.toString(), paragraphs, sentences);
    }

    /** Returns the gold-segmented seed article of {@code language} from the test resources. */
    static Document seed(Language language) {
        String name = "/seed/" + language.iso639_1() + ".sentences.txt";
        try (InputStream in = Texts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " missing from the test resources");
            }
            return sentences(language, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
