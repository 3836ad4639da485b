/** The benchmark of the normalisation stage against a bare tokenisation pass. */
package dev.accord.bench.normalize;
