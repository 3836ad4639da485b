/**
 * The baselines the stage benchmarks measure against in the same run: {@link
 * dev.accord.bench.baseline.LuceneTokenPass}, a bare Lucene tokenisation pass, is the floor of the
 * text stages (the alignment benchmark's floor, the Gale–Church length aligner, is a public aligner
 * method of accord-align).
 */
package dev.accord.bench.baseline;
