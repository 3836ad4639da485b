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
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
 * report.nlFindings().companies();              // Microsoft [INITIATOR, SIGNATORY], ...
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
            try {
                Future<Document> targetRead = threads.submit(() -> reader.read(targetFile, targetLanguage));
                Document source = reader.read(sourceFile, sourceLanguage);
                Document target = result(targetRead);
                Future<?> check = config.force() ? CompletableFuture.completedFuture(null) : threads.submit(() -> {
                    LanguageCheck.standard().requirePair(source, sourceFile, target, targetFile);
                    return null;
                });
                Future<Document> targetSegmented = threads.submit(() -> segment(target));
                Document sourceSegmented = segment(source);
                result(check);
                return new Bitext(sourceSegmented, result(targetSegmented));
            } catch (InvalidInputException | RuntimeException | Error e) {
                threads.shutdownNow();  // the error is known: stop the other side's work instead of waiting for it
                throw e;
            }
        }
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
     * The extraction recipe: aligns a Dutch text (source) with its French translation (target),
     * extracts what each side says about the Cybersecurity Tech Accord and reconciles the two.
     *
     * @throws NullPointerException if {@code nlFr} is null
     * @throws IllegalArgumentException if the source is not Dutch or the target not French
     */
    public BilingualReport extract(Bitext nlFr) {
        Objects.requireNonNull(nlFr, "nlFr");
        return Extraction.bilingual(Accord.cybersecurityTechAccord(), nlFr.source(), nlFr.target(), align(nlFr));
    }

    @Override
    public String toString() {
        return "AccordPipeline" + config;
    }
}
