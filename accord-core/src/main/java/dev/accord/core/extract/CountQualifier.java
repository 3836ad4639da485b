package dev.accord.core.extract;

/**
 * How exactly a text states a number, such as a number of signatories: "34 companies" is
 * {@link #EXACT}, "some 150" is {@link #ABOUT}, "more than 100" is {@link #MORE_THAN}.
 *
 * <p>A stated number is its value together with its qualifier: "more than 100" and "100" are
 * different statements. The qualifier is the text's own wording, not a judgement of whether the
 * number is true.
 */
public enum CountQualifier {
    /** The number as such: "34 companies", "thirty-four firms", "vierendertig bedrijven". */
    EXACT,
    /** Approximately: "about", "some", "nearly", "ongeveer", "zo'n", "bijna", "environ", "près de". */
    ABOUT,
    /** Strictly above: "more than", "over", "meer dan", "ruim", "plus de". */
    MORE_THAN,
    /** The number or above: "at least", "minstens", "au moins". */
    AT_LEAST,
    /** Strictly below: "fewer than", "less than", "minder dan", "moins de". */
    FEWER_THAN,
    /** The number or below: "at most", "hoogstens", "au plus". */
    AT_MOST;

    /**
     * Returns {@code count} with this qualifier in English words: {@code 34}, {@code about 90},
     * {@code more than 150}.
     */
    public String render(int count) {
        return switch (this) {
            case EXACT -> Integer.toString(count);
            case ABOUT -> "about " + count;
            case MORE_THAN -> "more than " + count;
            case AT_LEAST -> "at least " + count;
            case FEWER_THAN -> "fewer than " + count;
            case AT_MOST -> "at most " + count;
        };
    }
}
