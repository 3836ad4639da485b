package dev.accord.segment;

import dev.accord.core.text.Document;
import dev.accord.core.text.Sentence;
import dev.accord.core.text.TextSpan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * The options measured against the standard segmenter (see {@link SegmenterOptionsTest}):
 * OpenNLP's French sentence model ({@code opennlp-models-sentdetect-fr} 1.3.0, UD GSD) alone, or
 * with {@link BoundaryRules} vetoing the model's boundaries they reject. There is no Dutch model;
 * on Dutch text the French model is used as it is.
 *
 * <p>Kept in the tests only: the rules alone measure better, so the library does not ship this.
 * {@link SentenceDetectorME} is not thread-safe: one per thread, built from the shared model.
 */
final class OpenNlpModelSegmenter implements SentenceSegmenter {

    private static final String MODEL_RESOURCE = "opennlp-fr-ud-gsd-sentence-1.3-2.5.4.bin";

    private final boolean rulesVeto;
    private final ThreadLocal<SentenceDetectorME> detector =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(ModelHolder.MODEL));

    OpenNlpModelSegmenter(boolean rulesVeto) {
        this.rulesVeto = rulesVeto;
    }

    @Override
    public List<Sentence> segment(Document document) {
        Objects.requireNonNull(document, "document");
        String text = document.text();
        Abbreviations abbreviations = Abbreviations.of(document.language());
        List<Sentence> sentences = new ArrayList<>();
        for (int p = 0; p < document.paragraphs().size(); p++) {
            TextSpan paragraph = document.paragraphs().get(p);
            Span[] spans = detector.get().sentPosDetect(paragraph.coveredText(text));
            int[] ends = new int[Math.max(0, spans.length - 1)];
            for (int k = 0; k < ends.length; k++) {
                ends[k] = paragraph.start() + spans[k].getEnd();
            }
            if (rulesVeto) {
                int[] accepted = BoundaryRules.boundaries(text, paragraph.start(), paragraph.end(), abbreviations);
                ends = Arrays.stream(ends).filter(e -> Arrays.binarySearch(accepted, e) >= 0).toArray();
            }
            RuleBasedSegmenter.addSentences(text, p, paragraph, ends, sentences);
        }
        return List.copyOf(sentences);
    }

    @Override
    public String toString() {
        return rulesVeto ? "OpenNLP fr model + rules veto" : "OpenNLP fr model";
    }

    private static final class ModelHolder {
        static final SentenceModel MODEL = load();

        private static SentenceModel load() {
            // Through the class loader: the model is a top-level resource of another jar, which
            // Class.getResourceAsStream does not search when this class is in a named module.
            try (InputStream in = OpenNlpModelSegmenter.class.getClassLoader().getResourceAsStream(MODEL_RESOURCE)) {
                if (in == null) {
                    throw new UncheckedIOException(new IOException(MODEL_RESOURCE + " is not on the classpath"));
                }
                return new SentenceModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
