/**
 * Writers of alignments: {@code beads}, {@code tsv}, {@code jsonl}, {@code tmx} and
 * {@code moses}, written atomically. Start with
 * {@link dev.accord.write.AlignmentWriter#forFormat(dev.accord.write.Format)}.
 */
package dev.accord.write;
