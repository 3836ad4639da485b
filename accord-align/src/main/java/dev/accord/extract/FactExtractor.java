package dev.accord.extract;

import dev.accord.core.Meeting;
import dev.accord.core.extract.Fact;
import java.util.ArrayList;
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
 *   <li><b>Signing day</b>: a weekday named in a sentence that says the accord was signed, as
 *       written ({@code Dinsdag}, {@code mardi}).</li>
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
        signatoryCount(sentences, lexicon).ifPresent(facts::add);
        pillarCount(sentences, lexicon).ifPresent(facts::add);
        signingDay(sentences, lexicon).ifPresent(facts::add);
        firstMeeting(sentences, lexicon).ifPresent(facts::add);
        return List.copyOf(facts);
    }

    private Optional<Fact> signatoryCount(List<TokenizedSentence> sentences, Lexicon lexicon) {
        Map<Integer, TreeSet<Integer>> sentencesByCount = new LinkedHashMap<>();
        Integer count = null;
        for (TokenizedSentence s : sentences) {
            if (s.heading()) {
                continue;
            }
            for (int value : countsBefore(s, lexicon, lexicon.countNouns())) {
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

    private Optional<Fact> pillarCount(List<TokenizedSentence> sentences, Lexicon lexicon) {
        Map<Integer, TreeSet<Integer>> sentencesByCount = new LinkedHashMap<>();
        for (TokenizedSentence s : sentences) {
            if (!s.heading()) {
                for (int value : countsBefore(s, lexicon, lexicon.pillarNouns())) {
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
            if (s.heading() || !saysSigned(s, lexicon)) {
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
            Optional<String> place = place(s);
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
            int end = i;
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

    private static boolean saysSigned(TokenizedSentence s, Lexicon lexicon) {
        return !Cue.findAll(lexicon.signing(), s.tokens(), 0, s.size()).isEmpty();
    }

    /** Returns the numbers that stand at most three words before one of {@code nouns}. */
    private static List<Integer> countsBefore(TokenizedSentence s, Lexicon lexicon, List<Cue> nouns) {
        List<Integer> counts = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            Optional<Integer> value = number(s.token(i), lexicon);
            if (value.isEmpty() || value.get() <= 1) {
                continue;
            }
            for (int j = i + 1; j < s.size() && j <= i + 3 && s.token(j).isWord(); j++) {
                int k = j;
                if (nouns.stream().anyMatch(c -> c.at(s.tokens(), k, k + 1).isPresent())) {
                    counts.add(value.get());
                    break;
                }
            }
        }
        return counts;
    }

    private static Optional<Integer> number(Token t, Lexicon lexicon) {
        if (!t.isWord()) {
            return Optional.empty();
        }
        if (t.text().matches("\\d{1,6}")) {
            return Optional.of(Integer.parseInt(t.text()));
        }
        return Optional.ofNullable(lexicon.numbers().get(t.fold()));
    }
}
