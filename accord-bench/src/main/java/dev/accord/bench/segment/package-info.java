/** The benchmark of the segmentation stage against a bare tokenisation pass. */
package dev.accord.bench.segment;
