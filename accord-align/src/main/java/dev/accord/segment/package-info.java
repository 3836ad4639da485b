/**
 * Sentence segmentation: cuts the paragraphs of a {@link dev.accord.core.text.Document} into
 * {@link dev.accord.core.text.Sentence sentences}. Start with
 * {@link dev.accord.segment.SentenceSegmenter#standard()}.
 */
package dev.accord.segment;
