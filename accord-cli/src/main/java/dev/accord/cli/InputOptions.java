package dev.accord.cli;

import dev.accord.PipelineConfig;
import dev.accord.io.InputFormat;
import picocli.CommandLine.Option;

/**
 * The input options every command that reads text shares ({@code --encoding}, {@code --input},
 * {@code --force}); add them to a command with {@code @Mixin InputOptions input}.
 */
final class InputOptions {

    @Option(names = "--encoding", paramLabel = "ENC", defaultValue = "UTF-8",
            description = "Charset of the input files (default: ${DEFAULT-VALUE}), e.g. ISO-8859-1, windows-1252.")
    String encoding;

    @Option(names = "--input", paramLabel = "FORMAT", defaultValue = "text", converter = InputFormatConverter.class,
            description = "Layout of the input files: text (running text, segmented by accord) or sentences "
                    + "(one sentence a line, blank line between paragraphs). Default: ${DEFAULT-VALUE}.")
    InputFormat format;

    @Option(names = "--force",
            description = "Go on even if an input does not look like its declared language.")
    boolean force;

    /**
     * Returns the pipeline settings these options ask for.
     *
     * @throws IllegalArgumentException if the encoding is unknown; the message names it
     */
    public PipelineConfig toConfig() {
        return PipelineConfig.builder().encoding(encoding).inputFormat(format).force(force).build();
    }

    /** Converts {@code --input} values. */
    static final class InputFormatConverter implements picocli.CommandLine.ITypeConverter<InputFormat> {
        @Override
        public InputFormat convert(String value) {
            return InputFormat.fromCliName(value);
        }
    }
}
