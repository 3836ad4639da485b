/**
 * Accord's entry point: start with {@link dev.accord.AccordPipeline#standard()}; settings are a
 * {@link dev.accord.PipelineConfig}. Each stage of the pipeline has its own package:
 * {@code dev.accord.io} (reading), {@code dev.accord.segment} (sentences), and the later stages.
 */
package dev.accord;
