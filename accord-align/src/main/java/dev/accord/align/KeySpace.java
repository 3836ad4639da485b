package dev.accord.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Interns strings as dense int ids, {@code 0, 1, 2, ...} in order of first appearance. One instance
 * serves one alignment call, so ids never depend on what ran before. Not thread-safe.
 */
final class KeySpace {

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    /** Returns the id of {@code key}, assigning the next one if it is new. */
    int intern(String key) {
        Integer id = ids.get(key);
        if (id == null) {
            id = ids.size();
            ids.put(key, id);
            names.add(key);
        }
        return id;
    }

    /** Returns the id of {@code key}, or -1 if it was never interned. */
    int find(String key) {
        Integer id = ids.get(key);
        return id == null ? -1 : id;
    }

    /** Returns the keys by id. */
    String[] names() {
        return names.toArray(String[]::new);
    }

    int size() {
        return ids.size();
    }
}
