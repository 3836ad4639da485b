/**
 * Texts: a {@link dev.accord.core.text.Document} in a {@link dev.accord.core.text.Language},
 * cut into paragraphs and {@link dev.accord.core.text.Sentence sentences}, with character
 * offsets as {@link dev.accord.core.text.TextSpan} and index ranges as
 * {@link dev.accord.core.text.IndexRange}. Start with {@code Document}.
 */
package dev.accord.core.text;
