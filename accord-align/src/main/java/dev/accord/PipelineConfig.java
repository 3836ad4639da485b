package dev.accord;

import dev.accord.io.InputFormat;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The immutable, validated settings of an {@link AccordPipeline}.
 *
 * {@snippet :
 * PipelineConfig config = PipelineConfig.builder()
 *         .encoding("windows-1252")
 *         .inputFormat(InputFormat.SENTENCES)
 *         .build();
 * Bitext bitext = AccordPipeline.create(config).loadPair(nlFile, Language.NL, frFile, Language.FR);
 * }
 *
 * @param encoding the charset of the input files; UTF-8 by default
 * @param inputFormat how input files are laid out; {@link InputFormat#TEXT running text} by default
 * @param force if true the pipeline goes on when an input does not look like its declared
 *     language; if false (the default) such an input is refused
 */
public record PipelineConfig(Charset encoding, InputFormat inputFormat, boolean force) {

    /**
     * Validates each value.
     *
     * @throws NullPointerException if a value is null; the message names it
     */
    public PipelineConfig {
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(inputFormat, "inputFormat");
    }

    /** Returns the default settings: UTF-8 running text, language checked. */
    public static PipelineConfig defaults() {
        return builder().build();
    }

    /** Returns a builder that starts from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder that starts from these settings. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.encoding = encoding;
        b.inputFormat = inputFormat;
        b.force = force;
        return b;
    }

    /** A mutable builder of {@link PipelineConfig}; each setter checks its value at once. */
    public static final class Builder {
        private Charset encoding = StandardCharsets.UTF_8;
        private InputFormat inputFormat = InputFormat.TEXT;
        private boolean force;

        private Builder() {
        }

        /** Sets the charset of the input files. */
        public Builder encoding(Charset value) {
            this.encoding = Objects.requireNonNull(value, "encoding");
            return this;
        }

        /**
         * Sets the charset of the input files by name, e.g. {@code windows-1252}; white space around
         * the name is ignored.
         *
         * @throws IllegalArgumentException if the JVM knows no charset of that name; the message
         *     quotes it
         */
        public Builder encoding(String value) {
            Objects.requireNonNull(value, "encoding");
            try {
                this.encoding = Charset.forName(value.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown encoding '" + value + "': expected a charset name such as "
                        + "UTF-8, ISO-8859-1 or windows-1252", e);
            }
            return this;
        }

        /** Sets the layout of the input files. */
        public Builder inputFormat(InputFormat value) {
            this.inputFormat = Objects.requireNonNull(value, "inputFormat");
            return this;
        }

        /** Turns the language check off ({@code true}) or on ({@code false}). */
        public Builder force(boolean value) {
            this.force = value;
            return this;
        }

        /** Returns the settings. */
        public PipelineConfig build() {
            return new PipelineConfig(encoding, inputFormat, force);
        }
    }
}
