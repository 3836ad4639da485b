package dev.accord.align;

/**
 * Forwards progress to a {@link ProgressListener} about a hundred times per stage at most, and
 * swallows anything the listener throws so that a broken listener never aborts a run.
 */
final class ProgressReporter {

    private final ProgressListener listener;
    private final String stage;
    private long nextReport;
    private boolean broken;

    ProgressReporter(ProgressListener listener, String stage) {
        this.listener = listener;
        this.stage = stage;
    }

    /** Reports that row {@code i} of {@code n} is finished. */
    void rowDone(long i, long n) {
        if (broken || listener == ProgressListener.NONE || i < nextReport && i != n) {
            return;
        }
        nextReport = i + Math.max(1, n / 100);
        try {
            listener.progress(stage, i, n);
        } catch (RuntimeException | Error e) {
            if (e instanceof VirtualMachineError vme) {
                throw vme;
            }
            broken = true;
        }
    }
}
