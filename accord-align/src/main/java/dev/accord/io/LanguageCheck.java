package dev.accord.io;

import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Checks that a document is in the language it was declared to be in, with OpenNLP's language
 * detector (model {@code langdetect-183.bin} from {@code opennlp-models-langdetect} 1.3.0, 103
 * languages, loaded from the classpath on first use, never downloaded).
 *
 * <p>Loading that model takes about 0.7 s, more than aligning a thousand sentences, so a text
 * is first looked at through its {@link FunctionWords}: when every window of the sample (see
 * below) has at least {@value #MIN_FUNCTION_WORDS} function words of the declared language, they
 * make at least {@value #MIN_FUNCTION_SHARE} of its words, and those of the other supported
 * languages together with the markers of close unsupported ones (Spanish, Catalan, Italian,
 * Portuguese) at most {@value #MAX_FOREIGN_SHARE} of its function words, the text is
 * {@link LanguageVerdict.Confirmed confirmed} without the model. Anything else, including every
 * text in an unsupported language, goes to the detector, which alone can reject a text.
 *
 * <p>Short texts give the detector little to go on, so a text is only called a
 * {@link LanguageVerdict.Mismatch mismatch} when another language clearly stands out: it is ranked
 * first with probability at least {@value #MIN_CONFIDENCE} and at least {@value #MARGIN} times the
 * probability of the declared language. Texts with fewer than {@value #MIN_LETTERS} letters are
 * {@link LanguageVerdict.Inconclusive inconclusive}, and so is anything in between: a plausible
 * text is never rejected. Close varieties the detector confuses with the declared language count
 * as that language. Long texts are judged on three windows (start, middle, end) of
 * {@value #WINDOW} characters, so the cost does not grow with the text.
 *
 * <p>Immutable and thread-safe: each call builds its own {@link LanguageDetectorME} (not
 * thread-safe) over the shared model.
 */
public final class LanguageCheck {

    static final double MIN_CONFIDENCE = 0.5;
    static final double MARGIN = 10;
    static final int MIN_LETTERS = 40;
    static final int WINDOW = 2000;
    static final int MIN_FUNCTION_WORDS = 12;
    static final double MIN_FUNCTION_SHARE = 0.12;
    static final double MAX_FOREIGN_SHARE = 0.1;

    private static final LanguageCheck STANDARD = new LanguageCheck();

    private static final Map<Language, Set<String>> VARIETIES = Map.of(
            Language.NL, Set.of("nld", "lim", "vls", "zea", "fry", "afr"),
            Language.FR, Set.of("fra", "oci", "wln", "pcd", "frp"),
            Language.DE, Set.of("deu", "gsw", "nds", "ltz", "bar"),
            Language.EN, Set.of("eng", "sco"));

    private LanguageCheck() {
    }

    /** Returns the check; the model loads on the first call that needs it. */
    public static LanguageCheck standard() {
        return STANDARD;
    }

    /**
     * Returns what the check concludes about the text of {@code document} compared with its
     * declared {@link Document#language() language}: by its function words when they are clear,
     * otherwise by the detector (see the class comment).
     *
     * @throws NullPointerException if {@code document} is null
     */
    public LanguageVerdict verdict(Document document) {
        Objects.requireNonNull(document, "document");
        Language declared = document.language();
        List<String> windows = windows(document.text());
        String sample = String.join("\n", windows);
        if (letters(sample) < MIN_LETTERS) {
            return new LanguageVerdict.Inconclusive(declared, "too little text to tell its language");
        }
        LanguageVerdict.Confirmed byFunctionWords = byFunctionWords(declared, windows);
        if (byFunctionWords != null) {
            return byFunctionWords;
        }
        opennlp.tools.langdetect.Language[] ranked = new LanguageDetectorME(ModelHolder.MODEL).predictLanguages(sample);
        Set<String> accepted = VARIETIES.get(declared);
        Map<String, Double> byCode = new HashMap<>();
        for (opennlp.tools.langdetect.Language l : ranked) {
            byCode.put(l.getLang(), l.getConfidence());
        }
        String top = ranked[0].getLang();
        double topConfidence = clamp(ranked[0].getConfidence());
        if (accepted.contains(top)) {
            return new LanguageVerdict.Confirmed(declared, top, topConfidence);
        }
        double declaredConfidence = accepted.stream().mapToDouble(c -> byCode.getOrDefault(c, 0.0)).max().orElse(0);
        if (topConfidence >= MIN_CONFIDENCE && topConfidence >= MARGIN * declaredConfidence) {
            return new LanguageVerdict.Mismatch(declared, top, topConfidence);
        }
        return new LanguageVerdict.Inconclusive(declared, String.format(Locale.ROOT,
                "no language stands out (%s %.2f, %s %.2f)", top, topConfidence, declared.iso639_3(), declaredConfidence));
    }

    /**
     * Returns the verdict of the function words when they clearly confirm the declared language in
     * every window of the sample, else null. Its confidence is the least share, over the
     * windows, of the declared language's function words among all supported languages'.
     */
    static LanguageVerdict.Confirmed byFunctionWords(Language declared, String text) {
        return byFunctionWords(declared, windows(text));
    }

    private static LanguageVerdict.Confirmed byFunctionWords(Language declared, List<String> windows) {
        double confidence = 1.0;
        for (String window : windows) {
            int[] counts = FunctionWords.count(window);
            int own = counts[declared.ordinal()];
            int words = counts[FunctionWords.WORDS_INDEX];
            int all = 0;
            for (int l = 0; l < FunctionWords.WORDS_INDEX; l++) {
                all += counts[l];  // the supported languages' function words and the foreign markers
            }
            if (own < MIN_FUNCTION_WORDS || own < MIN_FUNCTION_SHARE * words || all - own > MAX_FOREIGN_SHARE * all) {
                return null;
            }
            confidence = Math.min(confidence, (double) own / all);
        }
        return new LanguageVerdict.Confirmed(declared, declared.iso639_3(), confidence);
    }

    /**
     * Throws if {@code document} clearly is not in its declared language.
     *
     * @param document the document read from {@code file}
     * @param file the file, for the message; may be null
     * @throws InvalidInputException on a {@link LanguageVerdict.Mismatch}, with the message
     *     {@code FILE: looks French (fra, confidence 0.97), but was given as Dutch; to read it anyway,
     *     turn the language check off: PipelineConfig.builder().force(true)} and the remedy
     *     {@link InvalidInputException.Remedy.SkipLanguageCheck}
     */
    public void require(Document document, Path file) throws InvalidInputException {
        if (verdict(document) instanceof LanguageVerdict.Mismatch m) {
            throw new InvalidInputException(file, m.reason(), SKIP, null);
        }
    }

    /**
     * Throws if {@code document}, which need not come from a file, clearly is not in its declared
     * language; as {@link #require(Document, Path)} with the input called {@code input}.
     *
     * @throws InvalidInputException on a {@link LanguageVerdict.Mismatch}
     */
    public void require(Document document, String input) throws InvalidInputException {
        Objects.requireNonNull(input, "input");
        if (verdict(document) instanceof LanguageVerdict.Mismatch m) {
            throw new InvalidInputException(input, m.reason(), SKIP, null);
        }
    }

    /**
     * Throws if either document clearly is not in its declared language, and says so when the two
     * look swapped (each is in the language the other was declared in).
     *
     * @throws InvalidInputException on a mismatch; the message names the file, and both files if
     *     they look swapped
     */
    public void requirePair(Document source, Path sourceFile, Document target, Path targetFile)
            throws InvalidInputException {
        Objects.requireNonNull(sourceFile, "sourceFile");
        Objects.requireNonNull(targetFile, "targetFile");
        try {
            requirePair(source, sourceFile.toString(), target, targetFile.toString(), "files");
        } catch (InvalidInputException e) {
            Path file = e.input().equals(sourceFile.toString()) ? sourceFile : targetFile;
            throw new InvalidInputException(file, e.reason(), SKIP, null);
        }
    }

    /**
     * As {@link #requirePair(Document, Path, Document, Path)} for documents that need not come
     * from files, called {@code sourceInput} and {@code targetInput} in messages.
     *
     * @throws InvalidInputException on a mismatch
     */
    public void requirePair(Document source, String sourceInput, Document target, String targetInput)
            throws InvalidInputException {
        requirePair(source, Objects.requireNonNull(sourceInput, "sourceInput"), target,
                Objects.requireNonNull(targetInput, "targetInput"), "texts");
    }

    private void requirePair(Document source, String sourceInput, Document target, String targetInput, String inputs)
            throws InvalidInputException {
        LanguageVerdict first = verdict(source);
        LanguageVerdict second = verdict(target);
        if (first instanceof LanguageVerdict.Mismatch a && second instanceof LanguageVerdict.Mismatch b
                && VARIETIES.get(target.language()).contains(a.detectedCode())
                && VARIETIES.get(source.language()).contains(b.detectedCode())) {
            throw new InvalidInputException(sourceInput, String.format(Locale.ROOT,
                    "looks %s (%s, confidence %.2f) and %s looks %s (%s, confidence %.2f): the two %s seem "
                            + "swapped (given as %s and %s)",
                    a.detectedName(), a.detectedCode(), a.confidence(), targetInput, b.detectedName(),
                    b.detectedCode(), b.confidence(), inputs, source.language().englishName(),
                    target.language().englishName()), SKIP, null);
        }
        if (first instanceof LanguageVerdict.Mismatch a) {
            throw new InvalidInputException(sourceInput, a.reason(), SKIP, null);
        }
        if (second instanceof LanguageVerdict.Mismatch b) {
            throw new InvalidInputException(targetInput, b.reason(), SKIP, null);
        }
    }

    private static final InvalidInputException.Remedy SKIP = new InvalidInputException.Remedy.SkipLanguageCheck();

    /** Returns the whole text if it is short, otherwise three windows: start, middle and end. */
    static String sample(String text) {
        return String.join("\n", windows(text));
    }

    /** Returns the whole text if it is short, otherwise its start, middle and end, {@value #WINDOW} characters each. */
    private static List<String> windows(String text) {
        if (text.length() <= 3 * WINDOW) {
            return List.of(text);
        }
        int middle = text.length() / 2 - WINDOW / 2;
        return List.of(window(text, 0), window(text, middle), window(text, text.length() - WINDOW));
    }

    private static String window(String text, int from) {
        int start = from;
        int end = Math.min(text.length(), from + WINDOW);
        if (start > 0 && Character.isLowSurrogate(text.charAt(start))) {
            start++;
        }
        if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static int letters(String text) {
        int count = 0;
        for (int i = 0; i < text.length() && count < MIN_LETTERS; i++) {
            if (Character.isLetter(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    private static double clamp(double p) {
        return Double.isNaN(p) ? 0 : Math.max(0, Math.min(1, p));
    }

    /** Returns the English name of an ISO 639-3 code: ours first, then the JDK's, else the code. */
    static String englishName(String iso3) {
        for (Language l : Language.values()) {
            if (l.iso639_3().equals(iso3)) {
                return l.englishName();
            }
        }
        String name = Locale.forLanguageTag(iso3).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() || name.equals(iso3) ? "like '" + iso3 + "'" : name;
    }

    private static final class ModelHolder {
        static final LanguageDetectorModel MODEL = load();

        private static LanguageDetectorModel load() {
            // A top-level resource of another jar: Class.getResourceAsStream would look only in
            // this module once accord-align is on the module path; the class loader sees both.
            String resource = "langdetect-183.bin";
            try (InputStream in = LanguageCheck.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new UncheckedIOException(new IOException("the language model " + resource
                            + " is not on the classpath (opennlp-models-langdetect 1.3.0)"));
                }
                return new LanguageDetectorModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
