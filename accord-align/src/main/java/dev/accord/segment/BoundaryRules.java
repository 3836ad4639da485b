package dev.accord.segment;

import dev.accord.internal.TextChars;
import java.util.Arrays;

/**
 * The rules that decide where, inside one paragraph, a sentence ends.
 *
 * <p>A candidate is a run of sentence-final punctuation ({@code . ? ! …}), with the closing quotes
 * and brackets right after it, followed by white space. It is a boundary when the next word may
 * start a sentence (a capital, a digit, an opening quote or bracket before one) and none of these
 * holds: the punctuation lies inside a short pair of brackets or quotes it does not close
 * ({@code (encore?) signé}); the period ends a known abbreviation that never ends a sentence
 * ({@code dhr.}, {@code M.}, {@code p. ex.}); it ends an initial ({@code J. Smith}); it ends the
 * number or Roman numeral that opens a sentence ({@code 1. Inleiding}) or a number before another
 * number or, in German, before a month ({@code am 18. Mai}). Inside brackets and quotes a period
 * may still end a sentence (quoted speech of several sentences), but {@code ?} and {@code !} do
 * not ({@code « Qui ? Moi ? » dit-il}). A line break ends a sentence before a list item and after
 * a short unpunctuated line such as a heading.
 *
 * <p>Linear time: every character is looked at a bounded number of times; look-backs stop after
 * {@link Abbreviations#MAX_LENGTH} characters and pairs longer than {@link #MAX_PAIR} are ignored.
 */
final class BoundaryRules {

    /** Brackets and quotes that span more characters than this do not protect what they hold. */
    static final int MAX_PAIR = 300;

    private BoundaryRules() {
    }

    /**
     * Returns the end offsets of the sentences of {@code text[from, to)} except the last, in order:
     * each is the offset just after a sentence's final punctuation and closing quotes.
     */
    static int[] boundaries(CharSequence text, int from, int to, Abbreviations abbreviations) {
        long[] pairs = Pairs.find(text, from, to);
        int longestLine = longestLine(text, from, to);
        int pairIndex = 0;
        int protectedUntil = -1;
        int[] ends = new int[8];
        int count = 0;
        int sentenceStart = from;
        int lineStart = from;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '\n') {
                int lineEnd = TextChars.trimEnd(text, lineStart, i);
                while (pairIndex < pairs.length && Pairs.open(pairs[pairIndex]) < lineEnd) {
                    protectedUntil = Math.max(protectedUntil, Pairs.close(pairs[pairIndex]));
                    pairIndex++;
                }
                int next = TextChars.skipSpace(text, i, to);
                if (lineEnd > sentenceStart && protectedUntil < lineEnd && (count == 0 || ends[count - 1] != lineEnd)
                        && breaksAtLineEnd(text, lineStart, lineEnd, next, to, longestLine)) {
                    if (count == ends.length) {
                        ends = Arrays.copyOf(ends, count * 2);
                    }
                    ends[count++] = lineEnd;
                    sentenceStart = next;
                }
                lineStart = i + 1;
                i++;
                continue;
            }
            if (!isTerminator(c)) {
                i++;
                continue;
            }
            int runStart = i;
            int runEnd = i;
            while (runEnd < to && isTerminator(text.charAt(runEnd))) {
                runEnd++;
            }
            int end = skipClosers(text, runEnd, to);
            if (end >= to) {
                break;
            }
            if (!TextChars.isSpace(text.charAt(end))) {
                if (isGluedSentenceEnd(text, sentenceStart, runStart, runEnd, end, to, abbreviations)) {
                    if (count == ends.length) {
                        ends = Arrays.copyOf(ends, count * 2);
                    }
                    ends[count++] = end;
                    sentenceStart = end;
                }
                i = runEnd;
                continue;
            }
            while (pairIndex < pairs.length && Pairs.open(pairs[pairIndex]) < runStart) {
                protectedUntil = Math.max(protectedUntil, Pairs.close(pairs[pairIndex]));
                pairIndex++;
            }
            int next = TextChars.skipSpace(text, end, to);
            boolean shielded = protectedUntil >= end && !hasPeriod(text, runStart, runEnd);
            if (!shielded && isBoundary(text, sentenceStart, runStart, runEnd, next, to, abbreviations)) {
                if (count == ends.length) {
                    ends = Arrays.copyOf(ends, count * 2);
                }
                ends[count++] = end;
                sentenceStart = next;
            }
            i = end;
        }
        return Arrays.copyOf(ends, count);
    }

    /**
     * Decides a line break inside a paragraph: a list item starts a new sentence ({@code - },
     * {@code • }, {@code * }), and so does the line after a heading, a line without final
     * punctuation that is much shorter than the paragraph's longest line and is followed by a line
     * that may start a sentence. Wrapped prose, whose lines are all about as long, is left whole.
     */
    private static boolean breaksAtLineEnd(CharSequence text, int lineStart, int lineEnd, int next, int to,
            int longestLine) {
        if (next >= to) {
            return false;
        }
        if (isBullet(text, next, to)) {
            return true;
        }
        int first = TextChars.skipSpace(text, lineStart, lineEnd);
        if (first >= lineEnd) {
            return false;
        }
        char last = text.charAt(lineEnd - 1);
        boolean unpunctuated = Character.isLetterOrDigit(last) || isCloser(last);
        boolean isShort = (lineEnd - first) * 5 <= longestLine * 3;
        int firstCp = Character.codePointAt(text, first);
        boolean startsLikeHeading = Character.isDigit(firstCp)
                || (Character.isLetter(firstCp) && !Character.isLowerCase(firstCp));
        return unpunctuated && isShort && startsLikeHeading && maySentenceStart(text, next, to);
    }

    private static boolean isBullet(CharSequence text, int i, int to) {
        char c = text.charAt(i);
        return (c == '-' || c == '–' || c == '—' || c == '•' || c == '◦' || c == '▪' || c == '*' || c == '·')
                && i + 1 < to && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t');
    }

    /** Returns the length of the longest line of {@code text[from, to)}. */
    private static int longestLine(CharSequence text, int from, int to) {
        int longest = 0;
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || text.charAt(i) == '\n') {
                longest = Math.max(longest, i - start);
                start = i + 1;
            }
        }
        return longest;
    }

    private static boolean hasPeriod(CharSequence text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == '.' || text.charAt(k) == '…') {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns true for a sentence end that lost the space after it, as text copied from the web
     * often does ({@code ondertekend.De}, {@code this week.Signatories}): one terminator after at
     * least {@value #GLUED_LETTERS} lower-case letters of a word that is no abbreviation, right
     * before a capital and a lower-case letter. Domain names ({@code Booking.com}) and dotted
     * names ({@code ASP.NET}) do not qualify.
     */
    private static boolean isGluedSentenceEnd(CharSequence text, int sentenceStart, int runStart, int runEnd, int end, int to,
            Abbreviations abbreviations) {
        if (runEnd - runStart != 1 || end != runEnd || end + 1 >= to || runStart - GLUED_LETTERS < sentenceStart) {
            return false;
        }
        for (int k = runStart - GLUED_LETTERS; k < runStart; k++) {
            if (!Character.isLowerCase(text.charAt(k))) {
                return false;
            }
        }
        if (!Character.isUpperCase(text.charAt(end)) || !Character.isLowerCase(text.charAt(end + 1))) {
            return false;
        }
        int tokenStart = tokenStart(text, sentenceStart, runStart);
        return tokenStart < 0 || abbreviations.classify(text.subSequence(tokenStart, runStart).toString())
                != Abbreviations.Kind.INSIDE;
    }

    /** How many lower-case letters must stand before a sentence end glued to the next sentence: {@value}. */
    static final int GLUED_LETTERS = 2;

    private static boolean isBoundary(CharSequence text, int sentenceStart, int runStart, int runEnd, int next, int to,
            Abbreviations abbreviations) {
        if (!maySentenceStart(text, next, to)) {
            return false;
        }
        if (runEnd - runStart > 1 || text.charAt(runStart) != '.') {
            return true; // ? ! … and ellipses "..." before a capital
        }
        int tokenStart = tokenStart(text, sentenceStart, runStart);
        if (tokenStart < 0) {
            return true; // a long token: no abbreviation
        }
        String token = text.subSequence(tokenStart, runStart).toString();
        if (token.isEmpty()) {
            return true;
        }
        switch (abbreviations.classify(token)) {
            case INSIDE:
                return false;
            case MAY_END:
                return true;
            case BEFORE_NUMBER:
                return !Character.isDigit(text.charAt(next));
            case NONE:
            default:
                break;
        }
        if (isInitials(token)) {
            return false; // J. Smith, J.F. Kennedy, J.-P. Dupont
        }
        if (isNumeral(token)) {
            if (tokenStart == sentenceStart || Character.isDigit(text.charAt(next))) {
                return false; // 1. Inleiding, IV. Conclusions, a list "1. 1950"
            }
            return !abbreviations.isOrdinalContext(wordAt(text, next, to)); // German "am 18. Mai"
        }
        return true;
    }

    /**
     * Returns the start of the word that ends at {@code end} (after any opening quote or bracket),
     * or -1 if it is longer than any abbreviation.
     */
    private static int tokenStart(CharSequence text, int sentenceStart, int end) {
        int limit = Math.max(sentenceStart, end - Abbreviations.MAX_LENGTH - 1);
        int i = end;
        while (i > limit && !TextChars.isSpace(text.charAt(i - 1)) && !isOpener(text.charAt(i - 1))) {
            i--;
        }
        if (i == limit && i > sentenceStart && !TextChars.isSpace(text.charAt(i - 1)) && !isOpener(text.charAt(i - 1))) {
            return -1;
        }
        return i;
    }

    /** Returns true if a sentence may start at {@code i}: a capital, a digit, or an opener before one. */
    private static boolean maySentenceStart(CharSequence text, int i, int to) {
        int j = i;
        if (isApostrophe(text.charAt(j)) && j + 2 < to
                && (text.charAt(j + 1) == 's' || text.charAt(j + 1) == 't') && TextChars.isSpace(text.charAt(j + 2))) {
            j = TextChars.skipSpace(text, j + 2, to); // Dutch 's Avonds, 't Is
        }
        for (int openers = 0; j < to && openers < 3 && (isOpener(text.charAt(j)) || isDash(text.charAt(j))); openers++) {
            j = TextChars.skipSpace(text, j + 1, to);
        }
        if (j >= to) {
            return false;
        }
        int cp = Character.codePointAt(text, j);
        if (Character.isDigit(cp)) {
            return true;
        }
        if (Character.isLowerCase(cp)) {
            return isCamelCase(text, j, to); // iPhone, eBay, iOS
        }
        return Character.isLetter(cp);
    }

    /** Returns the letters starting at {@code i}, at most {@link Abbreviations#MAX_LENGTH} of them. */
    private static String wordAt(CharSequence text, int i, int to) {
        int j = i;
        while (j < to && j - i < Abbreviations.MAX_LENGTH && Character.isLetter(text.charAt(j))) {
            j++;
        }
        return text.subSequence(i, j).toString();
    }

    /** Returns true for capitals joined by periods or period-hyphens: {@code J}, {@code J.F}, {@code J.-P}. */
    private static boolean isInitials(String token) {
        int k = 0;
        while (true) {
            if (k >= token.length() || !Character.isUpperCase(token.charAt(k))) {
                return false;
            }
            k++;
            if (k == token.length()) {
                return true;
            }
            if (token.charAt(k++) != '.') {
                return false;
            }
            if (k < token.length() && token.charAt(k) == '-') {
                k++;
            }
        }
    }

    /** Returns true if the word at {@code i} starts in lower case but has a capital soon after. */
    private static boolean isCamelCase(CharSequence text, int i, int to) {
        for (int k = i + 1; k < to && k < i + 4 && Character.isLetter(text.charAt(k)); k++) {
            if (Character.isUpperCase(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNumeral(String token) {
        boolean digits = true;
        boolean roman = token.length() <= 6;
        for (int k = 0; k < token.length(); k++) {
            char c = token.charAt(k);
            digits &= Character.isDigit(c) || ((c == '.' || c == ',') && k > 0);
            roman &= "IVXLC".indexOf(c) >= 0;
        }
        return digits || roman;
    }

    private static int skipClosers(CharSequence text, int i, int to) {
        int j = i;
        while (j < to) {
            char c = text.charAt(j);
            if (isCloser(c)) {
                j++;
            } else if (TextChars.isSpace(c) && j + 1 < to && text.charAt(j + 1) == '»') {
                j += 2; // French spacing: « Pourquoi ? »
            } else {
                break;
            }
        }
        return j;
    }

    static boolean isTerminator(char c) {
        return c == '.' || c == '?' || c == '!' || c == '…' || c == '‽' || c == '。' || c == '？' || c == '！';
    }

    private static boolean isCloser(char c) {
        return c == ')' || c == ']' || c == '}' || c == '»' || c == '”' || c == '’' || c == '\'' || c == '"'
                || c == '›' || c == '“';
    }

    private static boolean isOpener(char c) {
        return c == '(' || c == '[' || c == '{' || c == '«' || c == '“' || c == '„' || c == '‘' || c == '\''
                || c == '"' || c == '‹' || c == '¿' || c == '¡';
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == '‘';
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '–' || c == '—';
    }
}
