package dev.accord.cli;

import dev.accord.core.align.Bead;
import dev.accord.eval.AlignmentScorer;
import dev.accord.eval.AlignmentScores;
import dev.accord.eval.BeadCounts;
import dev.accord.eval.BeadFileReader;
import dev.accord.eval.PrecisionRecall;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import tools.jackson.core.JsonGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code accord eval --gold G... --predicted P... [--json]}: scores predicted alignments against
 * gold with the Text+Berg strict and lax precision, recall and F1, micro-averaged over the pairs.
 */
@Command(
        name = "eval",
        description = {"Scores predicted alignments against gold: strict and lax precision, recall and F1 as defined "
                + "for the Text+Berg benchmark, counts summed over all file pairs (micro-averaged).",
            "Bead files hold one bead a line, [src ids]:[tgt ids] with an optional :score (ignored)."},
        mixinStandardHelpOptions = true)
final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--gold", required = true, arity = "1..*", paramLabel = "GOLD",
            description = "Gold bead files.")
    List<Path> gold;

    @Option(names = "--predicted", required = true, arity = "1..*", paramLabel = "PRED",
            description = "Predicted bead files, as many as gold files and in the same order.")
    List<Path> predicted;

    @Option(names = "--json", description = "Print {\"strict\":{\"precision\":..,\"recall\":..,\"f1\":..},\"lax\":{..}}.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (gold.size() != predicted.size()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "got " + gold.size() + " gold files but "
                    + predicted.size() + " predicted files: give one predicted file per gold file, in the same order");
        }
        List<List<Bead>> goldBeads = new ArrayList<>();
        List<List<Bead>> predictedBeads = new ArrayList<>();
        PrintWriter err = spec.commandLine().getErr();
        for (int k = 0; k < gold.size(); k++) {
            goldBeads.add(BeadFileReader.read(gold.get(k)));
            predictedBeads.add(BeadFileReader.read(predicted.get(k)));
            String goldRange = coverage(goldBeads.get(k));
            String predictedRange = coverage(predictedBeads.get(k));
            if (!goldRange.equals(predictedRange)) {
                err.println("accord: warning: " + gold.get(k) + " covers " + goldRange + " but " + predicted.get(k)
                        + " covers " + predictedRange + ": are they of the same texts? Beads outside the other file's "
                        + "range count as errors");
                err.flush();
            }
        }
        AlignmentScores scores = AlignmentScorer.scoreAll(goldBeads, predictedBeads);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            try (JsonGenerator json = JsonOutput.generator(out)) {
                json.writeStartObject();
                write(json.writeName("strict"), scores.strict());
                write(json.writeName("lax"), scores.lax());
                json.writeEndObject();
            }
            JsonOutput.newline(out);
        } else {
            out.println(scores.toText());
            BeadCounts c = scores.counts();
            out.printf(Locale.ROOT, "%d file pair(s), %d predicted beads, %d gold beads with both sides%n", gold.size(),
                    c.predicted(), c.gold());
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** Returns the sentence ids a bead file covers, e.g. {@code source sentences 0-17, target sentences 0-19}. */
    static String coverage(List<Bead> beads) {
        return "source sentences " + range(beads.stream().flatMap(b -> b.source().stream()).toList())
                + ", target sentences " + range(beads.stream().flatMap(b -> b.target().stream()).toList());
    }

    private static String range(List<Integer> ids) {
        if (ids.isEmpty()) {
            return "none";
        }
        int min = ids.stream().mapToInt(Integer::intValue).min().orElseThrow();
        int max = ids.stream().mapToInt(Integer::intValue).max().orElseThrow();
        return min + "-" + max;
    }

    private static void write(JsonGenerator json, PrecisionRecall s) {
        json.writeStartObject();
        json.writeName("precision").writeNumber(s.precision());
        json.writeName("recall").writeNumber(s.recall());
        json.writeName("f1").writeNumber(s.f1());
        json.writeEndObject();
    }
}
