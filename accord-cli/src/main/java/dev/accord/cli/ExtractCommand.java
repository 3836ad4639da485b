package dev.accord.cli;

import dev.accord.AccordPipeline;
import dev.accord.core.Accord;
import dev.accord.core.extract.BilingualReport;
import dev.accord.core.extract.DocumentFindings;
import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import dev.accord.extract.Extraction;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code accord extract FILE --lang L} or {@code accord extract SOURCE TARGET}: prints what one
 * text, or a text and its translation, say about the Cybersecurity Tech Accord (companies and
 * their roles, pillars, facts); for two texts with the alignment and the reconciliation of the
 * two sides.
 */
@Command(
        name = "extract",
        description = {"Extracts the companies and their roles, the four pillars and the facts about the "
                + "Cybersecurity Tech Accord from one text (FILE --lang), or from a text and its translation "
                + "(SOURCE TARGET, by default a Dutch text and its French translation), which it also aligns, "
                + "reconciling their findings.",
            "JSON: per language (keyed by its code, such as \"nl\" and \"fr\") sentences, companies (name, roles, "
                + "parent, mentions with sentence, start, end, text), pillars and facts; then alignment and "
                + "reconciliation. For one text, one such object with its \"language\"."},
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

    @Parameters(arity = "1..2", paramLabel = "FILE",
            description = "One text (with --lang), or SOURCE and TARGET: a text and its translation.")
    List<Path> files;

    @Option(names = "--lang", paramLabel = "LANG", converter = LanguageConverter.class,
            description = "Language of a single FILE: nl, fr or en.")
    Language language;

    @Mixin
    PairLanguages languages;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json", converter = FormatConverter.class,
            description = "Output format: json (default) or text.")
    OutputFormat format;

    @Mixin
    InputOptions input;

    @Override
    public Integer call() throws Exception {
        AccordPipeline pipeline = AccordPipeline.create(input.toConfig());
        PrintWriter out = spec.commandLine().getOut();
        if (files.size() == 1) {
            if (language == null || languages.given()) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "one FILE needs --lang (--source-lang and --target-lang are for SOURCE TARGET)");
            }
            Document document = pipeline.load(files.get(0), language);
            DocumentFindings findings = Extraction.extractor(Accord.cybersecurityTechAccord()).extract(document);
            switch (format) {
                case JSON -> ReportWriter.json(document, findings, out);
                case TEXT -> ReportWriter.text(document, findings, out);
            }
        } else {
            if (language != null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--lang is for one FILE; name the languages of SOURCE TARGET with --source-lang and --target-lang");
            }
            BilingualReport report = pipeline.extract(pipeline.loadPair(files.get(0), languages.source(),
                    files.get(1), languages.target()));
            switch (format) {
                case JSON -> ReportWriter.json(report, out);
                case TEXT -> ReportWriter.text(report, out, false);
            }
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
