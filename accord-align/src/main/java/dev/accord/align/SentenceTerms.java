package dev.accord.align;

import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import dev.accord.normalize.Normalizer;
import dev.accord.normalize.Term;
import java.util.Arrays;
import java.util.List;

/**
 * The normalised terms of every sentence of one document as primitive arrays, ready for the
 * dynamic program: for token {@code k} of sentence {@code s}, its identity key {@code id[s][k]}
 * (shared by both languages: the same form gives the same key) and its weight
 * {@code weight[s][k]}. What depends on the key alone is kept once per key, not per token: its
 * cognate key ({@link #cognate}, a folded prefix, or -1), its word id in this document's own
 * vocabulary ({@link #word}, -1 for numbers and punctuation) and whether it may serve as an anchor.
 *
 * <p>Design decision: per token only an int and a byte are kept (about 5 bytes a token instead of
 * 17 with one array per attribute), because at 200,000 sentences a side these arrays are the
 * largest thing the aligner keeps for the whole run.
 */
final class SentenceTerms {

    final int[][] id;
    /** The weight of each token; at most {@value Byte#MAX_VALUE}. */
    final byte[][] weight;
    final int[] totalWeight;
    /** The word forms by word id. */
    final String[] wordForms;
    /** Per key: its cognate key or -1, its word id or -1, whether it is anchorable (any term but punctuation). */
    private int[] cognateOfKey;
    private int[] wordOfKey;
    private boolean[] anchorableKey;

    private SentenceTerms(int[][] id, byte[][] weight, String[] wordForms, int[] cognateOfKey, int[] wordOfKey,
            boolean[] anchorableKey) {
        this.id = id;
        this.weight = weight;
        this.wordForms = wordForms;
        this.cognateOfKey = cognateOfKey;
        this.wordOfKey = wordOfKey;
        this.anchorableKey = anchorableKey;
        this.totalWeight = new int[id.length];
        for (int s = 0; s < id.length; s++) {
            int sum = 0;
            for (byte w : weight[s]) {
                sum += w;
            }
            totalWeight[s] = sum;
        }
    }

    int size() {
        return id.length;
    }

    /** Returns the cognate key of the terms with identity key {@code key} in this document, or -1. */
    int cognate(int key) {
        return key < cognateOfKey.length ? cognateOfKey[key] : -1;
    }

    /** Returns the word id of the terms with identity key {@code key} in this document, or -1. */
    int word(int key) {
        return key < wordOfKey.length ? wordOfKey[key] : -1;
    }

    /** Returns true if the terms with identity key {@code key} may serve as anchors (any term but punctuation). */
    boolean anchorable(int key) {
        return key < anchorableKey.length && anchorableKey[key];
    }

    /** Returns the word ids of the tokens of sentence {@code s}, -1 for numbers and punctuation. */
    int[] words(int s) {
        int[] ids = id[s];
        int[] out = new int[ids.length];
        for (int k = 0; k < ids.length; k++) {
            out[k] = word(ids[k]);
        }
        return out;
    }

    /**
     * Builds the arrays of {@code document}, with keys numbered in a key space of its own (see
     * {@link #keyNames} and {@link #relabel}). Only the arrays are kept, never the terms, so memory
     * is about five bytes per token. Safe to run for two documents on two threads.
     */
    static SentenceTerms of(Document document, Normalizer normalizer, LexicalParameters p) {
        int n = document.size();
        KeySpace keys = new KeySpace();
        int[][] id = new int[n][];
        byte[][] weight = new byte[n][];
        KeySpace words = new KeySpace();
        int[] cognateOf = new int[64];
        int[] wordOf = new int[64];
        boolean[] anchorable = new boolean[64];
        for (int s = 0; s < n; s++) {
            List<Term> terms = normalizer.terms(document.language(), document.sentence(s));
            int[] sid = new int[terms.size()];
            byte[] sw = new byte[terms.size()];
            for (int k = 0; k < terms.size(); k++) {
                Term t = terms.get(k);
                int before = keys.size();
                int key = keys.intern(identityKey(t));
                sid[k] = key;
                sw[k] = (byte) Math.min(Byte.MAX_VALUE, weight(t, p));
                if (key == before) {
                    // a new key: its per-key attributes follow from the term's kind and form
                    int cognate = cognateKey(t, keys, p);
                    if (keys.size() > cognateOf.length) {
                        int capacity = Math.max(keys.size(), cognateOf.length * 2);
                        cognateOf = Arrays.copyOf(cognateOf, capacity);
                        wordOf = Arrays.copyOf(wordOf, capacity);
                        anchorable = Arrays.copyOf(anchorable, capacity);
                    }
                    cognateOf[key] = cognate;
                    wordOf[key] = t.kind() == Term.Kind.WORD || t.kind() == Term.Kind.NAME ? words.intern(t.form()) : -1;
                    anchorable[key] = t.kind() != Term.Kind.PUNCT;
                    for (int c = key + 1; c < keys.size(); c++) {
                        cognateOf[c] = -1;  // a cognate key itself: never a token's identity key
                        wordOf[c] = -1;
                    }
                }
            }
            id[s] = sid;
            weight[s] = sw;
        }
        int size = keys.size();
        SentenceTerms terms = new SentenceTerms(id, weight, words.names(), Arrays.copyOf(cognateOf, size),
                Arrays.copyOf(wordOf, size), Arrays.copyOf(anchorable, size));
        terms.keyNames = keys.names();
        return terms;
    }

    /** The names of this document's own keys, by id, until {@link #relabel} moves them into a shared space. */
    private String[] keyNames;

    /**
     * Renumbers this document's keys in the shared key space {@code shared}, in order of their
     * first appearance here, so that the same key gets the same id in both documents.
     */
    void relabel(KeySpace shared) {
        int[] map = new int[keyNames.length];
        for (int k = 0; k < keyNames.length; k++) {
            map[k] = shared.intern(keyNames[k]);
        }
        for (int[] ids : id) {
            for (int k = 0; k < ids.length; k++) {
                ids[k] = map[ids[k]];
            }
        }
        int[] cognateOf = new int[shared.size()];
        int[] wordOf = new int[shared.size()];
        boolean[] anchorable = new boolean[shared.size()];
        Arrays.fill(cognateOf, -1);
        Arrays.fill(wordOf, -1);
        for (int k = 0; k < map.length; k++) {
            cognateOf[map[k]] = cognateOfKey[k] >= 0 ? map[cognateOfKey[k]] : -1;
            wordOf[map[k]] = wordOfKey[k];
            anchorable[map[k]] = anchorableKey[k];
        }
        cognateOfKey = cognateOf;
        wordOfKey = wordOf;
        anchorableKey = anchorable;
        keyNames = new String[0];
    }

    /** Returns the identity key of a term: words and names share a space, so {@code Everest} meets {@code everest}. */
    static String identityKey(Term t) {
        return switch (t.kind()) {
            case WORD, NAME -> "w:" + t.form();
            case NUMBER -> "n:" + t.form();
            case PUNCT -> "p:" + t.form();
        };
    }

    /** Returns the identity keys of the terms of {@code text}, for machine translations. */
    static int[][] keysOf(String text, Language language, Normalizer normalizer, KeySpace keys, LexicalParameters p) {
        List<Term> terms = normalizer.terms(language, text, 0);
        int[] ids = new int[terms.size()];
        int[] cogs = new int[terms.size()];
        for (int k = 0; k < terms.size(); k++) {
            ids[k] = keys.intern(identityKey(terms.get(k)));
            cogs[k] = cognateKey(terms.get(k), keys, p);
        }
        return new int[][] {ids, cogs};
    }

    private static int cognateKey(Term t, KeySpace keys, LexicalParameters p) {
        if ((t.kind() == Term.Kind.WORD || t.kind() == Term.Kind.NAME) && t.form().length() >= p.cognatePrefix()) {
            return keys.intern("c:" + t.form().substring(0, p.cognatePrefix()));
        }
        return -1;
    }

    private static int weight(Term t, LexicalParameters p) {
        return switch (t.kind()) {
            case NUMBER -> t.form().length() >= 2 ? p.numberWeight() : p.wordWeight();
            case NAME -> p.nameWeight();
            case PUNCT -> p.punctWeight();
            case WORD -> t.form().length() >= p.cognatePrefix() ? p.wordWeight() : p.shortWordWeight();
        };
    }
}
