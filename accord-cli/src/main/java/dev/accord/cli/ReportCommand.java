package dev.accord.cli;

import dev.accord.AccordPipeline;
import dev.accord.Bitext;
import dev.accord.core.align.Alignment;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code accord report [SOURCE TARGET]}: runs the whole pipeline and prints a readable bilingual
 * report; without files, on the seed articles bundled in the jar.
 */
@Command(
        name = "report",
        description = {"Runs the whole pipeline on a Dutch text and its French translation and prints a readable "
                + "bilingual report: the aligned sentence pairs with their scores, the four pillars side by side, "
                + "the companies with their roles and mentions in both languages, the facts and the reconciliation.",
            "Without SOURCE and TARGET it reports on the two seed articles bundled with accord."},
        mixinStandardHelpOptions = true)
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..2", paramLabel = "FILE",
            description = "SOURCE and TARGET: a Dutch text and its French translation (default: the bundled articles).")
    List<Path> files = List.of();

    @Mixin
    PairLanguages languages;

    @Option(names = "--html", description = "Print the review page (HTML, self-contained) instead of the text report.")
    boolean html;

    @Mixin
    InputOptions input;

    @Override
    public Integer call() throws Exception {
        if (files.size() == 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "give SOURCE and TARGET, or no file to report on the bundled seed articles");
        }
        AccordPipeline pipeline = AccordPipeline.create(input.toConfig());
        Bitext texts = files.isEmpty() ? pipeline.seedPair()
                : pipeline.loadPair(files.get(0), languages.source(), files.get(1), languages.target());
        PrintWriter out = spec.commandLine().getOut();
        if (html) {
            Alignment alignment = pipeline.align(texts);
            String title = files.isEmpty() ? "Seed articles" : files.get(0).getFileName() + " – " + files.get(1).getFileName();
            ReviewPage.write(out, title, texts.source(), texts.target(), alignment,
                    Optional.of(ReviewFindings.of(texts.source(), texts.target(), alignment)), 0);
            out.flush();
            return ExitCodes.OK;
        }
        ReportWriter.text(pipeline.extract(texts), out, true);
        out.flush();
        return ExitCodes.OK;
    }
}
