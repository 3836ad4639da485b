package dev.accord.extract;

import dev.accord.core.Accord;
import dev.accord.core.Role;
import dev.accord.core.extract.CompanyFinding;
import dev.accord.core.extract.CompanyMention;
import dev.accord.core.extract.DocumentFindings;
import dev.accord.core.text.Document;
import dev.accord.core.text.Sentence;
import dev.accord.core.text.TextSpan;
import dev.accord.extract.CompanyRecognizer.Mention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The default {@link Extractor} for Dutch and French: tokens → companies and their roles,
 * pillars, facts.
 *
 * <p>Immutable and thread-safe.
 */
final class AccordExtractor implements Extractor {

    private final Set<String> extraNames;
    private final Gazetteer gazetteer;
    private final CompanyRecognizer recognizer;

    /**
     * @param accord the accord whose companies are known by name
     * @param extraNames further company names to look for (for instance the names a translation
     *     shares, see {@link SharedNames})
     */
    AccordExtractor(Accord accord, Set<String> extraNames) {
        Objects.requireNonNull(accord, "accord");
        this.extraNames = Set.copyOf(extraNames);
        this.gazetteer = Gazetteer.bundled();
        this.recognizer = new CompanyRecognizer(accord, gazetteer); // the companies' names tokenised once, not per document
    }

    @Override
    public DocumentFindings extract(Document document) {
        Objects.requireNonNull(document, "document");
        Lexicon lexicon = Lexicon.of(document.language());
        List<TokenizedSentence> sentences = tokenize(document, Lexicon.signatures(document.language()));
        List<Mention> mentions = recognizer.recognize(sentences, lexicon, extraNames);
        RoleClassifier.Result roles = new RoleClassifier().classify(sentences, mentions, lexicon);
        Map<String, List<CompanyMention>> byCompany = new LinkedHashMap<>();
        for (Mention m : mentions) {
            TokenizedSentence s = sentences.get(m.sentence());
            TextSpan span = new TextSpan(s.token(m.start()).span().start(), s.token(m.end() - 1).span().end());
            byCompany.computeIfAbsent(m.company(), k -> new ArrayList<>())
                    .add(new CompanyMention(m.company(), m.sentence(), span, span.coveredText(document.text())));
        }
        List<CompanyFinding> companies = new ArrayList<>();
        for (Map.Entry<String, List<CompanyMention>> e : byCompany.entrySet()) {
            Set<Role> r = roles.roles().get(e.getKey());
            companies.add(new CompanyFinding(e.getKey(), r, roles.parents().get(e.getKey()), e.getValue()));
        }
        return new DocumentFindings(document.language(), companies,
                new PillarClassifier().classify(sentences, lexicon),
                new FactExtractor(gazetteer).extract(sentences, lexicon));
    }

    /** Tokenises every sentence of a document and marks headings; the tokens are not signed. */
    static List<TokenizedSentence> tokenize(Document document) {
        return tokenize(document, null);
    }

    /**
     * Tokenises every sentence of a document, signs each token for the lexicon's cue lists and
     * marks headings.
     *
     * @param signatures the signatures of the document's lexicon, or null to leave tokens unsigned
     */
    static List<TokenizedSentence> tokenize(Document document, CueSignatures signatures) {
        int[] sentencesInParagraph = new int[document.paragraphs().size()];
        for (Sentence s : document.sentences()) {
            sentencesInParagraph[s.paragraph()]++;
        }
        List<TokenizedSentence> out = new ArrayList<>(document.size());
        Map<String, Terms.Single> singles = new HashMap<>();
        CueSignatures.Signer signer = signatures == null ? null : signatures.signer();
        for (Sentence s : document.sentences()) {
            List<Token> tokens = Terms.withTerms(document.language(), s, Tokenizer.tokenize(s.text(), s.span().start()), singles);
            if (signer != null) {
                Token[] signed = new Token[tokens.size()];
                for (int i = 0; i < signed.length; i++) {
                    signed[i] = signer.sign(tokens.get(i));
                }
                tokens = List.of(signed);
            }
            out.add(new TokenizedSentence(s, tokens, sentencesInParagraph[s.paragraph()] == 1 && isHeading(s)));
        }
        return List.copyOf(out);
    }

    /** Sentence-final punctuation, possibly followed by closing quotes or brackets, at the end of a text. */
    private static final Pattern FINAL_PUNCTUATION = Pattern.compile("[.!?…:;][\"'’»)]*$");

    /** Returns true if {@code s}, alone in its paragraph, has no final punctuation: a heading. */
    private static boolean isHeading(Sentence s) {
        return !FINAL_PUNCTUATION.matcher(s.text().strip()).find();
    }
}
