package dev.accord.extract;

import dev.accord.core.text.Language;
import dev.accord.internal.Names;
import dev.accord.normalize.Normalizer;
import dev.accord.normalize.Term;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    private NameTable(Dictionary dictionary, Map<List<String>, V> values) {
        this.dictionary = dictionary;
        this.values = Map.copyOf(values);
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

    /** Returns the names in {@code words}, left to right, longest first, not overlapping. */
    List<Hit<V>> find(List<Word> words) {
        if (words.isEmpty()) {
            return List.of();
        }
        String[] keys = new String[words.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = words.get(i).key();
        }
        List<Hit<V>> hits = new ArrayList<>();
        List<String> all = List.of(keys);
        for (Span span : new DictionaryNameFinder(dictionary).find(keys)) {
            List<String> key = all.subList(span.getStart(), span.getEnd());
            hits.add(new Hit<>(span.getStart(), span.getEnd(), values.get(key)));
        }
        hits.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return hits;
    }

    /** Returns the value of a whole name, or null. */
    V get(String name, Normalizer normalizer) {
        return values.get(key(name, normalizer));
    }

    /** Returns the value of a sequence of word keys, or null. */
    V getKeys(List<String> keys) {
        return values.get(keys);
    }
}
