package dev.accord.io;

import dev.accord.core.text.Language;
import java.util.Locale;
import java.util.Objects;

/**
 * What the {@link LanguageCheck} concluded about a text: confirmed, a clear mismatch, or no clear
 * answer. Only a {@link Mismatch} stops the pipeline.
 */
public sealed interface LanguageVerdict {

    /** Returns the language the text was declared to be in. */
    Language declared();

    /**
     * The text is in its declared language, or in a close variety the detector cannot tell apart
     * from it (Limburgish or Flemish for Dutch, Walloon for French).
     *
     * @param declared the declared language
     * @param detectedCode the ISO 639-3 code the detector ranked first; the declared language's own
     *     code when its function words confirmed it without the detector
     * @param confidence the detector's probability for that code, or, when the function words
     *     confirmed it, their share that belongs to the declared language; in {@code [0, 1]}
     */
    record Confirmed(Language declared, String detectedCode, double confidence) implements LanguageVerdict {
        /** Checks the values. */
        public Confirmed {
            Objects.requireNonNull(declared, "declared");
            Objects.requireNonNull(detectedCode, "detectedCode");
            checkConfidence(confidence);
        }
    }

    /**
     * The text clearly is in another language.
     *
     * @param declared the declared language
     * @param detectedCode the ISO 639-3 code of the language the text looks like
     * @param confidence the detector's probability for that code, in {@code [0, 1]}
     */
    record Mismatch(Language declared, String detectedCode, double confidence) implements LanguageVerdict {
        /** Checks the values. */
        public Mismatch {
            Objects.requireNonNull(declared, "declared");
            Objects.requireNonNull(detectedCode, "detectedCode");
            checkConfidence(confidence);
        }

        /** Returns the English name of the detected language, or its code if it has none. */
        public String detectedName() {
            return LanguageCheck.englishName(detectedCode);
        }

        /** Returns the reason fit for a user, e.g. {@code looks French (fra, confidence 0.97), but was given as Dutch}. */
        public String reason() {
            return String.format(Locale.ROOT, "looks %s (%s, confidence %.2f), but was given as %s", detectedName(),
                    detectedCode, confidence, declared.englishName());
        }
    }

    /**
     * The text is too short or too mixed for any language to stand out; it is let through.
     *
     * @param declared the declared language
     * @param why what made the answer unclear, in words for a user
     */
    record Inconclusive(Language declared, String why) implements LanguageVerdict {
        /** Checks the values. */
        public Inconclusive {
            Objects.requireNonNull(declared, "declared");
            Objects.requireNonNull(why, "why");
        }
    }

    private static void checkConfidence(double confidence) {
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
        }
    }
}
