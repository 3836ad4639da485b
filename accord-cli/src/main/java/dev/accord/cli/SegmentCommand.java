package dev.accord.cli;

import dev.accord.AccordPipeline;
import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import dev.accord.io.SentenceLines;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code accord segment FILE --lang nl|fr}: prints the sentences of a text, one a line. */
@Command(
        name = "segment",
        description = "Splits a text into sentences and prints them one a line, with a blank line between paragraphs.",
        mixinStandardHelpOptions = true)
final class SegmentCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The text file to split.")
    Path file;

    @Option(names = "--lang", required = true, paramLabel = "LANG", converter = LanguageConverter.class,
            description = "Language of the text: nl or fr (de and en are segmented with generic rules).")
    Language language;

    @Mixin
    InputOptions input;

    @Override
    public Integer call() throws Exception {
        Document document = AccordPipeline.create(input.toConfig()).load(file, language);
        var out = spec.commandLine().getOut();
        out.print(SentenceLines.format(document));
        out.flush();
        return ExitCodes.OK;
    }
}
