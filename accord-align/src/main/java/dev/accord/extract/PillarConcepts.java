package dev.accord.extract;

import dev.accord.core.Pillar;
import dev.accord.core.text.Language;
import dev.accord.normalize.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How one language states each of the accord's principles: concepts (who is protected, who must
 * not be helped to attack whom, who is empowered, with whom one works) as phrase lists, and per
 * pillar the recipes of concepts that together state it.
 *
 * <p>The file {@code pillars.txt} of a language has two kinds of lines:
 * {@code concept NAME: phrase | phrase | ...} and {@code recipe PILLAR: NAME + NAME}. A sentence
 * states a pillar when every concept of one of its recipes occurs in it. Every pillar needs a
 * recipe, and a recipe may name only concepts of the file.
 *
 * <p>Immutable and thread-safe.
 */
final class PillarConcepts {

    private final Map<String, PhraseList> concepts;
    private final Map<Pillar, List<List<String>>> recipes;

    private PillarConcepts(Map<String, PhraseList> concepts, Map<Pillar, List<List<String>>> recipes) {
        this.concepts = Map.copyOf(concepts);
        this.recipes = recipes;
    }

    static PillarConcepts parse(List<String> lines, Language language, Normalizer normalizer, String file) {
        return parse(lines, language, normalizer, file, PhraseList::new);
    }

    /** Parses with {@code newList} building each concept's list (the lexicon's, to index it with the others). */
    static PillarConcepts parse(List<String> lines, Language language, Normalizer normalizer, String file,
            java.util.function.BiFunction<String, List<Phrase>, PhraseList> newList) {
        Map<String, PhraseList> concepts = new HashMap<>();
        Map<Pillar, List<List<String>>> recipes = new EnumMap<>(Pillar.class);
        for (String line : lines) {
            int colon = line.indexOf(':');
            String[] head = colon < 0 ? new String[0] : line.substring(0, colon).strip().split("\\s+");
            if (head.length != 2) {
                throw new IllegalStateException(file + ": expected 'concept NAME: ...' or 'recipe PILLAR: ...', got '" + line + "'");
            }
            String body = line.substring(colon + 1);
            switch (head[0]) {
                case "concept" -> {
                    List<Phrase> phrases = new ArrayList<>();
                    for (String entry : body.split("\\|")) {
                        if (!entry.isBlank()) {
                            phrases.add(Phrase.compile(entry, language, normalizer));
                        }
                    }
                    concepts.put(head[1], newList.apply(file + " " + head[1], phrases));
                }
                case "recipe" -> {
                    List<String> names = new ArrayList<>();
                    for (String name : body.split("\\+")) {
                        names.add(name.strip());
                    }
                    recipes.computeIfAbsent(Pillar.valueOf(head[1]), p -> new ArrayList<>()).add(List.copyOf(names));
                }
                default -> throw new IllegalStateException(file + ": unknown line kind '" + head[0] + "' in '" + line + "'");
            }
        }
        for (Pillar pillar : Pillar.values()) {
            for (List<String> recipe : recipes.getOrDefault(pillar, List.of())) {
                for (String name : recipe) {
                    if (!concepts.containsKey(name)) {
                        throw new IllegalStateException(file + ": recipe of " + pillar + " names unknown concept '" + name + "'");
                    }
                }
            }
            if (!recipes.containsKey(pillar)) {
                throw new IllegalStateException(file + ": no recipe for " + pillar);
            }
        }
        recipes.replaceAll((p, r) -> List.copyOf(r));
        return new PillarConcepts(concepts, recipes);
    }

    /** Returns the pillars that {@code words} state, each by one of its recipes. */
    Set<Pillar> stated(List<Word> words) {
        Map<String, Boolean> seen = new HashMap<>();
        Set<Pillar> out = EnumSet.noneOf(Pillar.class);
        for (Map.Entry<Pillar, List<List<String>>> e : recipes.entrySet()) {
            for (List<String> recipe : e.getValue()) {
                boolean all = true;
                for (String concept : recipe) {
                    if (!seen.computeIfAbsent(concept, c -> concepts.get(c).occursIn(words, 0, words.size()))) {
                        all = false;
                        break;
                    }
                }
                if (all) {
                    out.add(e.getKey());
                    break;
                }
            }
        }
        return out;
    }
}
