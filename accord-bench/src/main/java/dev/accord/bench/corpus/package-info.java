/**
 * The benchmark corpora: {@link dev.accord.bench.corpus.CorpusBuilder} builds, deterministically,
 * Dutch–French document pairs of the seed size and of about 1,000, 10,000 and 100,000 sentences a
 * side from the seed articles bundled in accord-align; {@link dev.accord.bench.corpus.ParallelCorpus}
 * is one such pair.
 */
package dev.accord.bench.corpus;
