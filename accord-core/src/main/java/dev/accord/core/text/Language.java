package dev.accord.core.text;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A natural language that Accord can read. Dutch and French are first-class (segmentation,
 * extraction); German and English are supported for sentence alignment of other pairs.
 *
 * <p>Codes are parsed with {@link #fromCode(String)}, which accepts ISO 639-1 codes
 * ({@code nl}), ISO 639-3 / 639-2T codes ({@code nld}) and ISO 639-2B codes ({@code dut}),
 * case-insensitively.
 */
public enum Language {
    /** Dutch. */
    NL("nl", "nld", "dut", "Dutch"),
    /** French. */
    FR("fr", "fra", "fre", "French"),
    /** German. */
    DE("de", "deu", "ger", "German"),
    /** English. */
    EN("en", "eng", "eng", "English");

    private final String iso1;
    private final String iso3;
    private final String iso2b;
    private final String englishName;

    Language(String iso1, String iso3, String iso2b, String englishName) {
        this.iso1 = iso1;
        this.iso3 = iso3;
        this.iso2b = iso2b;
        this.englishName = englishName;
    }

    /** Returns the two-letter ISO 639-1 code, e.g. {@code nl}. */
    public String iso639_1() {
        return iso1;
    }

    /** Returns the three-letter ISO 639-3 code, e.g. {@code nld}. */
    public String iso639_3() {
        return iso3;
    }

    /** Returns the English name of the language, e.g. {@code Dutch}. */
    public String englishName() {
        return englishName;
    }

    /** Returns the {@link Locale} of this language (language only, no country). */
    public Locale locale() {
        return Locale.forLanguageTag(iso1);
    }

    /**
     * Parses an ISO 639-1, 639-3 or 639-2B code, ignoring case and surrounding whitespace.
     *
     * @param code a language code such as {@code nl}, {@code NLD} or {@code fre}
     * @return the language
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if the code names no supported language; the message
     *     quotes the code and lists the accepted ones
     */
    public static Language fromCode(String code) {
        Objects.requireNonNull(code, "code");
        String c = code.strip().toLowerCase(Locale.ROOT);
        for (Language l : values()) {
            if (l.iso1.equals(c) || l.iso3.equals(c) || l.iso2b.equals(c)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown language code '" + code + "': expected one of "
                + Arrays.stream(values()).map(l -> l.iso1 + "/" + l.iso3).collect(Collectors.joining(", ")));
    }

    /** Returns the ISO 639-1 code. */
    @Override
    public String toString() {
        return iso1;
    }
}
