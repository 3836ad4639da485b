/**
 * Reading input files into {@link dev.accord.core.text.Document documents}. Bad input is
 * reported as {@link dev.accord.io.InvalidInputException}.
 */
package dev.accord.io;
