package dev.accord.extract;

import dev.accord.core.extract.CountQualifier;
import dev.accord.internal.WordListFile;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One language's phrases that qualify a count written after them ({@code meer dan}, {@code plus de},
 * {@code at least}), read from {@code <lang>/count-qualifiers.txt} beside this package: one section
 * per {@link CountQualifier} constant, named as the constant, each phrase on a line.
 *
 * <p>Phrases are lower-case and ASCII-folded; their words are separated by spaces or hyphens, and
 * match a text's words split the same way ({@code au-dela de} matches {@code au dela de}). A phrase
 * whose last word ends in an apostrophe ({@code plus d'}) ends with the elided prefix glued to the
 * number's first word ({@code plus d'une centaine}). Every qualifier but {@link CountQualifier#EXACT}
 * needs at least one phrase; no phrase may stand under two qualifiers.
 *
 * <p>Immutable and thread-safe.
 */
final class CountQualifierPhrases {

    /**
     * A phrase and the qualifier it states.
     *
     * @param words the phrase's words, one or more
     * @param qualifier what it states
     */
    record Phrase(List<String> words, CountQualifier qualifier) {
        Phrase {
            words = List.copyOf(words);
        }
    }

    /**
     * A qualifier found before a number.
     *
     * @param qualifier what it states
     * @param words how many words of the text it covers before the number (an elided prefix glued
     *     to the number's first word is not counted)
     */
    record Match(CountQualifier qualifier, int words) {
    }

    private final List<Phrase> longestFirst;
    private final int longestPhrase;

    private CountQualifierPhrases(List<Phrase> phrases) {
        this.longestFirst = phrases.stream()
                .sorted(Comparator.comparingInt((Phrase p) -> p.words().size()).reversed()).toList();
        this.longestPhrase = longestFirst.isEmpty() ? 0 : longestFirst.get(0).words().size();
    }

    /** Returns the number of words in the longest phrase. */
    int longestPhrase() {
        return longestPhrase;
    }

    /**
     * Returns the longest phrase that ends {@code before}, the text's words before a number split
     * into words as phrases are ({@code before.get(i)} belongs to the {@code wordOf[i]}-th word back).
     *
     * @param before the words before the number, last one last, with the elided prefix of the
     *     number's first word appended if it has one
     * @param wordsBack for each of {@code before}, how many text words back from the number it stands
     *     (1 for the word just before; 0 for an appended elided prefix)
     * @return the qualifier and the number of text words it covers, or null if none ends there
     */
    Match longestEnding(List<String> before, int[] wordsBack) {
        for (Phrase p : longestFirst) {
            int n = p.words().size();
            if (n <= before.size() && p.words().equals(before.subList(before.size() - n, before.size()))) {
                return new Match(p.qualifier(), wordsBack[before.size() - n]);
            }
        }
        return null;
    }

    /**
     * Reads {@code <folder>/count-qualifiers.txt} beside this package.
     *
     * @throws UncheckedIOException if the file is missing, lacks a section, has a qualifier other
     *     than {@code EXACT} without phrases, or lists a phrase twice; the message names the file
     */
    static CountQualifierPhrases load(String folder) {
        Set<String> sections = Arrays.stream(CountQualifier.values()).map(Enum::name).collect(Collectors.toSet());
        WordListFile file = WordListFile.load("dev/accord/extract/" + folder + "/count-qualifiers.txt", sections);
        List<Phrase> phrases = new ArrayList<>();
        Set<List<String>> seen = new HashSet<>();
        for (CountQualifier q : EnumSet.allOf(CountQualifier.class)) {
            List<WordListFile.Line> lines = file.section(q.name());
            if (lines.isEmpty() && q != CountQualifier.EXACT) {
                throw file.error("[" + q.name() + "] has no phrase");
            }
            for (WordListFile.Line line : lines) {
                List<String> words = NumberReader.phraseWords(line.text());
                if (words.isEmpty() || !words.stream().allMatch(CountQualifierPhrases::isFoldedWord)) {
                    throw file.error(line, "expected lower-case ASCII words, got '" + line.text() + "'");
                }
                if (!seen.add(words)) {
                    throw file.error(line, "phrase '" + line.text() + "' is listed twice");
                }
                phrases.add(new Phrase(words, q));
            }
        }
        return new CountQualifierPhrases(phrases);
    }

    private static boolean isFoldedWord(String word) {
        return word.chars().allMatch(c -> (c >= 'a' && c <= 'z') || c == '\'');
    }
}
