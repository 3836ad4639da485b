package dev.accord.normalize;

import dev.accord.core.text.Language;

/**
 * The language-neutral spelling of numbers written with digits.
 *
 * <p><b>Design decision.</b> Dutch, French and German write the decimal separator as a comma
 * and group thousands with a point (Dutch, German) or a space (French, also a no-break or thin
 * space); English swaps comma and point. A number becomes its digits without group separators,
 * a point before the decimals, and no trailing zeros after it: {@code 3,5 → 3.5},
 * {@code 1.000 → 1000}, {@code 1 000 → 1000}, {@code 1.000,50 → 1000.5}, English
 * {@code 1,000.50 → 1000.5}. A separator is read as grouping only when it is the language's
 * group separator and every group after the first has exactly three digits; otherwise a single
 * point or comma is read as a decimal separator ({@code 2.5} in Dutch is 2.5). Anything else (a
 * date {@code 23.11.2026}, a version {@code 1.2.3}) keeps its spelling. Leading zeros are kept.
 */
final class NumberForms {

    private NumberForms() {
    }

    /** Returns true for the spaces that group thousands: space, no-break, figure, thin, narrow no-break. */
    static boolean isGroupSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u2007' || c == '\u2009' || c == '\u202F';
    }

    /**
     * Returns the language-neutral form of {@code raw}, a run of digits and separators.
     *
     * @param raw the number as written, e.g. {@code 1 000,5}
     * @param language the language it is written in
     */
    static String canonical(String raw, Language language) {
        char decimal = language == Language.EN ? '.' : ',';
        char group = language == Language.EN ? ',' : '.';
        int point = raw.indexOf(decimal);
        if (point >= 0) {
            String fraction = raw.substring(point + 1);
            String integer = ungroup(raw.substring(0, point), group);
            if (integer == null || !allDigits(fraction)) {
                return raw;
            }
            return withFraction(integer, fraction);
        }
        String integer = ungroup(raw, group);
        if (integer != null) {
            return integer;
        }
        int other = raw.indexOf(group);
        if (other > 0 && other == raw.lastIndexOf(group)
                && allDigits(raw.substring(0, other)) && allDigits(raw.substring(other + 1))) {
            return withFraction(raw.substring(0, other), raw.substring(other + 1));
        }
        return raw;
    }

    /** Returns the digits of a possibly grouped integer, or null if it is not one. */
    private static String ungroup(String integer, char group) {
        if (allDigits(integer)) {
            return integer;
        }
        int first = 0;
        while (first < integer.length() && isDigit(integer.charAt(first))) {
            first++;
        }
        if (first == 0 || first > 3) {
            return null;
        }
        char separator = integer.charAt(first);
        if (separator != group && !isGroupSpace(separator)) {
            return null;
        }
        StringBuilder digits = new StringBuilder(integer.length()).append(integer, 0, first);
        for (int i = first; i < integer.length(); i += 4) {
            if (integer.charAt(i) != separator || i + 4 > integer.length() || !allDigits(integer.substring(i + 1, i + 4))) {
                return null;
            }
            digits.append(integer, i + 1, i + 4);
        }
        return digits.toString();
    }

    private static String withFraction(String integer, String fraction) {
        int end = fraction.length();
        while (end > 0 && fraction.charAt(end - 1) == '0') {
            end--;
        }
        return end == 0 ? integer : integer + "." + fraction.substring(0, end);
    }

    private static boolean allDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
