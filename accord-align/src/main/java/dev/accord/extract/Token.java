package dev.accord.extract;

import dev.accord.core.text.TextSpan;

/**
 * One token of a sentence as the extractors see it.
 *
 * @param index the 0-based position of the token in its sentence
 * @param text the characters as written
 * @param fold the lookup form: lower case ({@code Locale.ROOT}), accents removed
 * @param term the Lucene-normalised term of the token, or {@link #fold} where the normaliser
 *     dropped the token (a stop word) or produced none
 * @param span the characters in the document text (not the sentence)
 * @param kind what sort of token it is
 * @param cues the bits of the lexicon's cue lists with a cue that can start at this token (see
 *     {@link CueSignatures}), or {@link #ANY_CUES} where the token is not signed
 * @param capitalised true if this is a word with an upper-case letter ({@link #isCapitalised()});
 *     made by {@link #of}, which tells it from the text, and kept by the copies
 */
record Token(int index, String text, String fold, String term, TextSpan span, Kind kind, long cues, boolean capitalised) {

    /**
     * Returns a new token whose term is its folded form, not signed.
     *
     * <p>Design decision: whether a word has a capital is asked of most tokens many times over
     * (runs of names, lists, appositions), so it is found once, here, rather than on each call.
     */
    static Token of(int index, String text, String fold, TextSpan span, Kind kind) {
        return new Token(index, text, fold, fold, span, kind, ANY_CUES, kind == Kind.WORD && hasCapital(text));
    }

    /** The signature of a token that no lexicon signed: any cue may start there. */
    static final long ANY_CUES = -1L;

    /** The sorts of token the tokeniser tells apart. */
    enum Kind {
        /** Letters and digits, possibly joined by {@code - . &} ({@code F-Secure}, {@code Amazon.com}). */
        WORD,
        /** A French elided article or conjunction with its apostrophe: {@code l'}, {@code qu'}, {@code d'}. */
        ELISION,
        /** An English or Dutch possessive or plural ending {@code 's}. */
        POSSESSIVE,
        /** Any other single character: punctuation, quotes, brackets. */
        PUNCTUATION
    }

    /**
     * Returns true if this is a word with an upper-case letter: {@code Apple}, {@code eBay},
     * {@code 3M}, {@code F-Secure}; not {@code 34} nor {@code bedrijf}.
     */
    boolean isCapitalised() {
        return capitalised;
    }

    private static boolean hasCapital(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isUpperCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Returns true if this is a word. */
    boolean isWord() {
        return kind == Kind.WORD;
    }

    /** Returns true if this is the punctuation character {@code c}. */
    boolean is(char c) {
        return kind == Kind.PUNCTUATION && text.length() == 1 && text.charAt(0) == c;
    }

    /** Returns a copy with another term. */
    Token withTerm(String newTerm) {
        return new Token(index, text, fold, newTerm, span, kind, cues, capitalised);
    }

    /** Returns a copy with another signature. */
    Token withCues(long newCues) {
        return new Token(index, text, fold, term, span, kind, newCues, capitalised);
    }

    @Override
    public String toString() {
        return text + span;
    }
}
