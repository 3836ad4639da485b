package dev.accord.align;

import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import dev.accord.normalize.Normalizer;
import dev.accord.normalize.Term;
import java.util.List;

/**
 * The normalised terms of every sentence of one document as primitive arrays, ready for the
 * dynamic program: for token {@code k} of sentence {@code s}, its identity key {@code id[s][k]}
 * (shared by both languages: the same form gives the same key), its cognate key
 * {@code cognate[s][k]} (a folded prefix, or -1), its weight {@code weight[s][k]} and its
 * word id {@code word[s][k]} in this document's own vocabulary (-1 for numbers and punctuation).
 */
final class SentenceTerms {

    final int[][] id;
    final int[][] cognate;
    final int[][] weight;
    final int[][] word;
    final int[] totalWeight;
    /** Whether a token may serve as an anchor between the documents (any term but punctuation). */
    final boolean[][] anchorable;
    /** The word forms by word id. */
    final String[] wordForms;

    private SentenceTerms(int[][] id, int[][] cognate, int[][] weight, int[][] word, boolean[][] anchorable,
            String[] wordForms) {
        this.id = id;
        this.anchorable = anchorable;
        this.cognate = cognate;
        this.weight = weight;
        this.word = word;
        this.wordForms = wordForms;
        this.totalWeight = new int[id.length];
        for (int s = 0; s < id.length; s++) {
            int sum = 0;
            for (int w : weight[s]) {
                sum += w;
            }
            totalWeight[s] = sum;
        }
    }

    int size() {
        return id.length;
    }

    /**
     * Builds the arrays of {@code document}, with keys numbered in a key space of its own (see
     * {@link #keyNames} and {@link #relabel}). Only the arrays are kept, never the terms, so memory
     * is a few ints per token. Safe to run for two documents on two threads.
     */
    static SentenceTerms of(Document document, Normalizer normalizer, LexicalParameters p) {
        int n = document.size();
        KeySpace keys = new KeySpace();
        int[][] id = new int[n][];
        int[][] cognate = new int[n][];
        int[][] weight = new int[n][];
        int[][] word = new int[n][];
        boolean[][] anchorable = new boolean[n][];
        KeySpace words = new KeySpace();
        for (int s = 0; s < n; s++) {
            List<Term> terms = normalizer.terms(document.language(), document.sentence(s));
            int[] sid = new int[terms.size()];
            int[] scog = new int[terms.size()];
            int[] sw = new int[terms.size()];
            int[] sword = new int[terms.size()];
            boolean[] sanchor = new boolean[terms.size()];
            for (int k = 0; k < terms.size(); k++) {
                Term t = terms.get(k);
                sid[k] = keys.intern(identityKey(t));
                scog[k] = cognateKey(t, keys, p);
                sw[k] = weight(t, p);
                sanchor[k] = t.kind() != Term.Kind.PUNCT;
                sword[k] = t.kind() == Term.Kind.WORD || t.kind() == Term.Kind.NAME ? words.intern(t.form()) : -1;
            }
            id[s] = sid;
            cognate[s] = scog;
            weight[s] = sw;
            word[s] = sword;
            anchorable[s] = sanchor;
        }
        SentenceTerms terms = new SentenceTerms(id, cognate, weight, word, anchorable, words.names());
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
        for (int s = 0; s < id.length; s++) {
            for (int k = 0; k < id[s].length; k++) {
                id[s][k] = map[id[s][k]];
                if (cognate[s][k] >= 0) {
                    cognate[s][k] = map[cognate[s][k]];
                }
            }
        }
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
