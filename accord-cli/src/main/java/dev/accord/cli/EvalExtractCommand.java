package dev.accord.cli;

import dev.accord.AccordPipeline;
import dev.accord.core.Accord;
import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import dev.accord.eval.CorpusSplit;
import dev.accord.eval.ExtractionCounts;
import dev.accord.eval.ExtractionGold;
import dev.accord.eval.ExtractionPrediction;
import dev.accord.eval.ExtractionScorer;
import dev.accord.eval.ExtractionScores;
import dev.accord.eval.ExtractionTable;
import dev.accord.eval.Tally;
import dev.accord.eval.TextKind;
import dev.accord.eval.TextScore;
import dev.accord.extract.Extraction;
import dev.accord.extract.Extractor;
import dev.accord.io.InvalidInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.core.JsonGenerator;

/**
 * {@code accord eval-extract --gold G... (--predicted P... | --text T...) [--json]}: scores
 * extraction against gold files written as {@code docs/extraction-gold.md} describes, summed over
 * all texts (micro-averaged) as {@link ExtractionScorer} sums them.
 *
 * <p>The predictions are the JSON that {@code accord extract FILE --lang L} writes for each text
 * (read by {@link PredictionJson}), or the texts themselves, extracted on the spot in the language
 * of their gold. Files are paired in the order given; two folders are paired by name:
 * {@code NAME.LANG.gold.json} with {@code NAME.LANG.json} (or {@code NAME.LANG.txt} for
 * {@code --text}).
 *
 * <p>The output is {@link ExtractionTable}'s table (one per half of the corpus when the golds
 * belong to both) or, with {@code --json}, one JSON object; see {@link #writeJson}.
 */
@Command(
        name = "eval-extract",
        description = {"Scores extraction against gold files (docs/extraction-gold.md): company precision, recall and F1, "
                + "exact-role accuracy, pillar precision and recall, facts (right/stated (reported)) and off-topic "
                + "errors, counts summed over all texts (micro-averaged), per kind of text and per language.",
            "Give the JSON that 'accord extract FILE --lang L' wrote for each text (--predicted), or the texts "
                + "themselves (--text), extracted now in the language of their gold. Files are paired in the order "
                + "given; two folders are paired by name: NAME.LANG.gold.json with NAME.LANG.json (--predicted) or "
                + "NAME.LANG.txt (--text)."},
        mixinStandardHelpOptions = true)
final class EvalExtractCommand implements Callable<Integer> {

    private static final String GOLD_SUFFIX = ".gold.json";

    /** What the table's columns say, printed under it. */
    private static final String LEGEND = """
            co: companies; roles: exact roles of the companies found; pil: pillars;
            counts, pil-nr, day: signatory counts, pillar count, signing day as right/stated (reported);
            off: off-topic errors; notco: reported names the gold lists as not companies; n!k: k not extracted
            """;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--gold", required = true, arity = "1..*", paramLabel = "GOLD",
            description = "Gold files, NAME.LANG.gold.json, or one folder of them.")
    List<Path> gold;

    @Option(names = "--predicted", arity = "1..*", paramLabel = "PRED",
            description = "What 'accord extract FILE --lang L' wrote for each text: as many files as gold files, in "
                    + "the same order, or one folder holding NAME.LANG.json for each gold.")
    List<Path> predicted;

    @Option(names = "--text", arity = "1..*", paramLabel = "TEXT",
            description = "Instead of --predicted, the texts to extract: as many as gold files, in the same order, or "
                    + "one folder holding NAME.LANG.txt for each gold.")
    List<Path> texts;

    @Option(names = "--lang", paramLabel = "LANG", converter = LanguageConverter.class,
            description = "With --text: the language of the texts, checked against each gold's (default: the gold's).")
    Language language;

    @Option(names = "--json", description = "Print one JSON object: \"total\", then \"bySplit\", \"byKind\" and "
            + "\"byLanguage\" where there are several, then \"texts\" with each text's differences from its gold.")
    boolean json;

    @Option(names = "--differences", description = "After the table, list each text's differences from its gold.")
    boolean differences;

    @Mixin
    InputOptions input;

    /** A gold file and what it is compared with: a prediction or a text. */
    private record Pair(Path gold, Path other) {
    }

    @Override
    public Integer call() throws Exception {
        boolean fromText = checkOptions();
        List<Pair> pairs = pairs(gold, fromText ? texts : predicted, fromText ? ".txt" : ".json");
        List<TextScore> scored = new ArrayList<>();
        if (fromText) {
            AccordPipeline pipeline = AccordPipeline.create(input.toConfig());
            Extractor extractor = Extraction.extractor(Accord.cybersecurityTechAccord());
            for (Pair pair : pairs) {
                ExtractionGold g = GoldJson.read(pair.gold());
                if (language != null && language != g.language()) {
                    throw new InvalidInputException(pair.gold(), "the gold is of a " + g.language().englishName()
                            + " text, but --lang says " + language.englishName());
                }
                TextScore score = extractAndScore(id(pair.gold()), g, pipeline.load(pair.other(), g.language()), extractor);
                if (score.notExtracted()) {
                    warn(pair.other() + ": " + score.problems().get(0) + "; scored as if nothing was found");
                }
                scored.add(score);
            }
        } else {
            for (Pair pair : pairs) {
                ExtractionGold g = GoldJson.read(pair.gold());
                PredictionJson.PredictedText p = PredictionJson.read(pair.other());
                if (p.language() != g.language()) {
                    throw new InvalidInputException(pair.other(), "language: " + p.language().iso639_1() + ", but its gold "
                            + pair.gold() + " is " + g.language().iso639_1() + ": are they of the same text?");
                }
                scored.add(ExtractionScorer.score(id(pair.gold()), g, p.prediction()));
            }
        }
        ExtractionScores scores = ExtractionScorer.summarize(scored);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            try (JsonGenerator generator = JsonOutput.generator(out)) {
                writeJson(generator, scores);
            }
            JsonOutput.newline(out);
        } else {
            out.print(table(scores));
            if (differences) {
                String problems = ExtractionTable.problems(scores);
                out.println();
                out.print(problems.isEmpty() ? "No difference from the gold.\n" : "Differences from the gold:\n" + problems);
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * Extracts a loaded text with {@code extractor} and scores it against its gold; a text in a
     * language that extraction does not read ({@link Extraction#supports}) is scored as not
     * extracted, as if nothing was found, and says why.
     */
    static TextScore extractAndScore(String id, ExtractionGold gold, Document document, Extractor extractor) {
        if (!Extraction.supports(document.language())) {
            return ExtractionScorer.notExtracted(id, gold, "extraction does not read "
                    + document.language().englishName() + " texts");
        }
        return ExtractionScorer.score(id, gold, ExtractionPrediction.of(extractor.extract(document)));
    }

    /** Checks which options go together; returns true for {@code --text}. */
    private boolean checkOptions() {
        if ((predicted == null) == (texts == null)) {
            throw usage(predicted == null ? "give what to score against the gold: --predicted PRED... (the JSON of "
                    + "accord extract) or --text TEXT..." : "give --predicted or --text, not both");
        }
        if (texts == null) {
            CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
            for (String option : List.of("--lang", "--encoding", "--input", "--force")) {
                if (parsed.hasMatchedOption(option)) {
                    throw usage(option + " is for --text: a prediction's JSON says its language and is read as UTF-8");
                }
            }
        }
        return texts != null;
    }

    /**
     * Pairs each gold file with its prediction or text: in the order given, or, for two folders,
     * by name ({@code NAME.LANG.gold.json} with {@code NAME.LANG + suffix}).
     */
    private List<Pair> pairs(List<Path> golds, List<Path> others, String suffix) throws InvalidInputException {
        boolean folders = golds.stream().anyMatch(Files::isDirectory) || others.stream().anyMatch(Files::isDirectory);
        if (!folders) {
            if (golds.size() != others.size()) {
                throw usage("got " + golds.size() + " gold files but " + others.size() + " files to score: give one "
                        + "per gold file, in the same order");
            }
            List<Pair> pairs = new ArrayList<>();
            for (int k = 0; k < golds.size(); k++) {
                pairs.add(new Pair(golds.get(k), others.get(k)));
            }
            return pairs;
        }
        if (golds.size() != 1 || others.size() != 1 || !Files.isDirectory(golds.get(0))
                || !Files.isDirectory(others.get(0))) {
            throw usage("folders are paired by name: give one gold folder and one folder to score, and no files");
        }
        Path goldDir = golds.get(0);
        Path otherDir = others.get(0);
        List<Path> goldFiles;
        try (Stream<Path> listed = Files.list(goldDir)) {
            goldFiles = listed.filter(f -> f.getFileName().toString().endsWith(GOLD_SUFFIX) && Files.isRegularFile(f))
                    .sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidInputException(goldDir, "cannot list the folder: " + e.getMessage(), e);
        }
        if (goldFiles.isEmpty()) {
            throw new InvalidInputException(goldDir, "holds no gold file (NAME.LANG" + GOLD_SUFFIX + ")");
        }
        List<Pair> pairs = new ArrayList<>();
        for (Path goldFile : goldFiles) {
            Path other = otherDir.resolve(id(goldFile) + suffix);
            if (!Files.isRegularFile(other)) {
                throw new InvalidInputException(goldFile, "nothing to score it against: no " + other);
            }
            pairs.add(new Pair(goldFile, other));
        }
        return pairs;
    }

    /** Returns the name of a text: its gold file's name without {@code .gold.json} (or {@code .json}). */
    static String id(Path goldFile) {
        String name = goldFile.getFileName().toString();
        String suffix = name.endsWith(GOLD_SUFFIX) ? GOLD_SUFFIX : name.endsWith(".json") ? ".json" : "";
        return name.length() > suffix.length() ? name.substring(0, name.length() - suffix.length()) : name;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private void warn(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("accord: warning: " + AccordCli.oneLine(message));
        err.flush();
    }

    /** Returns the table, one per half of the corpus when the texts belong to both, with a legend. */
    static String table(ExtractionScores scores) {
        StringBuilder out = new StringBuilder();
        List<ExtractionScores> halves = List.of(scores.split(CorpusSplit.DEV), scores.split(CorpusSplit.TEST));
        if (halves.stream().allMatch(half -> !half.texts().isEmpty())) {
            out.append(title("Development half", halves.get(0))).append(ExtractionTable.render(halves.get(0)));
            out.append('\n').append(title("Test half", halves.get(1))).append(ExtractionTable.render(halves.get(1)));
        } else {
            out.append(title("All", scores)).append(ExtractionTable.render(scores));
        }
        out.append(LEGEND);
        return out.toString();
    }

    private static String title(String what, ExtractionScores scores) {
        int n = scores.texts().size();
        return what + ", " + n + " text" + (n == 1 ? "" : "s") + ":\n";
    }

    /**
     * Writes the scores as one JSON object: {@code "total"} (the counts of every text), then
     * {@code "bySplit"}, {@code "byKind"} and {@code "byLanguage"} where the texts fall in more than
     * one, then {@code "texts"}: each text's {@code "id"}, {@code "language"}, {@code "kind"},
     * {@code "split"}, {@code "notExtracted"} and {@code "differences"} (one line each, as
     * {@link TextScore#problems()} words them). A group's counts are written as
     * {@link #writeCounts} says.
     */
    static void writeJson(JsonGenerator json, ExtractionScores scores) {
        json.writeStartObject();
        writeCounts(json.writeName("total"), scores.total());
        Map<CorpusSplit, ExtractionCounts> bySplit = new EnumMap<>(CorpusSplit.class);
        for (CorpusSplit split : CorpusSplit.values()) {
            ExtractionScores half = scores.split(split);
            if (!half.texts().isEmpty()) {
                bySplit.put(split, half.total());
            }
        }
        groups(json, "bySplit", bySplit, CorpusSplit::code);
        groups(json, "byKind", scores.byKind(), TextKind::code);
        groups(json, "byLanguage", scores.byLanguage(), Language::iso639_1);
        json.writeName("texts").writeStartArray();
        for (TextScore text : scores.texts()) {
            json.writeStartObject();
            JsonOutput.string(json.writeName("id"), text.id());
            json.writeName("language").writeString(text.gold().language().iso639_1());
            json.writeName("kind").writeString(text.gold().kind().code());
            json.writeName("split").writeString(text.gold().split().code());
            json.writeName("notExtracted").writeBoolean(text.notExtracted());
            json.writeName("differences").writeStartArray();
            for (String problem : text.problems()) {
                JsonOutput.string(json, problem);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** Writes the groups of one grouping as an object keyed by group, if there are at least two. */
    private static <K> void groups(JsonGenerator json, String name, Map<K, ExtractionCounts> groups,
            Function<K, String> key) {
        if (groups.size() < 2) {
            return;
        }
        json.writeName(name).writeStartObject();
        for (Map.Entry<K, ExtractionCounts> group : groups.entrySet()) {
            writeCounts(json.writeName(key.apply(group.getKey())), group.getValue());
        }
        json.writeEndObject();
    }

    /**
     * Writes one group's counts: {@code "texts"}, {@code "notExtracted"}; {@code "companies"} and
     * {@code "pillars"} with {@code "precision"}, {@code "recall"}, {@code "f1"}, {@code "right"},
     * {@code "gold"}, {@code "reported"}; {@code "roles"} with {@code "accuracy"}, {@code "right"}
     * and {@code "matched"} (companies found); {@code "signatoryCounts"}, {@code "pillarCount"} and
     * {@code "signingDay"} with {@code "right"}, {@code "gold"}, {@code "reported"};
     * {@code "offTopicErrors"} and {@code "notCompaniesReported"}. A ratio with nothing to divide by
     * is {@code null}.
     */
    static void writeCounts(JsonGenerator json, ExtractionCounts c) {
        json.writeStartObject();
        json.writeName("texts").writeNumber(c.texts());
        json.writeName("notExtracted").writeNumber(c.notExtracted());
        scored(json.writeName("companies"), c.companies());
        json.writeName("roles").writeStartObject();
        ratio(json.writeName("accuracy"), c.rolesRight(), c.companies().right());
        json.writeName("right").writeNumber(c.rolesRight());
        json.writeName("matched").writeNumber(c.companies().right());
        json.writeEndObject();
        scored(json.writeName("pillars"), c.pillars());
        tally(json.writeName("signatoryCounts"), c.signatoryCounts(), false);
        tally(json.writeName("pillarCount"), c.pillarCounts(), false);
        tally(json.writeName("signingDay"), c.signingDays(), false);
        json.writeName("offTopicErrors").writeNumber(c.offTopicErrors());
        json.writeName("notCompaniesReported").writeNumber(c.notCompaniesReported());
        json.writeEndObject();
    }

    private static void scored(JsonGenerator json, Tally tally) {
        tally(json, tally, true);
    }

    private static void tally(JsonGenerator json, Tally t, boolean withScores) {
        json.writeStartObject();
        if (withScores) {
            ratio(json.writeName("precision"), t.right(), t.predicted());
            ratio(json.writeName("recall"), t.right(), t.gold());
            if (t.gold() + t.predicted() == 0) {
                json.writeName("f1").writeNull();
            } else {
                json.writeName("f1").writeNumber(t.scores().f1());
            }
        }
        json.writeName("right").writeNumber(t.right());
        json.writeName("gold").writeNumber(t.gold());
        json.writeName("reported").writeNumber(t.predicted());
        json.writeEndObject();
    }

    private static void ratio(JsonGenerator json, int part, int whole) {
        if (whole == 0) {
            json.writeNull();
        } else {
            json.writeNumber((double) part / whole);
        }
    }
}
