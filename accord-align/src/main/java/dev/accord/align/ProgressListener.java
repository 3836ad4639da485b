package dev.accord.align;

/**
 * Receives progress reports from a long alignment. Called on the aligning thread; an exception
 * thrown by the listener is caught and ignored, so a broken listener never aborts a run.
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores every report. */
    ProgressListener NONE = (stage, done, total) -> { };

    /**
     * Reports that {@code done} of {@code total} units of {@code stage} are finished.
     *
     * @param stage a short name of the stage, e.g. {@code "first pass"}
     * @param done the units finished, {@code 0 <= done <= total}
     * @param total the units of the stage
     */
    void progress(String stage, long done, long total);
}
