package dev.accord.core.extract;

/**
 * How a count stated in a text relates to the true number: the qualifier written before it
 * ({@code ruim 150}, {@code plus de 80}, {@code at least 30}), or {@link #EXACT} when there is none.
 */
public enum CountQualifier {
    /** The count is stated as it is, with no qualifier ({@code 34 bedrijven}). */
    EXACT,
    /** The true number is near the count ({@code ongeveer}, {@code environ}, {@code about}, {@code une centaine}). */
    ABOUT,
    /** The true number is above the count ({@code meer dan}, {@code plus de}, {@code more than}). */
    MORE_THAN,
    /** The true number is the count or above ({@code minstens}, {@code au moins}, {@code at least}). */
    AT_LEAST,
    /** The true number is below the count ({@code minder dan}, {@code moins de}, {@code fewer than}). */
    FEWER_THAN,
    /** The true number is the count or below ({@code hooguit}, {@code jusqu'à}, {@code up to}). */
    AT_MOST
}
