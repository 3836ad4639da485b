package dev.accord.align;

/**
 * The calibrated constants of the {@link LexicalAligner}, tuned on the Text+Berg development
 * document only. A record so that ablations can switch single signals off.
 *
 * @param variance the Gale–Church variance per character of the length model
 * @param oneSidedPenalty the fixed cost of a {@code 1-0} or {@code 0-1} bead
 * @param oneSidedPerChar the cost per character of a {@code 1-0} or {@code 0-1} bead (one-sided
 *     beads have no length cost: the length model is about pairs)
 * @param mergePenalty the cost of a bead of three sentences ({@code 2-1}, {@code 1-2})
 * @param doubleMergePenalty the cost of a bead of four sentences ({@code 2-2}, {@code 1-3}, {@code 3-1})
 * @param extraSentencePenalty the cost of each sentence beyond four in a bead
 * @param lexicalWeight how much the lexical similarity (in {@code [0, 1]}) lowers a bead's cost
 * @param cognatePrefix the length of the folded prefix two words must share to count as cognates;
 *     words shorter than that only match identically
 * @param useCognates whether prefix cognates count as matches (identical forms always do)
 * @param numberWeight the weight of a number of two or more digits
 * @param nameWeight the weight of a name
 * @param wordWeight the weight of a word at least {@code cognatePrefix} long
 * @param shortWordWeight the weight of a shorter word
 * @param punctWeight the weight of a meaningful punctuation mark
 * @param useTranslationModel whether a second pass uses word translations learned from the first
 * @param translationThreshold the least {@code p(t|s)} for a learned translation to count
 * @param translationMinCount the least number of training beads a learned pair must co-occur in
 * @param paragraphCrossPenalty the cost of a bead whose sentences span two paragraphs on one side
 * @param paragraphMismatchPenalty the cost of a bead that ends a paragraph on one side only
 */
record LexicalParameters(double variance, double oneSidedPenalty, double oneSidedPerChar, double mergePenalty, double doubleMergePenalty,
        double extraSentencePenalty, double lexicalWeight, int cognatePrefix, boolean useCognates, int numberWeight,
        int nameWeight, int wordWeight, int shortWordWeight, int punctWeight, boolean useTranslationModel,
        double translationThreshold, int translationMinCount, double paragraphCrossPenalty,
        double paragraphMismatchPenalty) {

    /** The tuned defaults. */
    static final LexicalParameters DEFAULTS = new LexicalParameters(
            6.8, 2.0, 0.03, 2.3, 4.5, 2.0, 20.0, 4, true, 3, 2, 1, 1, 1, true, 0.2, 2, 3.0, 1.5);

    /** Returns the shape cost of an {@code a-b} bead. */
    double shapePenalty(int a, int b) {
        if (a == 0 || b == 0) {
            return oneSidedPenalty;
        }
        int size = a + b;
        if (size == 2) {
            return 0.0;
        }
        if (size == 3) {
            return mergePenalty;
        }
        return doubleMergePenalty + (size - 4) * extraSentencePenalty;
    }

    LexicalParameters withLexicalWeight(double value) {
        return new LexicalParameters(variance, oneSidedPenalty, oneSidedPerChar, mergePenalty, doubleMergePenalty, extraSentencePenalty,
                value, cognatePrefix, useCognates, numberWeight, nameWeight, wordWeight, shortWordWeight, punctWeight,
                useTranslationModel, translationThreshold, translationMinCount, paragraphCrossPenalty,
                paragraphMismatchPenalty);
    }
}
