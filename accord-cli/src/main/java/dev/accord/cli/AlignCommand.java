package dev.accord.cli;

import dev.accord.AccordPipeline;
import dev.accord.Bitext;
import dev.accord.align.AlignerOptions;
import dev.accord.align.AlignmentMethod;
import dev.accord.align.AlignmentStats;
import dev.accord.align.BeadFilter;
import dev.accord.align.BilingualDictionary;
import dev.accord.align.ProgressListener;
import dev.accord.core.align.Alignment;
import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import dev.accord.core.text.Sentence;
import dev.accord.internal.AtomicFiles;
import dev.accord.io.InputFormat;
import dev.accord.io.InvalidInputException;
import dev.accord.io.TextReader;
import dev.accord.write.AlignmentWriter;
import dev.accord.internal.AtomicFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code accord align SOURCE TARGET}: aligns the sentences of a text with those of its
 * translation and writes the beads in one of the output formats.
 */
@Command(
        name = "align",
        description = {"Aligns the sentences of SOURCE with those of its translation TARGET and writes one bead a "
                + "line (beads: [source ids]:[target ids]:score, ids 0-based, score in [0,1], higher = more "
                + "confident). Every sentence is in exactly one bead; unaligned sentences are 1-0 or 0-1 beads."},
        mixinStandardHelpOptions = true)
final class AlignCommand implements Callable<Integer> {

    /** Below this many sentences in all, no progress is reported. */
    static final int PROGRESS_THRESHOLD = 5_000;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SOURCE", description = "The source text (Dutch by default).")
    Path source;

    @Parameters(index = "1", paramLabel = "TARGET", description = "The translation (French by default).")
    Path target;

    @Mixin
    PairLanguages languages;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "beads", converter = AlignFormat.Converter.class,
            description = "Output format: beads, tsv, jsonl, tmx, moses (moses needs -o) or html (a review page). "
                    + "Default: ${DEFAULT-VALUE}.")
    AlignFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Write to OUT instead of standard output (moses: OUT.<source lang> and OUT.<target lang>).")
    Path output;

    @Option(names = "--method", paramLabel = "METHOD", defaultValue = "full", converter = MethodConverter.class,
            description = "full (length, lexical evidence, self-trained word translations; the default) or length "
                    + "(plain Gale-Church, a baseline).")
    AlignmentMethod method;

    @Option(names = "--max-bead", paramLabel = "N", defaultValue = "3",
            description = "Most sentences on one side of a bead, 1 to " + AlignerOptions.MAX_BEAD_SIZE_LIMIT
                    + " (default: ${DEFAULT-VALUE}).")
    int maxBead;

    @Option(names = "--hard-paragraphs", description = "Never put sentences of two paragraphs into one bead.")
    boolean hardParagraphs;

    @Option(names = "--dictionary", paramLabel = "FILE",
            description = "A bilingual word list, one source<TAB>target pair a line, used as extra evidence.")
    Path dictionary;

    @Option(names = "--translation", paramLabel = "FILE",
            description = "A machine translation of SOURCE into the target language, one line per source sentence.")
    Path translation;

    @Option(names = "--quiet", description = "Print no progress on standard error.")
    boolean quiet;

    @Mixin
    InputOptions input;

    @Mixin
    FilterOptions filters;

    @Override
    public Integer call() throws Exception {
        if (format == AlignFormat.MOSES && output == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "format moses writes two files: name them with -o OUT");
        }
        if (maxBead < 1 || maxBead > AlignerOptions.MAX_BEAD_SIZE_LIMIT) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-bead must be in 1.."
                    + AlignerOptions.MAX_BEAD_SIZE_LIMIT + ", got " + maxBead);
        }
        BeadFilter filter = filters.toFilter();
        if (output != null) {
            checkOutput();
        }
        AccordPipeline pipeline = AccordPipeline.create(input.toConfig());
        Bitext bitext = pipeline.loadPair(source, languages.source(), target, languages.target());
        AlignerOptions.Builder options = AlignerOptions.builder()
                .method(method)
                .maxBeadSize(maxBead)
                .hardParagraphs(hardParagraphs);
        if (dictionary != null) {
            options.dictionary(BilingualDictionary.read(dictionary));
        }
        if (translation != null) {
            options.translation(readTranslation(bitext.source()));
        }
        PrintWriter err = spec.commandLine().getErr();
        if (!quiet && bitext.source().size() + bitext.target().size() >= PROGRESS_THRESHOLD) {
            options.progress(progressTo(err));
        }
        Alignment alignment = pipeline.align(bitext, options.build());
        write(bitext, alignment, filter);
        if (filters.stats) {
            // beside the beads on standard output, or on it when the beads go to a file
            PrintWriter to = output == null ? err : spec.commandLine().getOut();
            FilterOptions.writeStats(AlignmentStats.of(alignment),
                    filter.apply(alignment, bitext.source(), bitext.target()).size(), to);
            to.flush();
        }
        return ExitCodes.OK;
    }

    private List<String> readTranslation(Document sourceDocument) throws InvalidInputException {
        Document mt = TextReader.of(InputFormat.SENTENCES, input.toConfig().encoding()).read(translation, languages.target());
        if (mt.size() != sourceDocument.size()) {
            throw new InvalidInputException(translation, "has " + mt.size() + " non-blank lines but the source has "
                    + sourceDocument.size() + " sentences: give one line per source sentence");
        }
        return mt.sentences().stream().map(Sentence::text).toList();
    }

    /**
     * Checks the output file(s) before any work: none may be one of the inputs, however it is
     * spelled (a relative path, {@code ./}, {@code ..}, a symbolic or hard link), and each must be
     * writable (its folder exists, it is not a directory nor read-only).
     *
     * @throws CommandLine.ParameterException if an output names an input (exit 2)
     * @throws OutputException if an output cannot be written (exit 4)
     */
    private void checkOutput() throws OutputException {
        List<Path> files;
        try {
            files = format.outputFiles(output, languages.source(), languages.target());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        List<Path> inputs = new ArrayList<>(List.of(source, target));
        if (dictionary != null) {
            inputs.add(dictionary);
        }
        if (translation != null) {
            inputs.add(translation);
        }
        for (Path file : files) {
            for (Path in : inputs) {
                if (sameFile(file, in)) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "the output " + file
                            + " is the input " + in + ": writing it would destroy the input; choose another -o");
                }
            }
            try {
                AtomicFiles.requireWritable(file);
            } catch (IOException e) {
                throw new OutputException(e.getMessage(), e);
            }
        }
    }

    /** Returns true if both paths name one existing file, whatever the spelling or links. */
    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false; // what cannot be compared is reported when it is read or written
        }
    }

    private void write(Bitext bitext, Alignment alignment, BeadFilter filter) throws IOException {
        if (format == AlignFormat.HTML) {
            writePage(bitext, alignment, filter);
            return;
        }
        AlignmentWriter writer = AlignmentWriter.forFormat(format.alignmentFormat().orElseThrow());
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            writer.write(out, bitext.source(), bitext.target(), alignment, filter);
            out.flush();
            return;
        }
        try {
            writer.write(output, bitext.source(), bitext.target(), alignment, filter);
        } catch (IOException e) {
            throw new OutputException(e.getMessage(), e);
        }
    }

    /**
     * Writes the review page: every bead (beads under {@code --min-score} start hidden), with what
     * extraction finds when the pair is Dutch to French.
     */
    private void writePage(Bitext bitext, Alignment alignment, BeadFilter filter) throws IOException {
        Optional<ReviewFindings> findings = ReviewFindings.applies(bitext.source().language(), bitext.target().language())
                ? Optional.of(ReviewFindings.of(bitext.source(), bitext.target(), alignment)) : Optional.empty();
        String title = source.getFileName() + " – " + target.getFileName();
        AtomicFiles.Content page = w -> ReviewPage.write(w, title, bitext.source(), bitext.target(), alignment, findings,
                filter.minScore());
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            page.writeTo(out);
            out.flush();
            return;
        }
        try {
            AtomicFiles.write(output, page);
        } catch (IOException e) {
            throw new OutputException(e.getMessage(), e);
        }
    }

    /** Returns a listener that prints a line on {@code err} every tenth of each stage. */
    static ProgressListener progressTo(PrintWriter err) {
        int[] lastTenth = {-1};
        String[] lastStage = {""};
        return (stage, done, total) -> {
            int tenth = total == 0 ? 10 : (int) (10 * done / total);
            if (!stage.equals(lastStage[0])) {
                lastStage[0] = stage;
                lastTenth[0] = -1;
            }
            if (tenth > lastTenth[0]) {
                lastTenth[0] = tenth;
                err.printf(Locale.ROOT, "accord: %s %d%%%n", stage, tenth * 10);
                err.flush();
            }
        };
    }

    /** Converts {@code --method} values. */
    static final class MethodConverter implements CommandLine.ITypeConverter<AlignmentMethod> {
        @Override
        public AlignmentMethod convert(String value) {
            return AlignmentMethod.fromCliName(value);
        }
    }
}
