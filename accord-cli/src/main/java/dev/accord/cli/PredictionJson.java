package dev.accord.cli;

import dev.accord.cli.JsonInput.BadJson;
import dev.accord.cli.JsonInput.Field;
import dev.accord.core.Pillar;
import dev.accord.core.Role;
import dev.accord.core.extract.CountQualifier;
import dev.accord.core.text.Language;
import dev.accord.eval.ExtractionPrediction;
import dev.accord.eval.StatedCount;
import dev.accord.io.InvalidInputException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the JSON that {@code accord extract FILE --lang L} writes for one text (see
 * {@link ReportWriter#json(dev.accord.core.text.Document, dev.accord.core.extract.DocumentFindings,
 * java.io.Writer)}) into the {@link ExtractionPrediction} that {@code accord eval-extract} scores,
 * through {@link JsonInput}.
 *
 * <p>The object must hold {@code "language"}, {@code "companies"} (each with {@code "name"} and
 * {@code "roles"}), {@code "pillars"} (each with {@code "pillar"}) and {@code "facts"} (each with
 * {@code "fact"} and that fact's fields); {@code "sentences"}, {@code "aboutAccord"},
 * {@code "accordSentences"}, a company's {@code "parent"} and {@code "mentions"} and every
 * {@code "sentences"} list of a pillar or fact may be left out, since nothing is scored on them, but
 * are checked when present. Any other key is refused, so that a misspelt key cannot silently leave
 * part of a prediction unscored; a company named twice or a pillar listed twice is refused too.
 * The facts are reduced as {@link ExtractionPrediction#of} reduces an extractor's findings: every
 * signatory count in order, the first pillar count, the first signing day that names a weekday;
 * a first meeting is checked but not scored.
 *
 * <p>The JSON of a text and its translation ({@code accord extract SOURCE TARGET}) is refused with
 * a message that says so: each side's findings there are reconciled with the other side's, while a
 * gold file annotates what one text states alone.
 *
 * <p>Stateless and thread-safe.
 */
final class PredictionJson {

    private static final Set<String> REQUIRED = Set.of("language", "companies", "pillars", "facts");
    private static final Set<String> OPTIONAL = Set.of("sentences", "aboutAccord", "accordSentences");
    private static final Set<String> SENTENCES = Set.of("sentences");

    private PredictionJson() {
    }

    /**
     * What {@code accord extract} reported for one text.
     *
     * @param language the language the text was read in
     * @param prediction what is scored
     */
    record PredictedText(Language language, ExtractionPrediction prediction) {

        /**
         * Validates.
         *
         * @throws NullPointerException if an argument is null
         */
        PredictedText {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(prediction, "prediction");
        }
    }

    /**
     * Reads the UTF-8 JSON file {@code file}.
     *
     * @throws InvalidInputException if the file is missing, unreadable, binary, not UTF-8, not
     *     JSON, or not the JSON of one text's extraction; the message names the file and the field
     */
    static PredictedText read(Path file) throws InvalidInputException {
        return JsonInput.read(file, PredictionJson::predicted);
    }

    /**
     * Reads a prediction from JSON text.
     *
     * @param file the file the text comes from, named in error messages; may be null
     * @throws InvalidInputException if the text is not JSON or not the JSON of one text's extraction
     */
    static PredictedText parse(String json, Path file) throws InvalidInputException {
        return JsonInput.parse(json, file, PredictionJson::predicted);
    }

    private static PredictedText predicted(Field root) throws BadJson {
        if (root.node().isObject() && root.node().has("alignment")) {
            throw root.bad("this is the JSON of a text and its translation (accord extract SOURCE TARGET), whose "
                    + "findings are reconciled over both; score the JSON of each text alone (accord extract FILE --lang L)");
        }
        Map<String, Field> f = root.object(REQUIRED, OPTIONAL);
        Language language = f.get("language").parsed(Language::fromCode);
        if (f.containsKey("sentences")) {
            for (Field sentence : f.get("sentences").array()) {
                sentence.string();
            }
        }
        if (f.containsKey("aboutAccord")) {
            f.get("aboutAccord").bool();
        }
        if (f.containsKey("accordSentences")) {
            sentenceIds(f.get("accordSentences"));
        }
        Map<String, Set<Role>> companies = new LinkedHashMap<>();
        Map<String, Set<String>> forms = new LinkedHashMap<>();
        for (Field company : f.get("companies").array()) {
            Map<String, Field> c = company.object(Set.of("name", "roles"), Set.of("parent", "mentions"));
            String name = c.get("name").string();
            Set<Role> roles = c.get("roles").constants(Role.class, "role");
            if (c.containsKey("parent")) {
                c.get("parent").string();
            }
            if (c.containsKey("mentions")) {
                forms.put(name, mentions(c.get("mentions")));
            }
            if (name.isBlank()) {
                throw c.get("name").bad("a company name must not be blank");
            }
            if (roles.isEmpty()) {
                throw c.get("roles").bad("company '" + name + "' needs at least one role");
            }
            if (companies.put(name, roles) != null) {
                throw company.bad("company '" + name + "' listed twice");
            }
        }
        Set<Pillar> pillars = EnumSet.noneOf(Pillar.class);
        for (Field pillar : f.get("pillars").array()) {
            Map<String, Field> p = pillar.object(Set.of("pillar"), SENTENCES);
            Field name = p.get("pillar");
            if (!pillars.add(name.constant(Pillar.class))) {
                throw name.bad("pillar " + name.node().stringValue() + " listed twice");
            }
            sentenceIds(p);
        }
        Facts facts = new Facts();
        for (Field fact : f.get("facts").array()) {
            fact(fact, facts);
        }
        return root.build(() -> new PredictedText(language, new ExtractionPrediction(companies, forms, pillars, facts.counts,
                facts.pillarCount, facts.signingDay)));
    }

    /** The scored facts gathered so far. */
    private static final class Facts {
        final List<StatedCount> counts = new ArrayList<>();
        Integer pillarCount;
        DayOfWeek signingDay;
    }

    private static void fact(Field fact, Facts facts) throws BadJson {
        if (!fact.node().isObject() || !fact.node().path("fact").isString()) {
            throw fact.bad("expected an object with a string \"fact\": signatoryCount, pillarCount, signingDay or "
                    + "firstMeeting");
        }
        String name = fact.node().get("fact").stringValue();
        switch (name) {
            case "signatoryCount" -> {
                Map<String, Field> c = fact.object(Set.of("fact", "value", "qualifier"), SENTENCES);
                int value = c.get("value").integer();
                CountQualifier qualifier = c.get("qualifier").constant(CountQualifier.class);
                facts.counts.add(fact.build(() -> new StatedCount(value, qualifier)));
                sentenceIds(c);
            }
            case "pillarCount" -> {
                Map<String, Field> c = fact.object(Set.of("fact", "value"), SENTENCES);
                int value = c.get("value").integer();
                if (value <= 0) {
                    throw c.get("value").bad("a pillar count must be > 0, got " + value);
                }
                facts.pillarCount = facts.pillarCount == null ? value : facts.pillarCount;
                sentenceIds(c);
            }
            case "signingDay" -> {
                Map<String, Field> d = fact.object(Set.of("fact", "value"), Set.of("dayOfWeek", "sentences"));
                d.get("value").string();
                DayOfWeek day = d.containsKey("dayOfWeek") ? d.get("dayOfWeek").constant(DayOfWeek.class) : null;
                facts.signingDay = facts.signingDay == null ? day : facts.signingDay;
                sentenceIds(d);
            }
            case "firstMeeting" -> {
                Map<String, Field> m = fact.object(Set.of("fact", "event", "place"), SENTENCES);
                m.get("event").string();
                m.get("place").string();
                sentenceIds(m);
            }
            default -> throw fact.bad("unknown fact '" + name
                    + "', expected one of signatoryCount, pillarCount, signingDay, firstMeeting");
        }
    }

    /** Checks the optional {@code "sentences"} of a pillar or fact. */
    private static void sentenceIds(Map<String, Field> fields) throws BadJson {
        if (fields.containsKey("sentences")) {
            sentenceIds(fields.get("sentences"));
        }
    }

    private static void sentenceIds(Field ids) throws BadJson {
        for (Field id : ids.array()) {
            if (id.integer() < 0) {
                throw id.bad("a sentence id must be >= 0, got " + id.node());
            }
        }
    }

    /** Returns the texts of the mentions, after checking them. */
    private static Set<String> mentions(Field mentions) throws BadJson {
        Set<String> texts = new LinkedHashSet<>();
        for (Field mention : mentions.array()) {
            Map<String, Field> m = mention.object(Set.of("sentence", "start", "end", "text"), Set.of());
            for (String key : List.of("sentence", "start", "end")) {
                if (m.get(key).integer() < 0) {
                    throw m.get(key).bad("expected a number >= 0, got " + m.get(key).node());
                }
            }
            texts.add(m.get("text").string());
        }
        return texts;
    }
}
