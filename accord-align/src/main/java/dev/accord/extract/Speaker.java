package dev.accord.extract;

import dev.accord.extract.CompanyFinder.Mention;
import dev.accord.extract.Lexicon.Cues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who "we" is: in an interview, the company of its guest; elsewhere, in a quotation, the company
 * of its speaker ({@link #quotedSpeaker}). A text is an interview when at least
 * {@value #QUESTIONS} of its paragraphs end with a question; its guest's company is the first
 * company its introduction (the sentences before the first question, headings left out) names
 * ({@code Het Finse F-Secure hoorde bij de eerste ondertekenaars ... Hoe kwam u bij het akkoord
 * terecht? ... Wij hebben het meteen ondertekend}).
 *
 * <p>Stateless and thread-safe.
 */
final class Speaker {

    /** How many paragraphs must end with a question for a text to be an interview: {@value}. */
    static final int QUESTIONS = 2;

    /** How many words may stand between "we" and the verb it is the subject of ({@code Wij hebben het meteen ondertekend}): {@value}. */
    static final int WE_WINDOW = 3;

    private Speaker() {
    }

    /**
     * The guest of an interview.
     *
     * @param company the company of the guest
     * @param firstQuestion the first sentence of the first question; "we" before it is the interviewer's
     */
    record Guest(String company, int firstQuestion) {
    }

    /** Returns the interview's guest, or empty if the text is no interview or its introduction names no company. */
    static Optional<Guest> guest(List<AnalyzedSentence> sentences, Map<Integer, List<Mention>> bySentence) {
        int questions = 0;
        int firstQuestion = -1;
        for (int i = 0; i < sentences.size(); i++) {
            boolean lastOfParagraph = i + 1 == sentences.size()
                    || sentences.get(i + 1).sentence().paragraph() != sentences.get(i).sentence().paragraph();
            if (lastOfParagraph && sentences.get(i).asks()) {
                questions++;
                int first = i;
                while (first > 0 && sentences.get(first - 1).sentence().paragraph() == sentences.get(i).sentence().paragraph()) {
                    first--;
                }
                firstQuestion = firstQuestion < 0 ? first : firstQuestion;
            }
        }
        if (questions < QUESTIONS) {
            return Optional.empty();
        }
        for (int i = 0; i < firstQuestion; i++) {
            List<Mention> named = bySentence.getOrDefault(i, List.of());
            if (!sentences.get(i).heading() && !named.isEmpty()) {
                return Optional.of(new Guest(named.get(0).company(), firstQuestion));
            }
        }
        return Optional.empty();
    }

    /**
     * Returns true if the first person plural, in the guest's answers, is the subject of the cue at words {@code [cueStart, ...)}:
     * it stands at most {@value #WE_WINDOW} words before it, in its clause, with no name, noun of
     * companies or relative pronoun between ({@code everything we run comes from firms that signed
     * it}) and no name before it in its clause; not in the introduction or a question (the
     * interviewer's "we": {@code We spoke to her on the sidelines of Web Summit}), nor in a sentence that reports
     * someone else's words ({@code "Wij tekenen op dag één," zei mijn oude baas}).
     */
    static boolean weAreSubject(Guest guest, AnalyzedSentence s, int cueStart, int[] clause, List<Mention> here, Lexicon lexicon) {
        List<Word> w = s.words();
        if (s.index() < guest.firstQuestion() || s.asks() || lexicon.get(Cues.SPEECH_VERBS).occursIn(w, 0, w.size()) && lexicon.get(Cues.PERSON_TITLES).occursIn(w, 0, w.size())) {
            return false;
        }
        return weBefore(s, cueStart, clause, here, lexicon);
    }

    /**
     * Returns the company that says "we" in a quotation of sentence {@code index}, in a text that is no interview: the
     * one company of the sentence that attributes the quotation with a verb of saying, that sentence itself, one of the
     * {@value #QUOTE_REACH} before it or the one after it in its paragraph ({@code 'Wij hebben niet getekend,' zegt
     * Hilde Vanbrabant, die bij Lumaris de beveiliging leidt}). Empty if no quotation mark stands in the sentences read
     * up to the one of saying, or that one names no company or several.
     */
    static Optional<String> quotedSpeaker(List<AnalyzedSentence> sentences, int index, Map<Integer, List<Mention>> bySentence, Lexicon lexicon) {
        int paragraph = sentences.get(index).sentence().paragraph();
        if (sentences.get(index).asks()) {
            return Optional.empty();
        }
        // the sentence itself, those before it in its paragraph (a quotation goes on), then the one after it
        List<Integer> order = new ArrayList<>();
        for (int k = index; k >= Math.max(0, index - QUOTE_REACH); k--) {
            order.add(k);
        }
        order.add(index + 1);
        boolean quoted = false;
        for (int k : order) {
            if (k >= sentences.size() || sentences.get(k).sentence().paragraph() != paragraph) {
                continue;
            }
            quoted |= QUOTATION.matcher(sentences.get(k).sentence().text()).find();
            List<Word> w = sentences.get(k).words();
            if (lexicon.get(Cues.SPEECH_VERBS).occursIn(w, 0, w.size())) {
                List<String> companies = bySentence.getOrDefault(k, List.of()).stream().map(Mention::company).distinct().toList();
                return quoted && companies.size() == 1 ? Optional.of(companies.get(0)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** How many sentences before "we" the sentence that attributes its quotation may stand: {@value}. */
    static final int QUOTE_REACH = 3;

    /** A quotation mark that opens or closes a quotation: a double one anywhere, a single one at a word's edge. */
    private static final Pattern QUOTATION = Pattern.compile("[" + Word.QUOTATION_MARKS + "]|(^|\\s)['‘]|['’](\\s|[,.!?;:]|$)");

    /**
     * Returns true if the first person plural is the subject of the cue at words {@code [cueStart, ...)}: it stands at most
     * {@value #WE_WINDOW} words before it, in its clause, with no name, noun of companies or relative pronoun between
     * and no name before it in its clause.
     */
    static boolean weBefore(AnalyzedSentence s, int cueStart, int[] clause, List<Mention> here, Lexicon lexicon) {
        List<Word> w = s.words();
        for (PhraseList.Match we : lexicon.get(Cues.FIRST_PERSON).find(w, 0, cueStart)) {
            if (cueStart - we.end() <= WE_WINDOW && clause[we.start()] == clause[cueStart]
                    && !lexicon.get(Cues.RELATIVE_PRONOUNS).occursIn(w, we.end(), cueStart)
                    && !lexicon.get(Cues.COMPANY_NOUNS).occursIn(w, we.end(), cueStart)
                    && here.stream().noneMatch(m -> m.start() < cueStart && m.end() > we.start())
                    && here.stream().noneMatch(m -> m.end() <= we.start() && clause[m.start()] == clause[we.start()])) {
                return true;
            }
        }
        return false;
    }
}
