package dev.accord.cli;

import dev.accord.AccordPipeline;
import dev.accord.Bitext;
import dev.accord.core.text.Language;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code accord report [--nl F --fr F]}: runs the whole pipeline and prints a readable bilingual
 * report; without files, on the seed articles bundled in the jar.
 */
@Command(
        name = "report",
        description = {"Runs the whole pipeline on a Dutch text and its French translation and prints a readable "
                + "bilingual report: the aligned sentence pairs with their scores, the four pillars side by side, "
                + "the companies with their roles and mentions in both languages, the facts and the reconciliation.",
            "Without --nl and --fr it reports on the two seed articles bundled with accord."},
        mixinStandardHelpOptions = true)
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--nl", paramLabel = "FILE", description = "The Dutch text (default: the bundled seed article).")
    Path nl;

    @Option(names = "--fr", paramLabel = "FILE", description = "The French translation (default: the bundled seed article).")
    Path fr;

    @Mixin
    InputOptions input;

    @Override
    public Integer call() throws Exception {
        if ((nl == null) != (fr == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "give both --nl and --fr, or neither to report on the bundled seed articles");
        }
        AccordPipeline pipeline = AccordPipeline.create(input.toConfig());
        Bitext texts = nl == null ? pipeline.seedPair() : pipeline.loadPair(nl, Language.NL, fr, Language.FR);
        PrintWriter out = spec.commandLine().getOut();
        ReportWriter.text(pipeline.extract(texts), out, true);
        out.flush();
        return ExitCodes.OK;
    }
}
