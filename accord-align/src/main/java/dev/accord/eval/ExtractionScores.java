package dev.accord.eval;

import dev.accord.core.text.Language;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The extraction scores of a set of texts: each text's own, and their sums over all texts, by
 * kind and by language.
 *
 * @param texts the scores of the texts, in the order given
 */
public record ExtractionScores(List<TextScore> texts) {

    /**
     * Copies the list.
     *
     * @throws NullPointerException if the list or an element is null
     */
    public ExtractionScores {
        texts = List.copyOf(Objects.requireNonNull(texts, "texts"));
    }

    /** Returns the counts summed over every text. */
    public ExtractionCounts total() {
        return texts.stream().map(TextScore::counts).reduce(ExtractionCounts.ZERO, ExtractionCounts::plus);
    }

    /** Returns the counts summed by kind of text, in {@link TextKind} order, only kinds that occur. */
    public Map<TextKind, ExtractionCounts> byKind() {
        return grouped(TextKind.class, score -> score.gold().kind());
    }

    /** Returns the counts summed by language, in {@link Language} order, only languages that occur. */
    public Map<Language, ExtractionCounts> byLanguage() {
        return grouped(Language.class, score -> score.gold().language());
    }

    /**
     * Returns the scores of the texts in one half of the corpus.
     *
     * @throws NullPointerException if {@code split} is null
     */
    public ExtractionScores split(CorpusSplit split) {
        Objects.requireNonNull(split, "split");
        return new ExtractionScores(texts.stream().filter(t -> t.gold().split() == split).toList());
    }

    /**
     * Returns the scores of the texts in one language.
     *
     * @throws NullPointerException if {@code language} is null
     */
    public ExtractionScores language(Language language) {
        Objects.requireNonNull(language, "language");
        return new ExtractionScores(texts.stream().filter(t -> t.gold().language() == language).toList());
    }

    private <K extends Enum<K>> Map<K, ExtractionCounts> grouped(Class<K> type, Function<TextScore, K> key) {
        Map<K, ExtractionCounts> groups = new EnumMap<>(type);
        for (TextScore text : texts) {
            groups.merge(key.apply(text), text.counts(), ExtractionCounts::plus);
        }
        return Collections.unmodifiableMap(groups);
    }
}
