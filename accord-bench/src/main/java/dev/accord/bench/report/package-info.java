/**
 * The summary of a benchmark run: {@link dev.accord.bench.report.BenchmarkSummary} reads a JMH JSON
 * result file and prints time and allocation per sentence, the ratio of each stage to its baseline
 * and the measured ratio of each performance target, with the JDK and the machine.
 */
package dev.accord.bench.report;
