package dev.accord;

import dev.accord.align.AlignerOptions;
import dev.accord.align.SentenceAligner;
import dev.accord.core.Accord;
import dev.accord.core.align.Alignment;
import dev.accord.core.extract.BilingualReport;
import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import dev.accord.extract.Extraction;
import dev.accord.io.BundledCorpus;
import dev.accord.io.InvalidInputException;
import dev.accord.io.LanguageCheck;
import dev.accord.io.TextReader;
import dev.accord.segment.SentenceSegmenter;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/**
 * The Accord pipeline: the one entry point that wires the stages, text file → reader (and
 * language check) → {@link Document} → segmenter → sentences → aligner → extractors →
 * reconciliation.
 *
 * {@snippet :
 * AccordPipeline pipeline = AccordPipeline.standard();
 * Document dutch = pipeline.load(Path.of("article-nl.txt"), Language.NL);
 * dutch.sentences().forEach(s -> System.out.println(s.text()));
 *
 * // the extraction recipe: read, segment, align, extract both sides, reconcile
 * BilingualReport report = pipeline.extract(pipeline.loadPair(nlFile, Language.NL, frFile, Language.FR));
 * report.sourceFindings().companies();              // Microsoft [INITIATOR, SIGNATORY], ...
 *
 * // text in memory: the same normalisation and language check as a file
 * BilingualReport fromStrings = pipeline.extract(dutchText, frenchText);
 * }
 *
 * <p>Immutable and thread-safe: one pipeline can serve many threads.
 */
public final class AccordPipeline {

    private final PipelineConfig config;
    private final TextReader reader;
    private final SentenceSegmenter segmenter;
    private final SentenceAligner aligner;

    private AccordPipeline(PipelineConfig config) {
        this.config = config;
        this.reader = TextReader.of(config.inputFormat(), config.encoding());
        this.segmenter = SentenceSegmenter.standard();
        this.aligner = SentenceAligner.standard();
    }

    /** Returns a pipeline with the {@linkplain PipelineConfig#defaults() default settings}. */
    public static AccordPipeline standard() {
        return create(PipelineConfig.defaults());
    }

    /**
     * Returns a pipeline with the given settings.
     *
     * @throws NullPointerException if {@code config} is null
     */
    public static AccordPipeline create(PipelineConfig config) {
        return new AccordPipeline(Objects.requireNonNull(config, "config"));
    }

    /** Returns the settings of this pipeline. */
    public PipelineConfig config() {
        return config;
    }

    /**
     * Reads {@code file} in the configured encoding and layout and, unless the configuration
     * {@linkplain PipelineConfig#force() forces} it, checks that it is in {@code language}.
     *
     * @return the document: paragraphs only for running text, sentences too for pre-split input
     * @throws InvalidInputException if the file cannot be used or clearly is in another language
     */
    public Document read(Path file, Language language) throws InvalidInputException {
        Document document = reader.read(file, language);
        if (!config.force()) {
            LanguageCheck.standard().require(document, file);
        }
        return document;
    }

    /**
     * Returns {@code document} with sentences: as it is if it has some (pre-split input),
     * otherwise cut by the standard segmenter.
     */
    public Document segment(Document document) {
        Objects.requireNonNull(document, "document");
        return document.size() > 0 ? document : document.withSentences(segmenter.segment(document));
    }

    /**
     * Reads and segments {@code file}: {@link #read(Path, Language)} then {@link #segment(Document)}.
     *
     * @throws InvalidInputException if the file cannot be used
     */
    public Document load(Path file, Language language) throws InvalidInputException {
        return segment(read(file, language));
    }

    /**
     * Reads text in memory as {@link TextReader#read(String, Language)} does (the same
     * normalisation and refusals as for a file) and, unless the configuration
     * {@linkplain PipelineConfig#force() forces} it, checks that it is in {@code language}.
     * Messages call the input {@code text}.
     *
     * @throws InvalidInputException if the text cannot be used or clearly is in another language
     */
    public Document read(String text, Language language) throws InvalidInputException {
        return checked(reader.read(text, language));
    }

    /**
     * Reads all of {@code text} (without closing it) as {@link #read(String, Language)} does.
     *
     * @throws InvalidInputException if the text cannot be used, clearly is in another language,
     *     or {@code text} fails
     */
    public Document read(Reader text, Language language) throws InvalidInputException {
        return checked(reader.read(text, language));
    }

    /**
     * Reads all of {@code bytes} (without closing the stream) in the configured encoding and
     * layout, exactly as a file of these bytes, and checks the language unless forced.
     *
     * @throws InvalidInputException if the bytes cannot be used, clearly are in another language,
     *     or the stream fails
     */
    public Document read(InputStream bytes, Language language) throws InvalidInputException {
        return checked(reader.read(bytes, language));
    }

    private Document checked(Document document) throws InvalidInputException {
        if (!config.force()) {
            LanguageCheck.standard().require(document, "text");
        }
        return document;
    }

    /**
     * Reads and segments text in memory: {@link #read(String, Language)} then
     * {@link #segment(Document)}.
     *
     * @throws InvalidInputException if the text cannot be used or clearly is in another language
     */
    public Document load(String text, Language language) throws InvalidInputException {
        return segment(read(text, language));
    }

    /**
     * Reads and segments a source and a target file and, unless forced, checks both languages at
     * once, so that two swapped files are reported as swapped. The target is read and segmented
     * on a second thread meanwhile, and the language check (whose first call may load a large
     * model) on a third; when both files are bad, the source's error is the one reported.
     *
     * @throws InvalidInputException if a file cannot be used or clearly is in another language
     * @throws IllegalStateException if the calling thread is interrupted while it waits
     */
    public Bitext loadPair(Path sourceFile, Language sourceLanguage, Path targetFile, Language targetLanguage)
            throws InvalidInputException {
        try (ExecutorService threads = Executors.newThreadPerTaskExecutor(Thread.ofPlatform().daemon().factory())) {
            return loadPair(sourceFile, sourceLanguage, targetFile, targetLanguage, threads);
        }
    }

    /**
     * As {@link #loadPair(Path, Language, Path, Language)}, with the work beside the calling
     * thread (reading and segmenting the target, the language check) run by {@code executor}:
     * a pool of your own, a virtual-thread executor, or {@code Runnable::run} to do everything on
     * the calling thread. On a failure the tasks still running are cancelled (interrupted); the
     * executor is not shut down.
     *
     * @throws InvalidInputException if a file cannot be used or clearly is in another language
     * @throws java.util.concurrent.RejectedExecutionException if {@code executor} refuses a task
     * @throws IllegalStateException if the calling thread is interrupted while it waits
     */
    public Bitext loadPair(Path sourceFile, Language sourceLanguage, Path targetFile, Language targetLanguage,
            Executor executor) throws InvalidInputException {
        Objects.requireNonNull(sourceFile, "sourceFile");
        Objects.requireNonNull(targetFile, "targetFile");
        return pair(() -> reader.read(sourceFile, sourceLanguage), () -> reader.read(targetFile, targetLanguage),
                (source, target) -> LanguageCheck.standard().requirePair(source, sourceFile, target, targetFile),
                Objects.requireNonNull(executor, "executor"));
    }

    /**
     * Reads and segments a source and a target text in memory, as
     * {@link #loadPair(Path, Language, Path, Language)} does files: the same normalisation, the
     * same language check of the pair. Messages call them {@code source text} and
     * {@code target text}. Runs on the calling thread.
     *
     * @throws InvalidInputException if a text cannot be used or clearly is in another language
     */
    public Bitext loadPair(String sourceText, Language sourceLanguage, String targetText, Language targetLanguage)
            throws InvalidInputException {
        Objects.requireNonNull(sourceText, "sourceText");
        Objects.requireNonNull(targetText, "targetText");
        return pair(() -> named(() -> reader.read(sourceText, sourceLanguage), SOURCE_TEXT),
                () -> named(() -> reader.read(targetText, targetLanguage), TARGET_TEXT),
                (source, target) -> LanguageCheck.standard().requirePair(source, SOURCE_TEXT, target, TARGET_TEXT),
                Runnable::run);
    }

    private static final String SOURCE_TEXT = "source text";
    private static final String TARGET_TEXT = "target text";

    /** A step that reads a document. */
    private interface Load {
        Document load() throws InvalidInputException;
    }

    /** The language check of a pair. */
    private interface PairCheck {
        void check(Document source, Document target) throws InvalidInputException;
    }

    private static Document named(Load load, String input) throws InvalidInputException {
        try {
            return load.load();
        } catch (InvalidInputException e) {
            throw e.forInput(input);
        }
    }

    private Bitext pair(Load readSource, Load readTarget, PairCheck check, Executor executor)
            throws InvalidInputException {
        List<FutureTask<?>> started = new ArrayList<>();
        try {
            FutureTask<Document> targetRead = start(readTarget::load, executor, started);
            Document source = readSource.load();
            Document target = result(targetRead);
            FutureTask<Void> checked = config.force() ? null : start(() -> {
                check.check(source, target);
                return null;
            }, executor, started);
            FutureTask<Document> targetSegmented = start(() -> segment(target), executor, started);
            Document sourceSegmented = segment(source);
            if (checked != null) {
                result(checked);
            }
            return new Bitext(sourceSegmented, result(targetSegmented));
        } catch (InvalidInputException | RuntimeException | Error e) {
            started.forEach(task -> task.cancel(true));  // the error is known: stop the other side's work
            throw e;
        }
    }

    private static <T> FutureTask<T> start(Callable<T> work, Executor executor, List<FutureTask<?>> started) {
        FutureTask<T> task = new FutureTask<>(work);
        started.add(task);
        executor.execute(task);
        return task;
    }

    /** Waits for {@code task} and rethrows what it threw as it was thrown. */
    private static <T> T result(Future<T> task) throws InvalidInputException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the texts", e);
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case InvalidInputException invalid -> throw invalid;
                case RuntimeException unchecked -> throw unchecked;
                case Error error -> throw error;
                default -> throw new IllegalStateException(e.getCause());
            }
        }
    }

    /**
     * Returns the bundled seed articles (Dutch source, French target), segmented.
     */
    public Bitext seedPair() {
        return new Bitext(segment(BundledCorpus.seed(Language.NL)), segment(BundledCorpus.seed(Language.FR)));
    }

    /**
     * Aligns the sentences of a bitext with the standard aligner.
     *
     * @throws NullPointerException if {@code bitext} is null
     */
    public Alignment align(Bitext bitext) {
        Objects.requireNonNull(bitext, "bitext");
        return aligner.align(bitext.source(), bitext.target());
    }

    /**
     * Aligns the sentences of a bitext with the aligner {@code options} describe (method, bead
     * size, paragraphs, word list, machine translation, progress).
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the options do not fit the documents (a machine
     *     translation with another number of lines than the source has sentences)
     */
    public Alignment align(Bitext bitext, AlignerOptions options) {
        Objects.requireNonNull(bitext, "bitext");
        return SentenceAligner.create(options).align(bitext.source(), bitext.target());
    }

    /**
     * The extraction recipe: aligns a text (source) with its translation (target), extracts what
     * each side says about the Cybersecurity Tech Accord and reconciles the two. Any two of
     * Dutch, French and English.
     *
     * @throws NullPointerException if {@code bitext} is null
     * @throws IllegalArgumentException if a side is in a language extraction does not support
     */
    public BilingualReport extract(Bitext bitext) {
        Objects.requireNonNull(bitext, "bitext");
        return Extraction.bilingual(Accord.cybersecurityTechAccord(), bitext.source(), bitext.target(), align(bitext));
    }

    /**
     * The extraction recipe with the aligner {@code options} describe: as {@link #extract(Bitext)}
     * over {@link #align(Bitext, AlignerOptions)}.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a side is in a language extraction does not support, or
     *     the options do not fit the documents
     */
    public BilingualReport extract(Bitext bitext, AlignerOptions options) {
        Objects.requireNonNull(bitext, "bitext");
        Objects.requireNonNull(options, "options");
        return Extraction.bilingual(Accord.cybersecurityTechAccord(), bitext.source(), bitext.target(), align(bitext, options));
    }

    /**
     * The extraction recipe on two texts in memory: {@link #loadPair(String, Language, String,
     * Language)} of a Dutch text and its French translation, then {@link #extract(Bitext)}.
     *
     * @throws InvalidInputException if a text cannot be used or clearly is in another language
     */
    public BilingualReport extract(String dutchText, String frenchText) throws InvalidInputException {
        return extract(loadPair(dutchText, Language.NL, frenchText, Language.FR));
    }

    @Override
    public String toString() {
        return "AccordPipeline" + config;
    }
}
