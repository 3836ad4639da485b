package dev.accord.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes UTF-8 text files so that a reader never sees a half-written file: each file is written
 * to a hidden temporary file in the same directory, forced to disk, and then moved over the
 * target with {@link StandardCopyOption#ATOMIC_MOVE}. If anything fails, the temporary files are
 * deleted and the targets are left as they were; a shutdown hook deletes them too if the JVM is
 * stopped mid-write (Ctrl-C, {@code SIGTERM}; only {@code SIGKILL} or a crash can leave a hidden
 * temporary file, never a half-written target). Nothing is written outside the targets'
 * directories, and nothing but the targets stays there.
 *
 * <p>Text is encoded strictly: a character UTF-8 cannot encode (a lone surrogate) is an error,
 * never a silent {@code ?}; callers clean their text first. Not part of the API.
 */
public final class AtomicFiles {

    /** Writes the content of one file. */
    @FunctionalInterface
    public interface Content {
        /** Writes the whole content to {@code out}; the caller closes it. */
        void writeTo(Writer out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Writes one file atomically.
     *
     * @throws IOException if the file cannot be written; the message names it and the reason
     */
    public static void write(Path target, Content content) throws IOException {
        writeAll(List.of(target), List.of(content));
    }

    /**
     * Writes several files: all are written to temporary files first, and moved into place only
     * when every one is complete. Each file is replaced atomically; if a move fails after an
     * earlier one succeeded, the earlier file is already replaced (the failure is still thrown).
     *
     * @param targets the files to write
     * @param contents the content of each file, in the same order
     * @throws IllegalArgumentException if the lists differ in size or a target repeats
     * @throws IOException if a file cannot be written; the message names it and the reason
     */
    public static void writeAll(List<Path> targets, List<Content> contents) throws IOException {
        if (targets.size() != contents.size()) {
            throw new IllegalArgumentException(targets.size() + " targets but " + contents.size() + " contents");
        }
        List<Path> absolute = new ArrayList<>(targets.size());
        for (Path target : targets) {
            Path a = Objects.requireNonNull(target, "target").toAbsolutePath().normalize();
            if (absolute.contains(a)) {
                throw new IllegalArgumentException("file named twice: " + target);
            }
            absolute.add(a);
        }
        // The hook removes temporary files when the JVM is stopped mid-write (Ctrl-C, SIGTERM).
        List<Path> temps = new CopyOnWriteArrayList<>();
        Thread cleanup = new Thread(() -> temps.forEach(AtomicFiles::deleteQuietly), "accord-temporary-file-cleanup");
        boolean hooked = addShutdownHook(cleanup);
        boolean moved = false;
        try {
            for (int i = 0; i < absolute.size(); i++) {
                Path temp = createTemp(targets.get(i), absolute.get(i));
                temps.add(temp);
                fill(targets.get(i), temp, contents.get(i));
            }
            for (int i = 0; i < absolute.size(); i++) {
                move(targets.get(i), temps.get(i), absolute.get(i));
            }
            moved = true;
        } finally {
            if (!moved) {
                temps.forEach(AtomicFiles::deleteQuietly);
            }
            if (hooked) {
                removeShutdownHook(cleanup);
            }
        }
    }

    private static void fill(Path named, Path temp, Content content) throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            OutputStream stream = Channels.newOutputStream(channel);
            Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
            content.writeTo(out);
            out.flush();
            channel.force(true);
        } catch (IOException e) {
            throw new IOException(named + ": cannot write: " + describe(e), e);
        }
    }

    private static boolean addShutdownHook(Thread hook) {
        try {
            Runtime.getRuntime().addShutdownHook(hook);
            return true;
        } catch (IllegalStateException | SecurityException e) {
            return false; // the JVM is already shutting down: the finally block still cleans up
        }
    }

    private static void removeShutdownHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException | SecurityException e) {
            // shutting down: the hook runs and finds nothing left to delete
        }
    }

    /** Creates an empty hidden file {@code .NAME.RANDOM.tmp} beside the target, with default permissions. */
    private static Path createTemp(Path named, Path target) throws IOException {
        if (Files.isDirectory(target)) {
            throw new IOException(named + ": cannot write: it is a directory");
        }
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException(named + ": cannot write: the directory " + dir + " does not exist");
        }
        String name = target.getFileName().toString();
        for (int attempt = 0; ; attempt++) {
            // Random only to avoid clashing with a concurrent writer; it never affects the content.
            Path temp = dir.resolve("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 10) {
                    throw new IOException(named + ": cannot write: no free temporary name in " + dir, e);
                }
            } catch (IOException e) {
                throw new IOException(named + ": cannot write: " + describe(e), e);
            }
        }
    }

    private static void move(Path named, Path temp, Path target) throws IOException {
        try {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new IOException(named + ": cannot write: " + describe(e), e);
        }
    }

    private static String describe(IOException e) {
        if (e instanceof CharacterCodingException) {
            return "the text has a character UTF-8 cannot encode (a lone surrogate)";
        }
        String type = e.getClass().getSimpleName();
        return switch (type) {
            case "AccessDeniedException" -> "permission denied";
            case "NoSuchFileException" -> "no such file or directory";
            case "DirectoryNotEmptyException" -> "it is a non-empty directory";
            case "FileSystemException" -> e.getMessage();
            default -> e.getMessage() == null ? type : e.getMessage();
        };
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // best effort: the original failure is what the caller needs to see
        }
    }
}
