package dev.accord.internal;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A program for {@link AtomicFilesTest}: starts writing the file named by its argument, says
 * {@code writing} on standard output, and then waits to be stopped before it finishes.
 */
public final class StoppedWriterMain {

    private StoppedWriterMain() {
    }

    public static void main(String[] args) throws IOException {
        AtomicFiles.write(Path.of(args[0]), out -> {
            out.write("the first half of the new content\n".repeat(1000));
            out.flush();
            System.out.println("writing");
            System.out.flush();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            out.write("the second half, never reached\n");
        });
    }
}
