package dev.accord.extract;

import dev.accord.core.Accord;
import dev.accord.core.Role;
import dev.accord.core.extract.CompanyFinding;
import dev.accord.core.extract.CompanyMention;
import dev.accord.core.extract.DocumentFindings;
import dev.accord.core.extract.Fact;
import dev.accord.core.extract.PillarStatement;
import dev.accord.core.text.Document;
import dev.accord.core.text.TextSpan;
import dev.accord.extract.CompanyFinder.Mention;
import dev.accord.normalize.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The default {@link Extractor}, for Dutch, French and English: one analysis pass, then the
 * recipe: where the text speaks of the accord ({@link AccordScope}) → companies
 * ({@link CompanyFinder}) → roles and parents ({@link RoleRules}) → pillars ({@link PillarRules})
 * → facts ({@link FactRules}).
 *
 * <p>Immutable and thread-safe.
 */
final class RuleExtractor implements Extractor {

    private final Normalizer normalizer;
    private final Gazetteer gazetteer;
    private final CompanyFinder companies;
    private final Accord accord;

    /**
     * @param accord the accord whose companies are known by name
     * @param extraNames further company names to look for (for instance the names a translation
     *     shares, see {@link SharedNames})
     */
    RuleExtractor(Accord accord, Set<String> extraNames) {
        this(accord, extraNames, Normalizer.lucene());
    }

    RuleExtractor(Accord accord, Set<String> extraNames, Normalizer normalizer) {
        Objects.requireNonNull(accord, "accord");
        this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
        this.gazetteer = Gazetteer.bundled();
        this.companies = new CompanyFinder(accord, Set.copyOf(extraNames), gazetteer, normalizer);
        this.accord = accord;
    }

    @Override
    public DocumentFindings extract(Document document) {
        Objects.requireNonNull(document, "document");
        return extract(document, analyze(document));
    }

    /** Returns the one analysis pass of {@code document} that {@link #extract(Document, List)} reads. */
    List<AnalyzedSentence> analyze(Document document) {
        return Analysis.analyze(document, normalizer, Lexicon.of(document.language()));
    }

    /** Returns the findings of {@code document} from its analysis ({@link #analyze}), done once for all readers. */
    DocumentFindings extract(Document document, List<AnalyzedSentence> sentences) {
        Lexicon lexicon = Lexicon.of(document.language());
        AccordScope scope = AccordScope.of(sentences, lexicon);
        List<Mention> mentions = companies.find(sentences, document.text(), lexicon, scope);
        RoleRules.Result roles = RoleRules.classify(sentences, mentions, lexicon, scope, accord::rolesOf);
        List<PillarStatement> pillars = scope.about() ? PillarRules.classify(sentences, lexicon, scope) : List.of();
        List<Fact> facts = scope.about() ? FactRules.extract(sentences, lexicon, scope, gazetteer, accord.signatories().size())
                : List.of();
        Map<String, List<CompanyMention>> byCompany = new LinkedHashMap<>();
        for (Mention m : mentions) {
            AnalyzedSentence s = sentences.get(m.sentence());
            TextSpan span = new TextSpan(s.word(m.start()).start(), s.word(m.end() - 1).end());
            byCompany.computeIfAbsent(m.company(), k -> new ArrayList<>())
                    .add(new CompanyMention(m.company(), m.sentence(), span, span.coveredText(document.text())));
        }
        List<CompanyFinding> found = new ArrayList<>();
        for (Map.Entry<String, List<CompanyMention>> e : byCompany.entrySet()) {
            Set<Role> r = scope.about() ? roles.roles().get(e.getKey()) : Set.of(Role.MENTIONED);
            String parent = roles.parents().get(e.getKey());
            found.add(new CompanyFinding(e.getKey(), r, Optional.ofNullable(parent).filter(p -> !p.equals(e.getKey())), e.getValue()));
        }
        Set<Integer> accordSentences = new TreeSet<>(scope.references());
        if (scope.about()) {
            pillars.forEach(p -> accordSentences.addAll(p.sentences()));
            facts.forEach(f -> accordSentences.addAll(f.sentences()));
        }
        return new DocumentFindings(document.language(), found, pillars, facts, List.copyOf(accordSentences));
    }
}
