/**
 * Accord's JMH benchmarks, one package per pipeline stage ({@code segment}, {@code normalize},
 * {@code align}, {@code extract}), each with one {@code *Benchmark} class that measures the stage
 * and its baseline in the same run. Start with {@link dev.accord.bench.corpus.CorpusBuilder}, which
 * makes the Dutch–French corpora of every size, and {@link dev.accord.bench.report.BenchmarkSummary},
 * which turns a JMH result file into per-sentence figures and ratios. README.md, section
 * Performance, gives the commands.
 */
package dev.accord.bench;
