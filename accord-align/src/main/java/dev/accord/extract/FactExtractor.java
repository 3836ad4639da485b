package dev.accord.extract;

import dev.accord.core.Meeting;
import dev.accord.core.extract.Fact;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Finds the facts a text states about the accord, each with the sentences it comes from.
 *
 * <ul>
 *   <li><b>Signatory count</b>: a number (digits or words) before a company noun
 *       ({@code 34 internationale bedrijven}, {@code 34 firmes}) in a sentence that says they
 *       signed fixes the count; every sentence that names that many companies states it too
 *       ({@code de 34 bedrijven}). Other numbers (dates, years, pillars) do not count.</li>
 *   <li><b>Pillar count</b>: a number before a pillar noun ({@code vier pijlers},
 *       {@code quatre piliers}).</li>
 *   <li><b>Signing day</b>: a weekday named in a sentence that says the accord was signed or
 *       presented, as written ({@code Dinsdag}, {@code mardi}).</li>
 *   <li><b>First meeting</b>: in a sentence about meeting, the event (a name next to an event
 *       noun: {@code RSA conferentie} becomes {@code RSA Conference}) and the place.</li>
 * </ul>
 * Headings repeat the text they head and are not used as sources of facts.
 *
 * <p>Stateless and thread-safe.
 */
final class FactExtractor {

    private final Gazetteer gazetteer;

    FactExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<Fact> extract(List<TokenizedSentence> sentences, Lexicon lexicon) {
        List<Fact> facts = new ArrayList<>();
        List<int[]> numbers = new ArrayList<>(sentences.size());
        Map<String, Integer> numberWords = new HashMap<>(); // each folded word's value (or -1), once per document
        for (TokenizedSentence s : sentences) {
            numbers.add(numbers(s, lexicon, numberWords));
        }
        signatoryCount(sentences, numbers, lexicon).ifPresent(facts::add);
        pillarCount(sentences, numbers, lexicon).ifPresent(facts::add);
        signingDay(sentences, lexicon).ifPresent(facts::add);
        firstMeeting(sentences, lexicon).ifPresent(facts::add);
        return List.copyOf(facts);
    }

    private Optional<Fact> signatoryCount(List<TokenizedSentence> sentences, List<int[]> numbers, Lexicon lexicon) {
        Map<Integer, TreeSet<Integer>> sentencesByCount = new LinkedHashMap<>();
        Integer count = null;
        for (int n = 0; n < sentences.size(); n++) {
            TokenizedSentence s = sentences.get(n);
            if (s.heading()) {
                continue;
            }
            for (int value : countsBefore(s, numbers.get(n), lexicon, lexicon.countNouns())) {
                sentencesByCount.computeIfAbsent(value, k -> new TreeSet<>()).add(s.index());
                if (count == null && saysSigned(s, lexicon)) {
                    count = value;
                }
            }
        }
        if (count == null) {
            return Optional.empty();
        }
        return Optional.of(new Fact.SignatoryCount(count, List.copyOf(sentencesByCount.get(count))));
    }

    private Optional<Fact> pillarCount(List<TokenizedSentence> sentences, List<int[]> numbers, Lexicon lexicon) {
        Map<Integer, TreeSet<Integer>> sentencesByCount = new LinkedHashMap<>();
        for (int n = 0; n < sentences.size(); n++) {
            TokenizedSentence s = sentences.get(n);
            if (!s.heading()) {
                for (int value : countsBefore(s, numbers.get(n), lexicon, lexicon.pillarNouns())) {
                    sentencesByCount.computeIfAbsent(value, k -> new TreeSet<>()).add(s.index());
                }
            }
        }
        return sentencesByCount.entrySet().stream()
                .max((a, b) -> Integer.compare(a.getValue().size(), b.getValue().size()))
                .map(e -> new Fact.PillarCount(e.getKey(), List.copyOf(e.getValue())));
    }

    private static Optional<Fact> signingDay(List<TokenizedSentence> sentences, Lexicon lexicon) {
        for (TokenizedSentence s : sentences) {
            if (s.heading() || Cue.findAll(lexicon.launching(), s.tokens(), 0, s.size()).isEmpty()) {
                continue;
            }
            for (Token t : s.tokens()) {
                if (lexicon.days().contains(t.fold())) {
                    return Optional.of(new Fact.SigningDay(t.text(), List.of(s.index())));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Fact> firstMeeting(List<TokenizedSentence> sentences, Lexicon lexicon) {
        for (TokenizedSentence s : sentences) {
            if (s.heading() || Cue.findAll(lexicon.meeting(), s.tokens(), 0, s.size()).isEmpty()) {
                continue;
            }
            Optional<String> event = event(s, lexicon);
            Optional<String> place = place(s).or(() -> placeAfterPreposition(s));
            if (event.isPresent() && place.isPresent()) {
                return Optional.of(new Fact.FirstMeeting(new Meeting(event.get(), place.get()), List.of(s.index())));
            }
        }
        return Optional.empty();
    }

    /** Returns the event a sentence names: a capitalised name before or after an event noun. */
    private static Optional<String> event(TokenizedSentence s, Lexicon lexicon) {
        for (int i = 0; i < s.size(); i++) {
            String noun = lexicon.eventNouns().get(s.token(i).fold());
            if (noun == null) {
                continue;
            }
            int end = i > 0 && s.token(i - 1).is('-') ? i - 1 : i;
            int start = end;
            while (start > 0 && s.token(start - 1).isCapitalised()) {
                start--;
            }
            if (start == end) {
                start = i + 1;
                end = start;
                while (end < s.size() && s.token(end).isCapitalised()) {
                    end++;
                }
            }
            if (start < end) {
                return Optional.of(CompanyRecognizer.text(s, new CompanyRecognizer.Run(start, end)) + " " + noun);
            }
        }
        return Optional.empty();
    }

    /** Returns the first place the sentence names. */
    private Optional<String> place(TokenizedSentence s) {
        for (int i = 0; i < s.size(); i++) {
            int n = gazetteer.placeAt(s.tokens(), i);
            if (n > 0 && s.token(i).isCapitalised()) {
                return Optional.of(CompanyRecognizer.text(s, new CompanyRecognizer.Run(i, i + n)));
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the capitalised name after a preposition of place ({@code in}, {@code à}, {@code te})
     * that is no common word: the place of a meeting where the gazetteer does not know it.
     */
    private Optional<String> placeAfterPreposition(TokenizedSentence s) {
        for (int i = 0; i + 1 < s.size(); i++) {
            String f = s.token(i).fold();
            if ((f.equals("in") || f.equals("a") || f.equals("te")) && s.token(i + 1).isCapitalised()
                    && !gazetteer.isNotName(s.token(i + 1).fold())) {
                int end = i + 1;
                while (end < s.size() && s.token(end).isCapitalised()) {
                    end++;
                }
                return Optional.of(CompanyRecognizer.text(s, new CompanyRecognizer.Run(i + 1, end)));
            }
        }
        return Optional.empty();
    }

    private static boolean saysSigned(TokenizedSentence s, Lexicon lexicon) {
        return !Cue.findAll(lexicon.signing(), s.tokens(), 0, s.size()).isEmpty();
    }

    /**
     * Returns, per token of {@code s}, the number it writes, or -1 (numbers are never negative).
     *
     * @param numberWords the values of the words read so far in the document, filled by this call
     */
    private static int[] numbers(TokenizedSentence s, Lexicon lexicon, Map<String, Integer> numberWords) {
        int[] values = new int[s.size()];
        for (int i = 0; i < values.length; i++) {
            Token t = s.token(i);
            if (!t.isWord() || isSmallNumber(t.text())) {
                values[i] = number(t, lexicon).orElse(-1);
            } else {
                values[i] = numberWords.computeIfAbsent(t.fold(), f -> numberWord(f, lexicon).orElse(-1));
            }
        }
        return values;
    }

    /**
     * Returns the numbers that stand at most three words before one of {@code nouns}.
     *
     * @param numbers per token, the number it writes or -1 (see {@link #numbers})
     */
    private static List<Integer> countsBefore(TokenizedSentence s, int[] numbers, Lexicon lexicon, List<Cue> nouns) {
        List<Integer> counts = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (numbers[i] < 0 && !(i + 2 < s.size() && s.token(i + 1).is('-'))) {
                continue; // no number, and no compound (trente-quatre split) that could make one
            }
            Optional<Integer> value = numbers[i] < 0 ? Optional.empty() : Optional.of(numbers[i]);
            int last = i;
            StringBuilder compound = i + 2 < s.size() && s.token(i + 1).is('-') ? new StringBuilder(s.token(i).fold()) : null;
            for (int j = i + 2; compound != null && j < s.size() && s.token(j - 1).is('-') && s.token(j).isWord(); j += 2) {
                compound.append('-').append(s.token(j).fold());
                Optional<Integer> v = numberWord(compound.toString(), lexicon);
                if (v.isPresent()) {
                    value = v;
                    last = j;
                }
            }
            if (value.isEmpty() || value.get() <= 1 || isYear(s.token(i))) {
                continue;
            }
            for (int j = last + 1; j < s.size() && j <= last + 3 && s.token(j).isWord()
                    && numbers[j] < 0; j++) {
                int k = j;
                if (nouns.stream().anyMatch(c -> c.at(s.tokens(), k, k + 1).isPresent())) {
                    counts.add(value.get());
                    break;
                }
            }
        }
        return counts;
    }

    /** Returns true for a year 1900-2099: what {@code (19|20)\d\d} matches, without a regular expression per token. */
    private static boolean isYear(Token t) {
        String y = t.text();
        return y.length() == 4 && (y.startsWith("19") || y.startsWith("20")) && isSmallNumber(y);
    }

    private static Optional<Integer> number(Token t, Lexicon lexicon) {
        if (!t.isWord()) {
            return Optional.empty();
        }
        if (isSmallNumber(t.text())) {
            return Optional.of(Integer.parseInt(t.text()));
        }
        return numberWord(t.fold(), lexicon);
    }

    /**
     * Returns the value of a number written in words: a single word ({@code vier}, {@code quatre}),
     * a French compound joined by hyphens or {@code et} ({@code trente-quatre}, {@code vingt-et-un},
     * {@code dix-sept}), or a Dutch unit-and-tens compound ({@code vierendertig}).
     */
    static Optional<Integer> numberWord(String fold, Lexicon lexicon) {
        Integer single = lexicon.numbers().get(fold);
        if (single != null) {
            return Optional.of(single);
        }
        if (fold.contains("-")) {
            int sum = 0;
            for (String part : fold.split("-")) {
                if (part.equals("et")) {
                    continue;
                }
                Integer v = lexicon.numbers().get(part);
                if (v == null) {
                    return Optional.empty();
                }
                sum += v;
            }
            return Optional.of(sum);
        }
        int en = fold.indexOf("en", 1);
        while (en > 0) {
            Integer unit = lexicon.numbers().get(fold.substring(0, en));
            Integer tens = lexicon.numbers().get(fold.substring(en + 2));
            if (unit != null && tens != null && unit < 10 && tens >= 20 && tens % 10 == 0) {
                return Optional.of(unit + tens);
            }
            en = fold.indexOf("en", en + 1);
        }
        return Optional.empty();
    }

    /** Returns true for one to six ASCII digits (what {@code \\d{1,6}} matches), without a regex per token. */
    private static boolean isSmallNumber(String text) {
        if (text.isEmpty() || text.length() > 6) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
