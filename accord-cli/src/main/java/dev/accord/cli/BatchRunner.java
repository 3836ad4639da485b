package dev.accord.cli;

import dev.accord.AccordPipeline;
import dev.accord.Bitext;
import dev.accord.align.AlignerOptions;
import dev.accord.align.AlignmentStats;
import dev.accord.align.BeadFilter;
import dev.accord.core.align.Alignment;
import dev.accord.core.align.Bead;
import dev.accord.internal.AtomicFiles;
import dev.accord.io.InvalidInputException;
import dev.accord.write.AlignmentWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the pairs of a {@link BatchPlan} on a pool of threads with one shared pipeline, writes each
 * pair's outputs, then the batch's log, in the plan's order.
 *
 * <p><b>Outputs</b> of pair {@code NAME} in the output folder: one file per format
 * ({@code NAME.tsv}, {@code NAME.<lang>} for moses, {@code NAME.html} for the review page, whose
 * highlights need extraction...), {@code NAME.report.json} with extraction, and last
 * {@code NAME.summary.json}, the pair's log line, which marks the pair done. The batch writes
 * {@code batch.jsonl} and, with the html format, {@code index.html}, which links every page. Each file is
 * written atomically ({@link AtomicFiles}), so an interrupted batch leaves whole files only.
 *
 * <p><b>Resuming.</b> A pair whose outputs all exist and are newer than both its inputs is
 * skipped (unless {@code force}): its log line is read back from its summary. Changing options
 * does not make outputs stale; pass {@code force} to redo them.
 *
 * <p><b>Determinism.</b> Every output and every log field but the time is the same whatever the
 * number of threads: each pair is processed on one thread from its inputs alone, and the log is
 * written in the plan's order once all pairs are done. A pair that fails is logged with its
 * reason; the others go on.
 */
final class BatchRunner {

    /** The base name of the batch's log, {@code batch.jsonl}. */
    static final String LOG_NAME = "batch";
    /** The base name of the batch's review index, {@code index.html}. */
    static final String INDEX_NAME = "index";
    /** The file name of the log. */
    static final String LOG_FILE = LOG_NAME + ".jsonl";
    /** What a pair's summary file name adds to the pair's name. */
    static final String SUMMARY_SUFFIX = ".summary.json";
    /** What a pair's extraction report file name adds to the pair's name. */
    static final String REPORT_SUFFIX = ".report.json";

    /**
     * What to write for each pair.
     *
     * @param formats the output formats, at least one, each once
     * @param extract whether to extract and reconcile (Dutch to French pairs only)
     * @param filter the beads the alignment outputs keep
     * @param stats whether the log shows each pair's score histogram
     * @param force whether to redo pairs whose outputs are up to date
     */
    record Settings(List<AlignFormat> formats, boolean extract, BeadFilter filter, boolean stats, boolean force) {
        Settings {
            formats = List.copyOf(formats);
            Objects.requireNonNull(filter, "filter");
            if (formats.isEmpty() || formats.stream().distinct().count() != formats.size()) {
                throw new IllegalArgumentException("give each output format once, got " + formats);
            }
        }
    }

    private final AccordPipeline pipeline;
    private final AlignerOptions options;
    private final Settings settings;

    BatchRunner(AccordPipeline pipeline, AlignerOptions options, Settings settings) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.options = Objects.requireNonNull(options, "options");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Runs every pair of {@code plan} on {@code threads} threads, writes the outputs and the log
     * into {@code outDir} (created if missing) and returns the outcomes in the plan's order, the
     * folder's unpaired files included as failures.
     *
     * @throws IOException if the output folder or the log cannot be written
     * @throws InterruptedException if the calling thread is interrupted while pairs run; pairs
     *     already written stay, the others are stopped
     */
    List<PairOutcome> run(BatchPlan plan, Path outDir, int threads, BatchProgress progress)
            throws IOException, InterruptedException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        createFolder(outDir);
        progress.started(plan.pairs().size(), plan.pairs().stream().mapToLong(BatchRunner::inputBytes).sum());
        List<PairOutcome> outcomes = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads,
                Thread.ofPlatform().name("accord-batch-", 0).daemon().factory());
        try {
            List<Future<PairOutcome>> futures = new ArrayList<>();
            for (BatchPair pair : plan.pairs()) {
                futures.add(pool.submit(() -> {
                    PairOutcome outcome = process(pair, outDir);
                    progress.done(outcome, inputBytes(pair));
                    return outcome;
                }));
            }
            for (Future<PairOutcome> f : futures) {
                outcomes.add(result(f));
            }
        } finally {
            pool.shutdownNow();
        }
        progress.finished();
        for (Map.Entry<String, String> m : plan.missing().entrySet()) {
            outcomes.add(new PairOutcome.Failed(m.getKey(), null, null, m.getValue()));
        }
        if (!plan.missing().isEmpty()) {  // a folder's pairs are in name order: keep the unpaired among them
            outcomes.sort(Comparator.comparing(PairOutcome::name));
        }
        AtomicFiles.write(outDir.resolve(LOG_FILE), w -> {
            for (PairOutcome o : outcomes) {
                w.write(PairOutcome.toJson(o, settings.stats()));
                w.write('\n');
            }
        });
        if (settings.formats().contains(AlignFormat.HTML)) {
            AtomicFiles.write(outDir.resolve(INDEX_NAME + ".html"), w -> ReviewPage.writeIndex(w, outcomes, true));
        }
        return List.copyOf(outcomes);
    }

    private static PairOutcome result(Future<PairOutcome> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case RuntimeException r -> throw r;
                case Error err -> throw err;  // out of memory: the whole batch stops, with the usual message
                default -> throw new IllegalStateException(e.getCause());
            }
        }
    }

    private static void createFolder(Path outDir) throws OutputException {
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw new OutputException(outDir + ": cannot create the output folder: "
                    + (Files.exists(outDir) ? "it is a file" : e.getMessage()), e);
        }
    }

    private static long inputBytes(BatchPair pair) {
        try {
            return Files.size(pair.source()) + Files.size(pair.target());
        } catch (IOException e) {
            return 0;  // the pair will fail when it is read, and say why
        }
    }

    /** Aligns one pair and writes its outputs; never throws for a bad pair, only for a bug or an Error. */
    PairOutcome process(BatchPair pair, Path outDir) {
        String source = pair.source().toString();
        String target = pair.target().toString();
        Path summary = outDir.resolve(pair.name() + SUMMARY_SUFFIX);
        try {
            if (!settings.force()) {
                Optional<PairOutcome.Aligned> earlier = upToDate(pair, outDir, summary);
                if (earlier.isPresent()) {
                    return earlier.get().asSkipped();
                }
            }
            for (Path out : outputs(pair, outDir, summary)) {
                for (Path in : List.of(pair.source(), pair.target())) {
                    if (Files.exists(out) && Files.exists(in) && Files.isSameFile(out, in)) {
                        return new PairOutcome.Failed(pair.name(), source, target, "the output " + out
                                + " is the input " + in + ": writing it would destroy the input; choose another -o");
                    }
                }
            }
            long start = System.nanoTime();
            Bitext texts = pipeline.loadPair(pair.source(), pair.sourceLanguage(), pair.target(), pair.targetLanguage(),
                    Runnable::run);
            Alignment alignment = pipeline.align(texts, options);
            Optional<ReviewFindings> findings = settings.extract()
                    ? Optional.of(ReviewFindings.of(texts.source(), texts.target(), alignment)) : Optional.empty();
            List<Bead> kept = settings.filter().apply(alignment, texts.source(), texts.target());
            List<String> written = new ArrayList<>();
            for (AlignFormat f : settings.formats()) {
                if (f.alignmentFormat().isPresent()) {
                    AlignmentWriter.forFormat(f.alignmentFormat().get()).write(f.writerPath(outDir, pair.name()),
                            texts.source(), texts.target(), alignment, settings.filter());
                } else {
                    AtomicFiles.write(f.writerPath(outDir, pair.name()), w -> ReviewPage.write(w, pair.name(),
                            texts.source(), texts.target(), alignment, findings, settings.filter().minScore()));
                }
                f.files(outDir, pair.name(), pair.sourceLanguage(), pair.targetLanguage())
                        .forEach(p -> written.add(p.getFileName().toString()));
            }
            if (findings.isPresent()) {
                Path report = outDir.resolve(pair.name() + REPORT_SUFFIX);
                AtomicFiles.write(report, findings.get()::writeJson);
                written.add(report.getFileName().toString());
            }
            PairOutcome.Aligned outcome = new PairOutcome.Aligned(pair.name(), source, target, pair.sourceLanguage(),
                    pair.targetLanguage(), texts.source().size(), texts.target().size(), AlignmentStats.of(alignment),
                    kept.size(), findings.map(x -> new PairOutcome.Extracted(x.companies(), x.pillars(), x.disagreements())),
                    written, (System.nanoTime() - start) / 1_000_000, false);
            AtomicFiles.write(summary, w -> w.write(PairOutcome.toJson(outcome, true) + "\n"));
            return outcome;
        } catch (InvalidInputException e) {
            return new PairOutcome.Failed(pair.name(), source, target, AccordCli.oneLine(e.input() + ": " + e.reason()
                    + e.remedy().map(r -> "; " + advice(r)).orElse("")));
        } catch (IOException | IllegalArgumentException e) {
            return new PairOutcome.Failed(pair.name(), source, target, AccordCli.oneLine(e.getMessage()));
        } catch (RuntimeException e) {
            return new PairOutcome.Failed(pair.name(), source, target, "internal error: " + e + " (please report it)");
        }
    }

    /** Returns what the user can do about refused input, in terms of the batch's options. */
    static String advice(InvalidInputException.Remedy remedy) {
        return switch (remedy) {
            case InvalidInputException.Remedy.SkipLanguageCheck skip -> "pass --no-language-check to go on";
            case InvalidInputException.Remedy.NameEncoding name -> AccordCli.advice(name);
        };
    }

    /** Returns the earlier outcome if every output of {@code pair} exists and is newer than its inputs. */
    private Optional<PairOutcome.Aligned> upToDate(BatchPair pair, Path outDir, Path summary) {
        List<Path> outputs = outputs(pair, outDir, summary);
        try {
            FileTime inputs = max(Files.getLastModifiedTime(pair.source()), Files.getLastModifiedTime(pair.target()));
            for (Path out : outputs) {
                if (!Files.isRegularFile(out) || Files.getLastModifiedTime(out).compareTo(inputs) <= 0) {
                    return Optional.empty();
                }
            }
            PairOutcome.Aligned earlier = PairOutcome.readAligned(Files.readString(summary).strip());
            boolean sameExtraction = earlier.extracted().isPresent() == settings.extract();
            return sameExtraction ? Optional.of(earlier) : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();  // unreadable input or summary: redo the pair, which reports any real problem
        }
    }

    /** Returns every file the batch writes for {@code pair}, its summary last. */
    private List<Path> outputs(BatchPair pair, Path outDir, Path summary) {
        List<Path> outputs = new ArrayList<>();
        for (AlignFormat f : settings.formats()) {
            outputs.addAll(f.files(outDir, pair.name(), pair.sourceLanguage(), pair.targetLanguage()));
        }
        if (settings.extract()) {
            outputs.add(outDir.resolve(pair.name() + REPORT_SUFFIX));
        }
        outputs.add(summary);
        return outputs;
    }

    private static FileTime max(FileTime a, FileTime b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
