package dev.accord.io;

import dev.accord.core.text.Language;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Short lists of frequent function words that belong to one of the supported languages and to
 * none of the others ({@code de} and {@code en} are Dutch and French, {@code die} Dutch and
 * German, {@code des} French and German, {@code had} and {@code been} English and Dutch: such
 * words are left out), and a list of {@linkplain #FOREIGN markers} of close languages that are
 * not supported (Spanish, Catalan, Italian, Portuguese: {@code los}, {@code amb}, {@code della},
 * {@code não}), whose share of French-looking words is otherwise high. Counting them tells a text
 * in one of these languages from a text in another in microseconds, which lets the
 * {@link LanguageCheck} confirm an ordinary text without loading its 10 MB model.
 *
 * <p>Immutable and thread-safe.
 */
final class FunctionWords {

    private static final Map<Language, Set<String>> WORDS = Collections.unmodifiableMap(new EnumMap<>(Map.of(
            Language.NL, Set.of("het", "een", "van", "niet", "zijn", "voor", "met", "dat", "ook", "wordt", "worden",
                    "naar", "aan", "bij", "deze", "maar", "heeft", "hebben", "door", "uit", "nog", "wel", "geen",
                    "werd", "zou", "tot", "om", "tussen", "hun", "zich", "wat", "nu", "waar", "onder", "tegen",
                    "zoals", "omdat", "werden", "moet", "kunnen", "veel", "ze", "hij", "wij"),
            Language.FR, Set.of("le", "la", "les", "du", "une", "est", "et", "que", "qui", "pour", "dans", "par",
                    "sur", "pas", "au", "aux", "avec", "ce", "cette", "ces", "sont", "ont", "mais", "ou", "été", "ses",
                    "leur", "leurs", "nous", "vous", "il", "ils", "elle", "elles", "se", "sa", "ne", "être", "fait",
                    "comme", "tout", "tous", "aussi", "très", "entre", "selon", "dont", "où"),
            Language.DE, Set.of("der", "das", "und", "ist", "nicht", "mit", "für", "auf", "dem", "ein", "eine",
                    "einen", "sich", "zu", "auch", "wird", "werden", "sie", "es", "im", "bei", "aus", "nach", "noch",
                    "nur", "oder", "über", "sind", "hat", "haben", "wurde", "kann", "dass", "einer", "vom", "zum",
                    "zur"),
            Language.EN, Set.of("the", "and", "of", "to", "that", "for", "with", "are", "this", "be", "have", "it",
                    "not", "by", "from", "which", "were", "they", "their", "has", "been", "would", "at", "but", "his",
                    "you", "who", "its", "than", "these", "should"))));

    /** Frequent words of Spanish, Catalan, Italian and Portuguese that are none of the above. */
    private static final Set<String> FOREIGN = Set.of(
            "el", "los", "las", "del", "por", "con", "una", "lo", "para", "como", "pero", "muy", "este", "esta",
            "fue", "han", "sus", "más", "els", "amb", "dels", "és", "aquest", "seva", "cal", "molt", "di", "che",
            "della", "gli", "sono", "nel", "anche", "questo", "os", "não", "em", "uma", "dos", "pela", "são", "muito",
            "isso");

    private FunctionWords() {
    }

    /** The index of the count of {@link #FOREIGN} markers in what {@link #count} returns. */
    static final int FOREIGN_INDEX = Language.values().length;
    /** The index of the number of words in what {@link #count} returns. */
    static final int WORDS_INDEX = FOREIGN_INDEX + 1;

    /**
     * Counts, per language (by ordinal), the words of {@code text} that are function words of that
     * language; index {@link #FOREIGN_INDEX} holds the markers of unsupported close languages and
     * {@link #WORDS_INDEX} the number of words in all.
     */
    static int[] count(CharSequence text) {
        Language[] languages = Language.values();
        int[] counts = new int[WORDS_INDEX + 1];
        int i = 0;
        int length = text.length();
        while (i < length) {
            while (i < length && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < length && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                counts[WORDS_INDEX]++;
                if (i - start <= 6) {
                    String word = text.subSequence(start, i).toString().toLowerCase(Locale.ROOT);
                    for (Language language : languages) {
                        if (WORDS.get(language).contains(word)) {
                            counts[language.ordinal()]++;
                        }
                    }
                    if (FOREIGN.contains(word)) {
                        counts[FOREIGN_INDEX]++;
                    }
                }
            }
        }
        return counts;
    }
}
