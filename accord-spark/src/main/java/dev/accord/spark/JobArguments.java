package dev.accord.spark;

import dev.accord.align.AlignmentMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The command line of {@link AccordSparkJob}, parsed and checked.
 *
 * @param input the pairs: a file or directory of Parquet or JSON Lines
 * @param output the directory the tables are written under, one subdirectory each
 * @param inputFormat the format of {@code input}
 * @param outputFormat the format of the tables
 * @param options the pipeline's settings
 * @param partitions the number of partitions to spread the pairs over, or 0 to keep the input's
 * @param overwrite whether to replace tables that already exist (otherwise the job stops before
 *     writing over them)
 */
record JobArguments(String input, String output, DataFormat inputFormat, DataFormat outputFormat,
        SparkOptions options, int partitions, boolean overwrite) {

    static final String USAGE = """
            usage: AccordSparkJob INPUT OUTPUT [options]
              INPUT                      pairs (id, source_text, target_text, source_lang, target_lang):
                                         a Parquet or JSON Lines file or directory
              OUTPUT                     directory; gets beads/, summaries/ and, with --findings, findings/
              --input-format F           parquet or jsonl (default: jsonl if INPUT ends in .jsonl, .json
                                         or .ndjson, else parquet)
              --output-format F          parquet (default) or jsonl
              --findings                 extract companies, pillars and facts from Dutch-French pairs
              --force                    do not check that each text is in its declared language
              --method M                 full (default) or length
              --max-bead N               largest bead side, 1-6 (default 3)
              --hard-paragraphs          no bead crosses a paragraph boundary
              --partitions N             spread the pairs over N partitions (default: as read)
              --overwrite                replace existing tables""";

    JobArguments {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(inputFormat, "inputFormat");
        Objects.requireNonNull(outputFormat, "outputFormat");
        Objects.requireNonNull(options, "options");
        if (partitions < 0) {
            throw new IllegalArgumentException("--partitions must be positive, got " + partitions);
        }
    }

    /**
     * Parses the command line.
     *
     * @throws IllegalArgumentException if it is not valid; the message says what is wrong, in one line
     */
    static JobArguments parse(String... args) {
        List<String> positional = new ArrayList<>();
        DataFormat inputFormat = null;
        DataFormat outputFormat = DataFormat.PARQUET;
        SparkOptions.Builder options = SparkOptions.builder();
        int partitions = 0;
        boolean overwrite = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--input-format" -> inputFormat = DataFormat.fromCliName(value(args, ++i, arg));
                case "--output-format" -> outputFormat = DataFormat.fromCliName(value(args, ++i, arg));
                case "--findings" -> options.findings(true);
                case "--force" -> options.force(true);
                case "--method" -> options.method(AlignmentMethod.fromCliName(value(args, ++i, arg)));
                case "--max-bead" -> options.maxBeadSize(number(args, ++i, arg));
                case "--hard-paragraphs" -> options.hardParagraphs(true);
                case "--partitions" -> partitions = number(args, ++i, arg);
                case "--overwrite" -> overwrite = true;
                default -> {
                    if (arg.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option '" + arg + "'");
                    }
                    positional.add(arg);
                }
            }
        }
        if (positional.size() != 2) {
            throw new IllegalArgumentException("expected INPUT and OUTPUT, got " + positional.size() + " path(s): "
                    + positional);
        }
        String input = positional.get(0);
        return new JobArguments(input, positional.get(1), inputFormat == null ? DataFormat.ofPath(input) : inputFormat,
                outputFormat, options.build(), partitions, overwrite);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int number(String[] args, int i, String option) {
        String value = value(args, i, option);
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, got '" + value + "'", e);
        }
    }
}
