/** The benchmark of the alignment stage against the Gale–Church length aligner. */
package dev.accord.bench.align;
