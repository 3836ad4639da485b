package dev.accord.spark;

import dev.accord.AccordPipeline;
import dev.accord.Bitext;
import dev.accord.align.AlignerOptions;
import dev.accord.core.Accord;
import dev.accord.core.align.Alignment;
import dev.accord.core.extract.BilingualReport;
import dev.accord.core.text.Language;
import dev.accord.extract.Extraction;
import dev.accord.io.InvalidInputException;
import java.util.Iterator;
import java.util.Objects;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;

/**
 * The function Spark runs over each partition of pairs: every pair becomes one {@link ResultRows}
 * row, computed by this JVM's shared pipeline ({@link ExecutorPipelines}).
 *
 * <p>A pair that cannot be used (a null or unknown language code, a null, empty, blank, binary or
 * wrong-language text) becomes a {@linkplain ResultRows#failed failed} row with the reason, and so
 * does a pair on which the pipeline throws an unexpected exception (a bug: the row says
 * {@code internal error}), so that one pair never fails the job. Errors of the JVM itself, such as
 * running out of memory, still fail the task.
 *
 * <p>Rows are computed one at a time as Spark pulls them, so a partition's results never sit in
 * memory all at once. Each pair is read from its strings with {@link AccordPipeline#loadPair(String,
 * Language, String, Language)}: the command line's normalisation, language check and segmentation,
 * on the task's own thread (Spark already runs one task per core).
 */
final class PairProcessor implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    private final SparkOptions options;
    private final LongAccumulator pairs;
    private final LongAccumulator failed;

    PairProcessor(SparkOptions options, LongAccumulator pairs, LongAccumulator failed) {
        this.options = Objects.requireNonNull(options, "options");
        this.pairs = Objects.requireNonNull(pairs, "pairs");
        this.failed = Objects.requireNonNull(failed, "failed");
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
        AccordPipeline pipeline = ExecutorPipelines.get(options.pipelineConfig());
        AlignerOptions aligner = options.alignerOptions();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return input.hasNext();
            }

            @Override
            public Row next() {
                Row result = process(pipeline, aligner, InputPair.of(input.next()));
                pairs.add(1);
                if (ResultRows.isFailed(result)) {
                    failed.add(1);
                }
                return result;
            }
        };
    }

    private Row process(AccordPipeline pipeline, AlignerOptions aligner, InputPair pair) {
        try {
            Language sourceLanguage = language(pair.sourceLang(), PairColumns.SOURCE_LANG);
            Language targetLanguage = language(pair.targetLang(), PairColumns.TARGET_LANG);
            Bitext bitext = pipeline.loadPair(text(pair.sourceText(), PairColumns.SOURCE_TEXT), sourceLanguage,
                    text(pair.targetText(), PairColumns.TARGET_TEXT), targetLanguage);
            Alignment alignment = pipeline.align(bitext, aligner);
            BilingualReport report = null;
            if (options.findings() && Extraction.supports(sourceLanguage) && Extraction.supports(targetLanguage)) {
                report = Extraction.bilingual(Accord.cybersecurityTechAccord(), bitext.source(), bitext.target(),
                        alignment);
            }
            return ResultRows.aligned(pair, bitext.source(), bitext.target(), alignment, report);
        } catch (BadPairException e) {
            return ResultRows.failed(pair, e.getMessage());
        } catch (InvalidInputException e) {
            return ResultRows.failed(pair, message(e));
        } catch (RuntimeException e) {
            return ResultRows.failed(pair, "internal error: " + e);
        }
    }

    /**
     * Returns the error of a text as the row gives it: {@code source text: REASON}, and for a
     * language mismatch the remedy in this module's terms rather than the pipeline's.
     */
    static String message(InvalidInputException e) {
        String remedy = switch (e.remedy().orElse(null)) {
            case InvalidInputException.Remedy.SkipLanguageCheck skip ->
                    "; to align it anyway, turn the language check off: --force (SparkOptions.builder().force(true))";
            case null, default -> "";
        };
        return e.input() + ": " + e.reason() + remedy;
    }

    private static Language language(String code, String column) throws BadPairException {
        if (code == null) {
            throw new BadPairException(column + " is null");
        }
        try {
            return Language.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw new BadPairException(column + ": " + e.getMessage());
        }
    }

    private static String text(String text, String column) throws BadPairException {
        if (text == null) {
            throw new BadPairException(column + " is null");
        }
        return text;
    }

    /** A pair's own values are unusable before any text is read; the message is the row's error. */
    private static final class BadPairException extends Exception {
        private static final long serialVersionUID = 1L;

        BadPairException(String message) {
            super(message, null, false, false);
        }
    }
}
