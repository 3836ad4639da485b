/** The benchmark of the extraction stage against a bare tokenisation pass. */
package dev.accord.bench.extract;
