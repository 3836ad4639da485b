/**
 * Reading input files into {@link dev.accord.core.text.Document documents}: start with
 * {@link dev.accord.io.TextReader#of(dev.accord.io.InputFormat)}. {@link dev.accord.io.LanguageCheck}
 * checks a document's declared language, {@link dev.accord.io.SentenceLines} writes the
 * one-sentence-a-line layout. Bad input is reported as {@link dev.accord.io.InvalidInputException}.
 */
package dev.accord.io;
