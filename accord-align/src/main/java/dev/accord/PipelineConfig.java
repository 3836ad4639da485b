package dev.accord;

import dev.accord.io.InputFormat;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The settings of an {@link AccordPipeline}: an immutable value, checked when it is made.
 *
 * <p>Start from {@link #defaults()} and change what you need with the {@code withX} methods.
 *
 * @param encoding the charset of the input files; UTF-8 by default
 * @param inputFormat how input files are laid out; running text by default
 * @param force whether to go on when an input does not look like its declared language; off by
 *     default
 */
public record PipelineConfig(Charset encoding, InputFormat inputFormat, boolean force) {

    /**
     * Checks the values.
     *
     * @throws NullPointerException if {@code encoding} or {@code inputFormat} is null; the message
     *     names the setting
     */
    public PipelineConfig {
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(inputFormat, "inputFormat");
    }

    /** Returns the default settings: UTF-8 running text, language checked. */
    public static PipelineConfig defaults() {
        return new PipelineConfig(StandardCharsets.UTF_8, InputFormat.TEXT, false);
    }

    /** Returns these settings with another input charset. */
    public PipelineConfig withEncoding(Charset newEncoding) {
        return new PipelineConfig(newEncoding, inputFormat, force);
    }

    /**
     * Returns these settings with the input charset named {@code charsetName}.
     *
     * @throws IllegalArgumentException if the JVM knows no charset of that name; the message
     *     quotes it
     */
    public PipelineConfig withEncoding(String charsetName) {
        return withEncoding(charset(charsetName));
    }

    /** Returns these settings with another input layout. */
    public PipelineConfig withInputFormat(InputFormat newInputFormat) {
        return new PipelineConfig(encoding, newInputFormat, force);
    }

    /** Returns these settings with the language check turned off ({@code true}) or on. */
    public PipelineConfig withForce(boolean newForce) {
        return new PipelineConfig(encoding, inputFormat, newForce);
    }

    /**
     * Returns the charset named {@code name}.
     *
     * @throws IllegalArgumentException if there is none; the message quotes the name
     */
    static Charset charset(String name) {
        Objects.requireNonNull(name, "encoding");
        try {
            return Charset.forName(name.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown encoding '" + name + "': expected a charset name such as "
                    + "UTF-8, ISO-8859-1 or windows-1252", e);
        }
    }
}
