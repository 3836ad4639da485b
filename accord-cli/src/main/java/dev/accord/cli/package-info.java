/**
 * The {@code accord} command line; start with {@link dev.accord.cli.AccordCli}.
 */
package dev.accord.cli;
