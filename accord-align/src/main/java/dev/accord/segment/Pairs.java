package dev.accord.segment;

import dev.accord.internal.TextChars;
import java.util.Arrays;

/**
 * Finds matching brackets and quotes in a paragraph, so that punctuation inside them is not
 * taken for the end of the enclosing sentence.
 *
 * <p>Brackets and typographic quotes match by kind; a straight double quote closes the nearest
 * open one; a straight or curly single quote counts as an opening quote only at the start of a
 * word and as a closing one only at the end of a word, so that apostrophes ({@code l'ont},
 * {@code auto's}, {@code 's avonds}) are left alone. Unmatched marks are ignored, and so are pairs
 * longer than {@link BoundaryRules#MAX_PAIR} characters. One pass with a stack: linear time.
 */
final class Pairs {

    /** How deep below the top of the stack a closing mark looks for its opening mark. */
    private static final int SEARCH_DEPTH = 8;

    private Pairs() {
    }

    /** Returns the pairs of {@code text[from, to)}, each encoded as {@code open << 32 | close}, sorted by open. */
    static long[] find(CharSequence text, int from, int to) {
        int[] stackPos = new int[16];
        char[] stackKind = new char[16];
        int depth = 0;
        long[] pairs = new long[8];
        int count = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            char opens = opens(text, i, from, to, depth > 0 ? stackKind[depth - 1] : 0);
            char closes = 0;
            if (opens == 0) {
                closes = closes(text, i, from, to);
            }
            if (closes != 0) {
                int found = -1;
                for (int d = depth - 1; d >= Math.max(0, depth - SEARCH_DEPTH); d--) {
                    if (stackKind[d] == closes) {
                        found = d;
                        break;
                    }
                }
                if (found >= 0) {
                    int open = stackPos[found];
                    depth = found;
                    if (i - open <= BoundaryRules.MAX_PAIR) {
                        if (count == pairs.length) {
                            pairs = Arrays.copyOf(pairs, count * 2);
                        }
                        pairs[count++] = ((long) open << 32) | i;
                    }
                    continue;
                }
                if (c != '"') {
                    continue;
                }
                opens = '"'; // an unmatched straight quote opens
            }
            if (opens != 0) {
                if (depth == stackPos.length) {
                    stackPos = Arrays.copyOf(stackPos, depth * 2);
                    stackKind = Arrays.copyOf(stackKind, depth * 2);
                }
                stackPos[depth] = i;
                stackKind[depth] = opens;
                depth++;
            }
        }
        long[] result = Arrays.copyOf(pairs, count);
        Arrays.sort(result);
        return result;
    }

    static int open(long pair) {
        return (int) (pair >>> 32);
    }

    static int close(long pair) {
        return (int) pair;
    }

    /** Returns the kind of pair {@code text[i]} opens (the closing mark expected), or 0. */
    private static char opens(CharSequence text, int i, int from, int to, char top) {
        char c = text.charAt(i);
        return switch (c) {
            case '(' -> ')';
            case '[' -> ']';
            case '{' -> '}';
            case '«' -> '»';
            case '‹' -> '›';
            case '„' -> '”';
            case '“' -> top == '”' ? 0 : '”'; // German „…“ closes with “
            case '\'', '‘' -> atWordStart(text, i, from, to) ? '\'' : 0;
            default -> 0;
        };
    }

    /** Returns the kind of pair {@code text[i]} closes, or 0. */
    private static char closes(CharSequence text, int i, int from, int to) {
        char c = text.charAt(i);
        return switch (c) {
            case ')', ']', '}', '»', '›', '”', '"' -> c;
            case '“' -> '”';
            case '\'', '’' -> atWordEnd(text, i, from, to) ? '\'' : 0;
            default -> 0;
        };
    }

    private static boolean atWordStart(CharSequence text, int i, int from, int to) {
        boolean before = i == from || TextChars.isSpace(text.charAt(i - 1)) || "([{«\"“„".indexOf(text.charAt(i - 1)) >= 0;
        if (!before || i + 1 >= to || !Character.isLetterOrDigit(text.charAt(i + 1))) {
            return false;
        }
        // Dutch elisions are apostrophes, not quotes: 's avonds, 't huis, 'n boek.
        return !(i + 2 < to && "stn".indexOf(text.charAt(i + 1)) >= 0 && TextChars.isSpace(text.charAt(i + 2)));
    }

    private static boolean atWordEnd(CharSequence text, int i, int from, int to) {
        boolean before = i > from && !TextChars.isSpace(text.charAt(i - 1));
        return before && (i + 1 >= to || !Character.isLetterOrDigit(text.charAt(i + 1)));
    }
}
