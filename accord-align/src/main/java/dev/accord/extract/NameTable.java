package dev.accord.extract;

import dev.accord.core.text.Language;
import dev.accord.internal.Names;
import dev.accord.normalize.Normalizer;
import dev.accord.normalize.Term;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.DictionaryNameFinder;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;

/**
 * A table of multi-word names, each mapped to a value (a canonical name, a kind), found in a
 * sentence by OpenNLP's {@link DictionaryNameFinder} (longest match first) over the words'
 * {@link Word#key() keys}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <V> the value of a name
 */
final class NameTable<V> {

    /** A name found in a sentence: words {@code [start, end)} and its value. */
    record Hit<V>(int start, int end, V value) {
    }

    private final Dictionary dictionary;
    private final Map<List<String>, V> values;
    /** Every word of every name: the name finder only sees runs of such words. */
    private final Set<String> vocabulary;

    private NameTable(Dictionary dictionary, Map<List<String>, V> values) {
        this.dictionary = dictionary;
        this.values = Map.copyOf(values);
        Set<String> words = new HashSet<>();
        values.keySet().forEach(words::addAll);
        this.vocabulary = Set.copyOf(words);
    }

    /** Builds a table from names and their values; a later value for the same name wins. */
    static <V> NameTable<V> of(Map<String, V> names, Normalizer normalizer) {
        Dictionary dictionary = new Dictionary(true);
        Map<List<String>, V> values = new HashMap<>();
        for (Map.Entry<String, V> e : names.entrySet()) {
            List<String> key = key(e.getKey(), normalizer);
            if (!key.isEmpty()) {
                dictionary.put(new StringList(key.toArray(String[]::new)));
                values.put(key, e.getValue());
            }
        }
        return new NameTable<>(dictionary, values);
    }

    /** Returns the keys of the words of {@code name}, as {@link Analysis} gives them. */
    static List<String> key(String name, Normalizer normalizer) {
        List<String> key = new ArrayList<>();
        for (Term t : normalizer.terms(Language.EN, name, 0)) {
            if (t.kind() != Term.Kind.PUNCT) {
                key.add(Names.nameForm(name.substring(t.span().start(), t.span().end())));
            }
        }
        return key;
    }

    /**
     * Returns the names in {@code words}, left to right, longest first, not overlapping. The name
     * finder is given each run of words that occur in some name, not the whole sentence: most
     * sentences have none, and a name never spans a word outside the runs.
     */
    List<Hit<V>> find(List<Word> words) {
        List<Hit<V>> hits = new ArrayList<>();
        DictionaryNameFinder finder = null;
        int i = 0;
        while (i < words.size()) {
            if (!vocabulary.contains(words.get(i).key())) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < words.size() && vocabulary.contains(words.get(end).key())) {
                end++;
            }
            String[] keys = new String[end - i];
            for (int k = 0; k < keys.length; k++) {
                keys[k] = words.get(i + k).key();
            }
            finder = finder == null ? new DictionaryNameFinder(dictionary) : finder;
            List<String> run = List.of(keys);
            for (Span span : finder.find(keys)) {
                hits.add(new Hit<>(i + span.getStart(), i + span.getEnd(), values.get(run.subList(span.getStart(), span.getEnd()))));
            }
            i = end;
        }
        return hits;
    }
}
