/**
 * The {@code accord} command line: start with {@link dev.accord.cli.AccordCli}. Its public surface
 * is {@link dev.accord.cli.AccordCli#run AccordCli.run} and the {@link dev.accord.cli.ExitCodes}
 * it returns; the commands are package-private and reached by picocli through {@code opens}.
 *
 * <p>This module holds everything only the command line needs (picocli, the report and JSON
 * writers, the readers of gold and predicted extraction JSON, the runnable jar), so that the
 * library, {@code dev.accord.align}, stays free of it.
 */
module dev.accord.cli {
    requires dev.accord.align;
    requires info.picocli;
    requires tools.jackson.core;
    requires tools.jackson.databind;

    exports dev.accord.cli;

    opens dev.accord.cli to info.picocli;
}
