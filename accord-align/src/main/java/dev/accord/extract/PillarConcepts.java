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
 * <p>The file {@code pillars.txt} of a language has three kinds of lines:
 * {@code concept NAME: phrase | phrase | ...}, {@code recipe PILLAR: NAME + NAME} and
 * {@code identifying PILLAR: NAME + NAME}. A sentence states a pillar when every concept of one of
 * its recipes occurs in it. An identifying recipe is a recipe too, one so particular to the accord
 * (a pledge never to help governments attack, a pledge to defend every customer whoever attacks)
 * that a pledge of companies stating it is the accord even where the text never names it; its
 * first concept is the pledge, which the others follow. Every
 * pillar needs a recipe, and a recipe may name only concepts of the file.
 *
 * <p>Immutable and thread-safe.
 */
final class PillarConcepts {

    private final Map<String, PhraseList> concepts;
    private final Map<Pillar, List<List<String>>> recipes;
    private final List<List<String>> identifying;

    private PillarConcepts(Map<String, PhraseList> concepts, Map<Pillar, List<List<String>>> recipes,
            List<List<String>> identifying) {
        this.concepts = Map.copyOf(concepts);
        this.recipes = recipes;
        this.identifying = List.copyOf(identifying);
    }

    static PillarConcepts parse(List<String> lines, Language language, Normalizer normalizer, String file) {
        return parse(lines, language, normalizer, file, PhraseList::new);
    }

    /** Parses with {@code newList} building each concept's list (the lexicon's, to index it with the others). */
    static PillarConcepts parse(List<String> lines, Language language, Normalizer normalizer, String file,
            java.util.function.BiFunction<String, List<Phrase>, PhraseList> newList) {
        Map<String, PhraseList> concepts = new HashMap<>();
        Map<Pillar, List<List<String>>> recipes = new EnumMap<>(Pillar.class);
        List<List<String>> identifying = new ArrayList<>();
        for (String line : lines) {
            int colon = line.indexOf(':');
            String[] head = colon < 0 ? new String[0] : line.substring(0, colon).strip().split("\\s+");
            if (head.length != 2) {
                throw new IllegalStateException(file + ": expected 'concept NAME: ...', 'recipe PILLAR: ...' or 'identifying PILLAR: ...', got '" + line + "'");
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
                case "recipe", "identifying" -> {
                    List<String> names = new ArrayList<>();
                    for (String name : body.split("\\+")) {
                        names.add(name.strip());
                    }
                    recipes.computeIfAbsent(Pillar.valueOf(head[1]), p -> new ArrayList<>()).add(List.copyOf(names));
                    if (head[0].equals("identifying")) {
                        identifying.add(List.copyOf(names));
                    }
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
        return new PillarConcepts(concepts, recipes, identifying);
    }

    /**
     * Returns where {@code words} begin to state a pillar by a recipe that identifies the accord, or
     * -1: the first word of its first concept (the pledge), with every other concept of the recipe
     * after it, as a pledge of companies puts them ("34 entreprises ont juré de ne jamais aider un
     * gouvernement à attaquer"; not "« protéger tous les citoyens, quel que soit l'attaquant », a
     * dit le ministre (Les Engagés)").
     */
    int identifyingStart(List<Word> words) {
        int best = -1;
        for (List<String> recipe : identifying) {
            for (PhraseList.Match first : concepts.get(recipe.get(0)).find(words)) {
                if (best >= 0 && first.start() >= best) {
                    break;
                }
                boolean rest = recipe.stream().skip(1).allMatch(c -> concepts.get(c).occursIn(words, first.end(), words.size()));
                if (rest) {
                    best = first.start();
                    break;
                }
            }
        }
        return best;
    }

    /** The concept of pledging, which every language's identifying recipes open with ({@code promise}, {@code beloven}). */
    static final String PLEDGE = "pledge";

    /** Returns true if {@code words} speak of pledging ({@link #PLEDGE}): {@code What did the signatories promise?}. */
    boolean pledges(List<Word> words) {
        PhraseList pledge = concepts.get(PLEDGE);
        return pledge != null && pledge.occursIn(words, 0, words.size());
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
