package dev.accord.extract;

import dev.accord.core.extract.CountQualifier;
import dev.accord.core.text.IndexRange;
import dev.accord.core.text.Language;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * Reads a number, written in words or digits, and the count qualifier before it from a sentence's
 * words, in Dutch, French or English.
 *
 * {@snippet :
 * NumberReader reader = NumberReader.of(Language.FR);
 * List<String> words = List.of("plus", "de", "quatre", "vingt", "dix", "entreprises");
 * reader.read(words, 2); // Optional[CountPhrase[value=90, qualifier=MORE_THAN, words=#2..#5, qualifierWords=#0..#2]]
 * }
 *
 * <p><b>Input.</b> The words of one sentence as the analysis gives them: lower-cased and
 * ASCII-folded ({@code tweeenzestig} for {@code tweeënzestig}), punctuation left out. Upper case and
 * unfolded letters are tolerated (each word is lower-cased with {@link Locale#ROOT} and folded with
 * Lucene's {@link ASCIIFoldingFilter#foldToASCII}, the project's one fold). A compound may come as
 * one word or split at its hyphens, as Lucene's {@code StandardTokenizer} splits it:
 * {@code quatre-vingt-dix} and {@code quatre vingt dix}, {@code thirty-four} and {@code thirty four},
 * {@code vingt-et-un} and {@code vingt et un}, {@code vierendertig} and {@code vier en dertig}.
 *
 * <p><b>What is read.</b> At index {@code from}, the longest run of whole words that writes one
 * number (at most {@value #MAX_NUMBER_WORDS} words):
 * <ul>
 *   <li>number words from 0 to 999 999 999 999 composed from {@code <lang>/numbers.txt} (see
 *       {@link NumberWords}): {@code honderdvijftig}, {@code one hundred and fifty},
 *       {@code cent cinquante}, {@code soixante-et-onze}, {@code septante}, {@code a thousand};</li>
 *   <li>a noun of approximate quantity, alone or after one or a unit: {@code een tiental} (10),
 *       {@code une centaine} (100), {@code a dozen} (12), {@code two dozen} (24), read with the
 *       qualifier {@link CountQualifier#ABOUT} unless a phrase before it says otherwise. Plural
 *       nouns of vague quantity ({@code honderden}, {@code des centaines}, {@code dozens},
 *       {@code tientallen}) state no number and are not read;</li>
 *   <li>halves before a hundred, a scale or a noun of approximate quantity ({@code anderhalf honderd}
 *       150, {@code half a hundred} 50, {@code une demi-centaine} about 50) or after a scale or such a
 *       noun ({@code une centaine et demie} about 150); a half before anything else is no number;</li>
 *   <li>digits: {@code 34}; thousands grouped with the language's separator ({@code 1.000} in Dutch
 *       and French, {@code 1,000} in English) or split into words of three digits ({@code 1 000},
 *       which the tokenizer gives as two words {@code 1}, {@code 000}, and only after one to three
 *       digits, so that {@code 2018 100} stays two numbers); digits before a scale word,
 *       with the language's decimal separator if the product is whole ({@code 1,5 miljoen}). A
 *       decimal alone ({@code 1,5}), the other language's grouping ({@code 1,000} in Dutch) and
 *       ordinals ({@code 34e}, {@code tweede}, {@code premier}, {@code first}) are not read.</li>
 * </ul>
 * Words that are numbers in their own right are read as such and the caller decides what they
 * count: the article {@code een}/{@code un}/{@code une} is 1, {@code neuf} (also "new") is 9,
 * {@code 2018} is 2018. A joining word ({@code en}, {@code et}, {@code and}) is only read between
 * two number words; a word that only starts like a number ({@code eenmaal}, {@code vieren},
 * {@code honderden}) is not read at all.
 *
 * <p><b>Qualifier.</b> The longest phrase of {@code <lang>/count-qualifiers.txt} (see
 * {@link CountQualifierPhrases}) that ends right before the number: {@code ruim 150} is
 * {@link CountQualifier#MORE_THAN}, {@code pas moins de 30} {@link CountQualifier#AT_LEAST} (not
 * {@code moins de}), {@code plus d'une centaine} {@link CountQualifier#MORE_THAN}. "Nearly"
 * ({@code bijna}, {@code près de}, {@code nearly}) is {@link CountQualifier#ABOUT}: the true number
 * is close to the count, which {@link CountQualifier#FEWER_THAN} would not say.
 *
 * <p><b>Design decision: our own reader, not ICU.</b> ICU4J 79.1's {@code RuleBasedNumberFormat}
 * spell-out parsing was tried first on the forms above. Strict parsing fails on case variants
 * ({@code Zeventig}) and on split compounds ({@code quatre vingt dix} is 4, {@code vingt et un} 20,
 * {@code thirty four} 3004, {@code vierendertig} 4). Lenient parsing reads those, but reads
 * ordinals as counts ({@code tweede} 2, {@code premier} 1, {@code first} 1), stops inside words
 * ({@code eenmaal} and {@code honderden} give 1 and 100 unless the caller checks the position), does
 * not read the Belgian {@code septante}/{@code nonante} with the French rules (the {@code fr_BE}
 * rules read them but not {@code soixante dix}, which gives 60), nor {@code zero} folded from
 * {@code zéro}, nor {@code a hundred}. And it is slow for a reader tried at every word: in one run
 * on the project's shared 2-core machine (a warm plain loop, not JMH), ICU took 93-397 µs to read
 * {@code vierendertig}, {@code quatre vingt dix} or {@code thirty four} and 268-647 µs to reject
 * {@code bedrijven}, {@code entreprises} or {@code companies}; this reader took 0.7-3.5 µs and
 * 0.3-0.6 µs. ICU's formatter stays, in the tests only, as the reference spelling that every number
 * from 0 to 1999 and a seeded sample up to a million must be read back from
 * ({@code NumberReaderSpellingTest}). The composition here is small and its words
 * stay data, as every other word list of the project does.
 *
 * <p>Immutable and thread-safe; each language's reader is built once, on first use, by a lazy holder.
 */
final class NumberReader {

    /** The most words one number may span; longer runs end there. */
    static final int MAX_NUMBER_WORDS = 16;

    /** The most digits read from one word; longer digit strings are not numbers of anything we count. */
    static final int MAX_DIGITS = 15;

    private static final Pattern PHRASE_SEPARATOR = Pattern.compile("[\\s-]+");

    private final NumberWords numbers;
    private final CountQualifierPhrases qualifiers;
    private final Pattern grouped;
    private final Pattern decimal;

    private NumberReader(NumberWords numbers, CountQualifierPhrases qualifiers) {
        this.numbers = numbers;
        this.qualifiers = qualifiers;
        this.grouped = Pattern.compile("\\d{1,3}(?:" + Pattern.quote(String.valueOf(numbers.grouping())) + "\\d{3})+");
        this.decimal = Pattern.compile("\\d{1,3}(?:" + Pattern.quote(String.valueOf(numbers.grouping())) + "\\d{3})*"
                + Pattern.quote(String.valueOf(numbers.decimal())) + "\\d+|\\d+"
                + Pattern.quote(String.valueOf(numbers.decimal())) + "\\d+");
    }

    /**
     * Returns the reader for {@code language}, loading its word lists on first use.
     *
     * @throws NullPointerException if {@code language} is null
     * @throws IllegalArgumentException if the language has no number words (German)
     * @throws UncheckedIOException if a word list of the language is missing from the jar or broken;
     *     the message names the file
     */
    static NumberReader of(Language language) {
        Objects.requireNonNull(language, "language");
        return switch (language) {
            case NL -> Nl.READER;
            case FR -> Fr.READER;
            case EN -> En.READER;
            case DE -> throw new IllegalArgumentException(
                    "numbers are read in nl, fr and en; no number words for " + language.englishName() + " (" + language + ")");
        };
    }

    /**
     * Builds a reader from the word lists in {@code folder} beside this package
     * ({@code numbers.txt} and {@code count-qualifiers.txt}).
     *
     * @throws UncheckedIOException if a list is missing or broken; the message names the file
     */
    static NumberReader load(String folder) {
        return new NumberReader(NumberWords.load(folder), CountQualifierPhrases.load(folder));
    }

    /**
     * Reads the number that starts at word {@code from}, and the qualifier before it.
     *
     * @param words a sentence's words, lower-cased and ASCII-folded (see the class javadoc); no
     *     element null
     * @param from the index of the number's first word
     * @return the number, the words it spans and its qualifier; empty if no number starts at
     *     {@code from}
     * @throws NullPointerException if {@code words} or a word it reads is null
     * @throws IllegalArgumentException if {@code from} is not an index of {@code words}
     */
    Optional<CountPhrase> read(List<String> words, int from) {
        Objects.requireNonNull(words, "words");
        if (from < 0 || from >= words.size()) {
            throw new IllegalArgumentException("from must be an index of the " + words.size() + " words, got " + from);
        }
        String first = form(words.get(from));
        String elision = numbers.elision(first);
        String body = elision == null ? first : first.substring(elision.length());
        if (body.isEmpty() || !isDigit(body.charAt(0)) && !numbers.mayBegin(body)) {
            return Optional.empty(); // most words: no number word starts them
        }
        Reading reading = isDigit(body.charAt(0)) ? readDigits(words, from, body) : readWords(words, from, body);
        if (reading == null) {
            return Optional.empty();
        }
        CountQualifierPhrases.Match match = qualifierBefore(words, from, elision);
        CountQualifier qualifier = match != null ? match.qualifier()
                : reading.approximate() ? CountQualifier.ABOUT : CountQualifier.EXACT;
        int qualifierStart = from - (match == null ? 0 : match.words());
        return Optional.of(new CountPhrase(reading.value(), qualifier,
                new IndexRange(from, from + reading.words()), new IndexRange(qualifierStart, from)));
    }

    /** A number read: its value, its word count, and whether it is a noun of approximate quantity. */
    private record Reading(long value, int words, boolean approximate) {
    }

    private Reading readWords(List<String> words, int from, String firstBody) {
        List<String> firstParts = numbers.segment(firstBody);
        if (firstParts == null) {
            return null;
        }
        List<String> parts = new ArrayList<>(firstParts);
        int limit = Math.min(words.size(), from + MAX_NUMBER_WORDS);
        int[] wordEnds = new int[limit - from];
        wordEnds[0] = parts.size();
        int wordCount = 1;
        for (int k = from + 1; k < limit; k++) {
            List<String> next = numbers.segment(form(words.get(k)));
            if (next == null) {
                break;
            }
            parts.addAll(next);
            wordEnds[wordCount++] = parts.size();
        }
        Composer composer = new Composer();
        Reading best = null;
        int word = 0;
        for (int i = 0; i < parts.size(); ) {
            int advanced = composer.take(numbers, parts, i);
            if (advanced == 0) {
                break;
            }
            i += advanced;
            while (word < wordCount && wordEnds[word] < i) {
                word++;
            }
            if (word < wordCount && wordEnds[word] == i && composer.complete()) {
                best = new Reading(composer.value(), word + 1, composer.approximate);
            }
        }
        return best;
    }

    private Reading readDigits(List<String> words, int from, String body) {
        BigDecimal value = digits(body);
        if (value == null) {
            return null;
        }
        int k = from + 1;
        int limit = Math.min(words.size(), from + MAX_NUMBER_WORDS);
        if (body.length() <= 3 && value.scale() == 0) {
            for (; k < limit && isThreeDigits(words.get(k)); k++) {
                value = value.scaleByPowerOfTen(3).add(new BigDecimal(words.get(k)));
            }
        }
        long scale = k < limit ? scaleWord(form(words.get(k))) : 0;
        if (scale > 0) {
            value = value.multiply(BigDecimal.valueOf(scale));
            k++;
        } else if (value.scale() > 0) {
            return null; // a decimal counts nothing unless a scale word makes it whole
        }
        try {
            return new Reading(value.longValueExact(), k - from, false);
        } catch (ArithmeticException notWhole) {
            return null;
        }
    }

    private BigDecimal digits(String word) {
        if (word.length() > MAX_DIGITS + MAX_DIGITS / 3 + 2) {
            return null;
        }
        if (word.chars().allMatch(NumberReader::isDigit)) {
            return word.length() <= MAX_DIGITS ? new BigDecimal(word) : null;
        }
        String grouping = String.valueOf(numbers.grouping());
        if (grouped.matcher(word).matches()) {
            return new BigDecimal(word.replace(grouping, ""));
        }
        if (decimal.matcher(word).matches()) {
            return new BigDecimal(word.replace(grouping, "").replace(numbers.decimal(), '.'));
        }
        return null;
    }

    /** Returns the value of {@code word} if it is exactly one scale word ({@code miljoen}), else 0. */
    private long scaleWord(String word) {
        List<String> parts = numbers.segment(word);
        if (parts == null) {
            return 0;
        }
        for (NumberWords.Atom a : numbers.atomsAt(parts, 0)) {
            if (a.kind() == NumberWords.Kind.SCALE && a.parts().size() == parts.size()) {
                return a.value();
            }
        }
        return 0;
    }

    private CountQualifierPhrases.Match qualifierBefore(List<String> words, int from, String elision) {
        int start = Math.max(0, from - qualifiers.longestPhrase());
        List<String> before = new ArrayList<>();
        List<Integer> back = new ArrayList<>();
        for (int k = start; k < from; k++) {
            for (String w : phraseWords(form(words.get(k)))) {
                before.add(w);
                back.add(from - k);
            }
        }
        if (elision != null) {
            before.add(elision);
            back.add(0);
        }
        CountQualifierPhrases.Match match = qualifiers.longestEnding(before,
                back.stream().mapToInt(Integer::intValue).toArray());
        return match == null || match.words() == 0 ? null : match;
    }

    /** Splits a qualifier phrase, or a word of the text, into words at spaces and hyphens. */
    static List<String> phraseWords(String text) {
        List<String> words = new ArrayList<>(2);
        for (String w : PHRASE_SEPARATOR.split(text.strip())) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /** Lower case with {@link Locale#ROOT}, then Lucene's ASCII fold if the word needs one. */
    static String form(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) >= 0x80) {
                char[] folded = new char[lower.length() * 4];
                int length = ASCIIFoldingFilter.foldToASCII(lower.toCharArray(), 0, folded, 0, lower.length());
                return new String(folded, 0, length);
            }
        }
        return lower;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isThreeDigits(String word) {
        return word.length() == 3 && word.chars().allMatch(NumberReader::isDigit);
    }

    /**
     * The number being composed from number words, one atom or joining word at a time. A group is
     * the part below the current scale: a hundreds part ({@link #group}) and the rest ({@link #tail}).
     */
    private static final class Composer {
        private long total;
        private long group;
        private long tail;
        private NumberWords.Kind last;
        private long lastScale = Long.MAX_VALUE;
        private boolean hasHundred;
        private boolean tensTakeTeens;
        private boolean approximate;
        /** The halves of a word of halves just read ({@code anderhalf}: 3), 0 if none. */
        private long halves;
        /** The value of the scale or noun of approximate quantity just read, of which a half may follow. */
        private long multiplier;
        private Set<NumberWords.Joiner> pending;

        /** Takes the atom or joining word at {@code parts[i]}; returns how many parts it used, 0 if none fits. */
        int take(NumberWords numbers, List<String> parts, int i) {
            for (NumberWords.Atom a : numbers.atomsAt(parts, i)) {
                if (apply(a)) {
                    return a.parts().size();
                }
            }
            Set<NumberWords.Joiner> joiner = numbers.joiner(parts.get(i));
            if (!joiner.isEmpty() && pending == null && last != null && last != NumberWords.Kind.ZERO
                    && last != NumberWords.Kind.ARTICLE && last != NumberWords.Kind.APPROXIMATE
                    && last != NumberWords.Kind.HALVES && last != NumberWords.Kind.HALF_MORE) {
                pending = joiner;
                return 1;
            }
            return 0;
        }

        boolean complete() {
            return pending == null && last != null && last != NumberWords.Kind.ARTICLE && last != NumberWords.Kind.HALVES;
        }

        long value() {
            return total + group + tail;
        }

        private boolean apply(NumberWords.Atom a) {
            if (!fits(a)) {
                return false;
            }
            long v = a.value();
            switch (a.kind()) {
                case ZERO -> last = a.kind();
                case ARTICLE -> last = halves > 0 ? NumberWords.Kind.HALVES : a.kind(); // "half a hundred"
                case HALVES -> {
                    halves = v;
                    tail = 0;
                    last = NumberWords.Kind.HALVES;
                }
                case HALF_MORE -> {
                    if (last == NumberWords.Kind.SCALE) {
                        total += multiplier / 2;
                    } else {
                        tail += multiplier / 2;
                    }
                    last = NumberWords.Kind.HALF_MORE;
                }
                case UNIT, TEEN -> {
                    tail = startsPart() ? v : tail + v;
                    last = a.kind();
                }
                case TENS -> {
                    if (last == NumberWords.Kind.UNIT) { // vier-en-dertig: the unit came first
                        tail += v;
                    } else {
                        tail = v;
                        last = NumberWords.Kind.TENS;
                        tensTakeTeens = a.takesTeens();
                    }
                }
                case HUNDRED -> {
                    group = halves > 0 ? halves * v / 2 : (tail == 0 ? 1 : tail) * v;
                    halves = 0;
                    tail = 0;
                    hasHundred = true;
                    last = NumberWords.Kind.HUNDRED;
                }
                case SCALE -> {
                    long n = group + tail;
                    total += halves > 0 ? halves * v / 2 : (n == 0 ? 1 : n) * v;
                    halves = 0;
                    multiplier = v;
                    group = 0;
                    tail = 0;
                    hasHundred = false;
                    lastScale = v;
                    last = NumberWords.Kind.SCALE;
                }
                case APPROXIMATE -> {
                    tail = halves > 0 ? halves * v / 2 : (last == NumberWords.Kind.UNIT ? tail : 1) * v;
                    halves = 0;
                    multiplier = v;
                    approximate = true;
                    last = NumberWords.Kind.APPROXIMATE;
                }
            }
            pending = null;
            return true;
        }

        /** Whether atom {@code a} may follow what has been read, after the pending joining word if any. */
        private boolean fits(NumberWords.Atom a) {
            boolean afterTens = last == NumberWords.Kind.TENS;
            boolean afterHundred = last == NumberWords.Kind.HUNDRED || last == NumberWords.Kind.SCALE;
            if (pending != null) {
                return switch (a.kind()) {
                    case UNIT -> pending.contains(NumberWords.Joiner.AFTER_TENS) && afterTens
                            || pending.contains(NumberWords.Joiner.AFTER_HUNDRED) && afterHundred;
                    case TEEN -> pending.contains(NumberWords.Joiner.AFTER_TENS) && afterTens && tensTakeTeens
                            || pending.contains(NumberWords.Joiner.AFTER_HUNDRED) && afterHundred;
                    case TENS -> pending.contains(NumberWords.Joiner.BETWEEN_UNITS_AND_TENS)
                            && last == NumberWords.Kind.UNIT && tail < 10
                            || pending.contains(NumberWords.Joiner.AFTER_HUNDRED) && afterHundred;
                    default -> false;
                };
            }
            if (last == NumberWords.Kind.HALF_MORE) {
                return false; // "une centaine et demie" is whole
            }
            boolean afterHalves = last == NumberWords.Kind.HALVES;
            if (afterHalves && a.kind() != NumberWords.Kind.HUNDRED && a.kind() != NumberWords.Kind.SCALE
                    && a.kind() != NumberWords.Kind.APPROXIMATE && a.kind() != NumberWords.Kind.ARTICLE) {
                return false;
            }
            return switch (a.kind()) {
                case ZERO -> last == null;
                case ARTICLE -> last == null || afterHalves; // "half a hundred"
                // "une demi-centaine": French writes its article as the unit one
                case HALVES -> last == null || last == NumberWords.Kind.ARTICLE
                        || last == NumberWords.Kind.UNIT && tail == 1 && total == 0 && group == 0;
                case HALF_MORE -> (last == NumberWords.Kind.SCALE || last == NumberWords.Kind.APPROXIMATE) && multiplier % 2 == 0;
                case UNIT -> startsPart() || afterTens;
                case TEEN -> startsPart() || afterTens && tensTakeTeens;
                case TENS -> startsPart();
                case HUNDRED -> !hasHundred && (last == null || last == NumberWords.Kind.ARTICLE || afterHalves && halves * a.value() % 2 == 0
                        || last == NumberWords.Kind.SCALE || isTailWord(last) && tail > 0 && tail < 100);
                case SCALE -> a.value() < lastScale && last != NumberWords.Kind.ZERO
                        && last != NumberWords.Kind.APPROXIMATE;
                case APPROXIMATE -> last == null || last == NumberWords.Kind.ARTICLE || afterHalves && halves * a.value() % 2 == 0
                        || last == NumberWords.Kind.UNIT && tail < 10 && total == 0 && group == 0;
            };
        }

        /** Whether a unit, teen or ten would start a new part below a hundred. */
        private boolean startsPart() {
            return last == null || last == NumberWords.Kind.HUNDRED || last == NumberWords.Kind.SCALE;
        }

        private static boolean isTailWord(NumberWords.Kind kind) {
            return kind == NumberWords.Kind.UNIT || kind == NumberWords.Kind.TEEN || kind == NumberWords.Kind.TENS;
        }
    }

    private static final class Nl {
        static final NumberReader READER = load("nl");
    }

    private static final class Fr {
        static final NumberReader READER = load("fr");
    }

    private static final class En {
        static final NumberReader READER = load("en");
    }
}
