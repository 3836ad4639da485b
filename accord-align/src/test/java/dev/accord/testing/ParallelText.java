package dev.accord.testing;

import dev.accord.core.align.Bead;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;

/**
 * A seeded random parallel text with its true alignment: source sentences of pseudo-words, and a
 * target side in which each word has a fixed, slightly longer "translation" and some sentences
 * are split in two or merged with the next. For randomised tests of aligners and scorers.
 *
 * @param source the source sentences, in order
 * @param target the target sentences, in order
 * @param truth the beads that pair them, covering every sentence of both sides once, in order
 */
public record ParallelText(List<String> source, List<String> target, List<Bead> truth) {

    /** Checks and copies the values. */
    public ParallelText {
        source = List.copyOf(source);
        target = List.copyOf(target);
        truth = List.copyOf(truth);
    }

    /**
     * Returns a parallel text of about {@code sentences} source sentences.
     *
     * @param random the seeded source of randomness
     * @param sentences how many source sentences, at least 1
     * @param reshapeRate the share of source sentences that are split in two or merged with the
     *     next on the target side, 0 to 1
     */
    public static ParallelText generate(Random random, int sentences, double reshapeRate) {
        Objects.requireNonNull(random, "random");
        if (sentences < 1 || !(reshapeRate >= 0 && reshapeRate <= 1)) {
            throw new IllegalArgumentException("sentences " + sentences + ", reshapeRate " + reshapeRate);
        }
        List<List<String>> words = new ArrayList<>();
        for (int i = 0; i < sentences; i++) {
            List<String> sentence = new ArrayList<>();
            int count = 2 + random.nextInt(24);
            for (int w = 0; w < count; w++) {
                sentence.add(word(random));
            }
            words.add(sentence);
        }
        List<String> source = new ArrayList<>();
        List<String> target = new ArrayList<>();
        List<Bead> truth = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            double roll = random.nextDouble();
            List<String> s = words.get(i);
            if (roll < reshapeRate / 2 && s.size() >= 4) {
                int cut = s.size() / 2;
                source.add(sentence(s));
                target.add(sentence(translate(s.subList(0, cut))));
                target.add(sentence(translate(s.subList(cut, s.size()))));
                truth.add(Bead.of(List.of(source.size() - 1), List.of(target.size() - 2, target.size() - 1)));
            } else if (roll < reshapeRate && i + 1 < words.size()) {
                List<String> both = new ArrayList<>(s);
                both.addAll(words.get(++i));
                source.add(sentence(s));
                source.add(sentence(words.get(i)));
                target.add(sentence(translate(both)));
                truth.add(Bead.of(List.of(source.size() - 2, source.size() - 1), List.of(target.size() - 1)));
            } else {
                source.add(sentence(s));
                target.add(sentence(translate(s)));
                truth.add(Bead.of(List.of(source.size() - 1), List.of(target.size() - 1)));
            }
        }
        return new ParallelText(source, target, truth);
    }

    /** Returns the sentences as running text: paragraphs of {@code perParagraph} sentences. */
    public static String asText(List<String> sentences, int perParagraph, String lineBreak) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences.size(); i++) {
            if (i > 0) {
                text.append(i % perParagraph == 0 ? lineBreak + lineBreak : " ");
            }
            text.append(sentences.get(i));
        }
        return text.append(lineBreak).toString();
    }

    private static String word(Random random) {
        StringBuilder w = new StringBuilder();
        int letters = 1 + random.nextInt(9);
        for (int l = 0; l < letters; l++) {
            w.append("aeioubcdfghjklmnprstvz".charAt(random.nextInt(22)));
        }
        return w.toString();
    }

    /** The fixed "translation" of a word: longer by about a tenth, as French is longer than Dutch. */
    private static List<String> translate(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            out.add(w.length() > 5 ? w + "e" + w.charAt(0) : w + (w.length() % 2 == 0 ? "" : "s"));
        }
        return out;
    }

    /**
     * Joins the words into a sentence that ends with a fixed ten-letter word, so that no random
     * word before the full stop can pass for an abbreviation and hide the sentence boundary.
     */
    private static String sentence(List<String> words) {
        String joined = String.join(" ", words);
        return joined.substring(0, 1).toUpperCase(Locale.ROOT) + joined.substring(1) + " afgesloten.";
    }
}
