/**
 * The Accord pipeline over Apache Spark, for corpora of many document pairs: start with
 * {@link dev.accord.spark.AccordSpark#process AccordSpark.process} over a dataset with the columns
 * of {@link dev.accord.spark.PairColumns}, or run {@link dev.accord.spark.AccordSparkJob} with
 * {@code spark-submit}. {@link dev.accord.spark.DataFormat} reads and writes Parquet and JSON Lines.
 *
 * <p>Spark is a {@code provided} dependency: the application that calls this package, or
 * {@code spark-submit}, brings it.
 */
package dev.accord.spark;
