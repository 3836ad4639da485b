package dev.accord.cli;

import dev.accord.align.AlignmentStats;
import dev.accord.core.text.Language;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;

/**
 * What became of one pair of a batch: aligned (now or by an earlier run) or failed; one line of
 * the batch's JSON Lines log.
 *
 * <p>Log line of an aligned pair ({@code "histogram"} with {@code --stats}, {@code "companies"},
 * {@code "pillars"} and {@code "disagreements"} with {@code --extract}):
 * {@snippet lang=json :
 * {"name":"seed","status":"aligned","source":"in/seed.nl.txt","target":"in/seed.fr.txt","sourceLanguage":"nl",
 *  "targetLanguage":"fr","sourceSentences":18,"targetSentences":20,"beads":18,"beadTypes":{"1-1":17,"1-3":1},
 *  "meanScore":0.9312,"kept":18,"histogram":[0,0,0,0,0,0,0,2,3,13],"companies":["Microsoft",...],
 *  "pillars":["STRONGER_DEFENSE",...],"disagreements":0,"outputs":["seed.tsv"],"millis":41}
 * }
 * {@code "status"} is {@code "skipped"} for a pair an earlier run aligned (its figures are that
 * run's); a failed pair has {@code "status":"failed"} and a {@code "reason"}. Everything but
 * {@code "millis"} is the same whatever the number of threads.
 */
sealed interface PairOutcome {

    /** Returns the pair's name. */
    String name();

    /** A pair aligned by this run or, if {@code skipped}, by an earlier one. */
    record Aligned(String name, String source, String target, Language sourceLanguage, Language targetLanguage,
            int sourceSentences, int targetSentences, AlignmentStats stats, int kept, Optional<Extracted> extracted,
            List<String> outputs, long millis, boolean skipped) implements PairOutcome {
        public Aligned {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(stats, "stats");
            Objects.requireNonNull(extracted, "extracted");
            outputs = List.copyOf(outputs);
        }

        /** Returns this outcome marked as skipped (aligned by an earlier run). */
        Aligned asSkipped() {
            return new Aligned(name, source, target, sourceLanguage, targetLanguage, sourceSentences, targetSentences,
                    stats, kept, extracted, outputs, millis, true);
        }
    }

    /** What extraction found in an aligned pair. */
    record Extracted(List<String> companies, List<String> pillars, int disagreements) {
        public Extracted {
            companies = List.copyOf(companies);
            pillars = List.copyOf(pillars);
        }
    }

    /** A pair that could not be aligned or written, with the reason in one line. */
    record Failed(String name, String source, String target, String reason) implements PairOutcome {
        public Failed {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Returns the outcome as one JSON object on one line, without a line break. */
    static String toJson(PairOutcome outcome, boolean withHistogram) {
        StringWriter w = new StringWriter();
        try (JsonGenerator json = JsonOutput.generator(w)) {
            json.writeStartObject();
            JsonOutput.string(json.writeName("name"), outcome.name());
            switch (outcome) {
                case Aligned a -> {
                    json.writeName("status").writeString(a.skipped() ? "skipped" : "aligned");
                    JsonOutput.string(json.writeName("source"), a.source());
                    JsonOutput.string(json.writeName("target"), a.target());
                    json.writeName("sourceLanguage").writeString(a.sourceLanguage().iso639_1());
                    json.writeName("targetLanguage").writeString(a.targetLanguage().iso639_1());
                    json.writeName("sourceSentences").writeNumber(a.sourceSentences());
                    json.writeName("targetSentences").writeNumber(a.targetSentences());
                    json.writeName("beads").writeNumber(a.stats().beads());
                    json.writeName("beadTypes").writeStartObject();
                    for (Map.Entry<String, Integer> e : a.stats().beadTypes().entrySet()) {
                        json.writeName(e.getKey()).writeNumber(e.getValue());
                    }
                    json.writeEndObject();
                    json.writeName("meanScore").writeNumber(Double.parseDouble(
                            dev.accord.internal.OutputText.score(a.stats().meanScore())));
                    json.writeName("kept").writeNumber(a.kept());
                    if (withHistogram) {
                        json.writeName("histogram").writeStartArray();
                        for (int n : a.stats().histogram()) {
                            json.writeNumber(n);
                        }
                        json.writeEndArray();
                    }
                    if (a.extracted().isPresent()) {
                        Extracted x = a.extracted().get();
                        strings(json.writeName("companies"), x.companies());
                        strings(json.writeName("pillars"), x.pillars());
                        json.writeName("disagreements").writeNumber(x.disagreements());
                    }
                    strings(json.writeName("outputs"), a.outputs());
                    json.writeName("millis").writeNumber(a.millis());
                }
                case Failed f -> {
                    json.writeName("status").writeString("failed");
                    JsonOutput.string(json.writeName("source"), f.source());
                    JsonOutput.string(json.writeName("target"), f.target());
                    JsonOutput.string(json.writeName("reason"), f.reason());
                }
            }
            json.writeEndObject();
        }
        return w.toString();
    }

    private static void strings(JsonGenerator json, List<String> values) {
        json.writeStartArray();
        for (String s : values) {
            JsonOutput.string(json, s);
        }
        json.writeEndArray();
    }

    /**
     * Reads back the line {@link #toJson} wrote, with its histogram, for an aligned pair.
     *
     * @throws IllegalArgumentException if {@code line} is not such a line
     */
    static Aligned readAligned(String line) {
        Map<String, Object> m;
        try (JsonParser p = new JsonFactory().createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("not a JSON object");
            }
            m = object(p);
        } catch (StreamReadException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
        try {
            if (!"aligned".equals(m.get("status")) && !"skipped".equals(m.get("status"))) {
                throw new IllegalArgumentException("not the summary of an aligned pair");
            }
            Map<String, Integer> types = new LinkedHashMap<>();
            ((Map<?, ?>) m.get("beadTypes")).forEach((k, v) -> types.put((String) k, ((Number) v).intValue()));
            int beads = number(m, "beads");
            List<Integer> histogram = ints(Objects.requireNonNull(m.get("histogram"), "histogram"));
            Optional<Extracted> extracted = m.containsKey("companies")
                    ? Optional.of(new Extracted(texts(m.get("companies")), texts(m.get("pillars")), number(m, "disagreements")))
                    : Optional.empty();
            return new Aligned((String) m.get("name"), (String) m.get("source"), (String) m.get("target"),
                    Language.fromCode((String) m.get("sourceLanguage")), Language.fromCode((String) m.get("targetLanguage")),
                    number(m, "sourceSentences"), number(m, "targetSentences"),
                    new AlignmentStats(types, beads, ((Number) m.get("meanScore")).doubleValue(), histogram),
                    number(m, "kept"), extracted, texts(m.get("outputs")), ((Number) m.get("millis")).longValue(), false);
        } catch (ClassCastException | NullPointerException e) {
            throw new IllegalArgumentException("a field is missing or of the wrong type", e);
        }
    }

    private static int number(Map<String, Object> m, String key) {
        return ((Number) Objects.requireNonNull(m.get(key), key)).intValue();
    }

    private static List<Integer> ints(Object list) {
        return ((List<?>) list).stream().map(o -> ((Number) o).intValue()).toList();
    }

    private static List<String> texts(Object list) {
        return ((List<?>) list).stream().map(o -> (String) o).toList();
    }

    private static Map<String, Object> object(JsonParser p) {
        Map<String, Object> m = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String key = p.currentName();
            p.nextToken();
            m.put(key, value(p));
        }
        return m;
    }

    private static Object value(JsonParser p) {
        return switch (p.currentToken()) {
            case START_OBJECT -> object(p);
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(p));
                }
                yield list;
            }
            case VALUE_STRING -> p.getString();
            case VALUE_NUMBER_INT -> p.getLongValue();
            case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
            case VALUE_TRUE -> true;
            case VALUE_FALSE -> false;
            default -> null;
        };
    }
}
