package dev.accord.cli;

import dev.accord.AccordPipeline;
import dev.accord.core.extract.BilingualReport;
import dev.accord.core.text.Language;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code accord extract --nl F --fr F [--format json|text]}: aligns a Dutch text with its French
 * translation and prints what each says about the Cybersecurity Tech Accord (companies and their
 * roles, pillars, facts) with the alignment and the reconciliation of the two sides.
 */
@Command(
        name = "extract",
        description = {"Extracts, from a Dutch text and its French translation, the companies and their roles, "
                + "the four pillars and the facts about the Cybersecurity Tech Accord, aligns the two texts and "
                + "reconciles their findings.",
            "JSON: per language (\"nl\", \"fr\") sentences, companies (name, roles, parent, mentions with sentence, "
                + "start, end, text), pillars and facts; then alignment and reconciliation."},
        mixinStandardHelpOptions = true)
final class ExtractCommand implements Callable<Integer> {

    /** The output formats of {@code extract}. */
    enum OutputFormat {
        JSON, TEXT;

        static OutputFormat parse(String value) {
            for (OutputFormat f : values()) {
                if (f.name().equalsIgnoreCase(value.strip())) {
                    return f;
                }
            }
            throw new IllegalArgumentException("unknown format '" + value + "': expected json or text");
        }
    }

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--nl", required = true, paramLabel = "FILE", description = "The Dutch text.")
    Path nl;

    @Option(names = "--fr", required = true, paramLabel = "FILE", description = "The French translation.")
    Path fr;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json", converter = FormatConverter.class,
            description = "Output format: json (default) or text.")
    OutputFormat format;

    @Mixin
    InputOptions input;

    @Override
    public Integer call() throws Exception {
        AccordPipeline pipeline = AccordPipeline.create(input.toConfig());
        BilingualReport report = pipeline.extract(pipeline.loadPair(nl, Language.NL, fr, Language.FR));
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case JSON -> ReportWriter.json(report, out);
            case TEXT -> ReportWriter.text(report, out, false);
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** Converts {@code --format} values, case-insensitively. */
    static final class FormatConverter implements CommandLine.ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            return OutputFormat.parse(value.toLowerCase(Locale.ROOT));
        }
    }
}
