package dev.accord.spark;

import dev.accord.AccordPipeline;
import dev.accord.PipelineConfig;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pipelines of this JVM, one per configuration, built on first use and shared by every task
 * that runs in the JVM (an executor, or the driver in local mode).
 *
 * <p>Design decision: this is static state, which the project otherwise avoids, because it is the
 * only way to share one object between the tasks of a Spark executor: a task brings its function
 * by serialization, so a pipeline held by the function would be rebuilt for every task. It holds
 * only immutable, thread-safe pipelines keyed by an immutable configuration, so no result depends
 * on what ran before. The pipeline's models load once per JVM in their own lazy holders.
 */
final class ExecutorPipelines {

    private static final Map<PipelineConfig, AccordPipeline> PIPELINES = new ConcurrentHashMap<>();

    private ExecutorPipelines() {
    }

    /** Returns this JVM's pipeline for {@code config}, building it on the first call. Thread-safe. */
    static AccordPipeline get(PipelineConfig config) {
        return PIPELINES.computeIfAbsent(config, AccordPipeline::create);
    }
}
