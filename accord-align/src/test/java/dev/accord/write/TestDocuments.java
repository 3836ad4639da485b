package dev.accord.write;

import dev.accord.core.align.Alignment;
import dev.accord.core.align.Bead;
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
import java.util.Random;

/** Documents and alignments for writer tests. */
final class TestDocuments {

    private TestDocuments() {
    }

    /** Returns a document with one paragraph per sentence, paragraphs separated by a blank line. */
    static Document of(Language language, List<String> sentences) {
        StringBuilder text = new StringBuilder();
        List<TextSpan> paragraphs = new ArrayList<>();
        List<Sentence> list = new ArrayList<>();
        for (String s : sentences) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            TextSpan span = new TextSpan(text.length(), text.length() + s.length());
            paragraphs.add(span);
            list.add(new Sentence(list.size(), paragraphs.size() - 1, span, s));
            text.append(s);
        }
        return new Document(language, text.toString(), paragraphs, list);
    }

    /** Returns the non-blank lines of a seed resource ({@code /seed/nl.sentences.txt}) as a document. */
    static Document seed(Language language) {
        return of(language, resourceLines("/seed/" + language.iso639_1() + ".sentences.txt").stream()
                .filter(l -> !l.isBlank()).toList());
    }

    /** Returns the seed gold alignment, each bead with score 1. */
    static Alignment seedGold(Document source, Document target) {
        List<Bead> beads = new ArrayList<>();
        for (String line : resourceLines("/seed/alignment.gold")) {
            if (!line.isBlank()) {
                String[] sides = line.strip().split(":");
                beads.add(Bead.of(ids(sides[0]), ids(sides[1])));
            }
        }
        return Alignment.of(source, target, beads);
    }

    private static List<Integer> ids(String list) {
        String inner = list.substring(1, list.length() - 1).strip();
        return inner.isEmpty() ? List.of() : List.of(inner.split(",\\s*")).stream().map(Integer::valueOf).toList();
    }

    private static List<String> resourceLines(String name) {
        try (InputStream in = TestDocuments.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("test resource missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns a random monotonic alignment with beads of up to three sentences a side, some one-sided. */
    static Alignment randomAlignment(Random random, int sourceSize, int targetSize) {
        List<Bead> beads = new ArrayList<>();
        int s = 0;
        int t = 0;
        while (s < sourceSize || t < targetSize) {
            int ns = Math.min(sourceSize - s, random.nextInt(4));
            int nt = Math.min(targetSize - t, random.nextInt(4));
            if (ns == 0 && nt == 0) {
                continue;
            }
            beads.add(Bead.ofRanges(s, ns, t, nt, random.nextDouble()));
            s += ns;
            t += nt;
        }
        return new Alignment(sourceSize, targetSize, beads);
    }
}
