package dev.accord.cli;

import dev.accord.AccordPipeline;
import dev.accord.PipelineConfig;
import dev.accord.align.AlignerOptions;
import dev.accord.align.AlignmentStats;
import dev.accord.io.InputFormat;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code accord batch MANIFEST|DIR -o OUTDIR}: aligns many pairs in one run, with the models
 * loaded once and the pairs on several threads; see {@link BatchPlan} for the inputs and
 * {@link BatchRunner} for the outputs.
 */
@Command(
        name = "batch",
        description = {"Aligns every pair of a manifest (a file of source<TAB>target[<TAB>name] lines, paths relative "
                + "to it; a first line '#source=de<TAB>target=fr' names the languages) or of a folder (x.nl.txt with "
                + "x.fr.txt, any two languages), writing NAME.<format> per pair and a JSON Lines log, batch.jsonl, "
                + "with one summary per pair into OUTDIR.",
            "Pairs whose outputs are newer than their inputs are skipped (--force redoes them). A pair that fails is "
                + "logged with its reason and the others go on; the exit code is 5 if any failed."},
        mixinStandardHelpOptions = true)
final class BatchCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MANIFEST|DIR", description = "A manifest file or a folder of paired files.")
    Path input;

    @Option(names = {"-o", "--output"}, paramLabel = "OUTDIR", required = true,
            description = "The folder to write into (created if missing).")
    Path outDir;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",", defaultValue = "tsv",
            converter = AlignFormat.Converter.class,
            description = "Output formats, comma-separated: beads, tsv, jsonl, tmx, moses, html (a review page per pair "
                    + "and index.html). Default: ${DEFAULT-VALUE}.")
    List<AlignFormat> formats;

    @Option(names = "--extract",
            description = "Also extract what each pair says about the accord (two of Dutch, French and English; "
                    + "NAME.report.json; companies and pillars in the log).")
    boolean extract;

    @Option(names = "--threads", paramLabel = "N",
            description = "Pairs aligned at once (default: the number of processors).")
    Integer threads;

    @Option(names = "--force", description = "Redo pairs whose outputs are up to date.")
    boolean force;

    @Option(names = "--quiet", description = "Print no progress on standard error.")
    boolean quiet;

    @Mixin
    PairLanguages languages;

    @Mixin
    FilterOptions filters;

    @Option(names = "--encoding", paramLabel = "ENC", defaultValue = "UTF-8",
            description = "Charset of the input files (default: ${DEFAULT-VALUE}).")
    String encoding;

    @Option(names = "--input", paramLabel = "FORMAT", defaultValue = "text",
            converter = InputOptions.InputFormatConverter.class,
            description = "Layout of the input files: text or sentences (default: ${DEFAULT-VALUE}).")
    InputFormat inputFormat;

    @Option(names = "--no-language-check",
            description = "Go on even if an input does not look like its declared language (what --force does for "
                    + "the other commands).")
    boolean noLanguageCheck;

    @Override
    public Integer call() throws Exception {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1 || n > MAX_THREADS) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be in 1.." + MAX_THREADS
                    + ", got " + n);
        }
        PipelineConfig config = PipelineConfig.builder().encoding(encoding).inputFormat(inputFormat)
                .force(noLanguageCheck).build();
        BatchPlan plan = BatchPlan.read(input, BatchPlan.Languages.of(languages));
        if (extract) {
            for (BatchPair p : plan.pairs()) {
                if (!ReviewFindings.applies(p.sourceLanguage(), p.targetLanguage())) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--extract reads Dutch, French and "
                            + "English, but pair '" + p.name() + "' is " + p.sourceLanguage().englishName() + " to "
                            + p.targetLanguage().englishName());
                }
            }
        }
        BatchRunner runner = new BatchRunner(AccordPipeline.create(config), AlignerOptions.defaults(),
                new BatchRunner.Settings(formats.stream().distinct().toList(), extract, filters.toFilter(), filters.stats,
                        force));
        PrintWriter err = spec.commandLine().getErr();
        List<PairOutcome> outcomes = runner.run(plan, outDir, n, quiet ? BatchProgress.NONE : BatchProgress.to(err));
        int failed = 0;
        int skipped = 0;
        int kept = 0;
        AlignmentStats all = AlignmentStats.of(List.of());
        for (PairOutcome o : outcomes) {
            switch (o) {
                case PairOutcome.Failed f -> {
                    failed++;
                    err.println("accord: " + f.name() + ": " + f.reason());
                }
                case PairOutcome.Aligned a -> {
                    skipped += a.skipped() ? 1 : 0;
                    kept += a.kept();
                    all = all.plus(a.stats());
                }
            }
        }
        err.flush();
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%d pairs: %d aligned, %d up to date, %d failed; log: %s%n", outcomes.size(),
                outcomes.size() - failed - skipped, skipped, failed, outDir.resolve(BatchRunner.LOG_FILE));
        if (filters.stats) {
            FilterOptions.writeStats(all, kept, out);
        }
        out.flush();
        return failed > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }

    /** The most threads {@code --threads} accepts. */
    static final int MAX_THREADS = 256;
}
