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
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes UTF-8 text files so that a reader never sees a half-written file: each file is written
 * to a hidden temporary file in the same directory, forced to disk, and then moved over the
 * target with {@link StandardCopyOption#ATOMIC_MOVE}. If anything fails, the temporary files are
 * deleted and the targets are left as they were; a shutdown hook deletes them too if the JVM is
 * stopped mid-write (Ctrl-C, {@code SIGTERM}). Nothing is written outside the targets'
 * directories, and nothing but the targets stays there.
 *
 * <p>What a target may be:
 * <ul>
 *   <li><b>A symbolic link</b> is followed (to the end of a chain): the file it points to is
 *       replaced, in that file's directory, and the link stays a link.
 *   <li><b>A device or a FIFO</b> ({@code /dev/null}, {@code /dev/stdout}, a named pipe) is never
 *       replaced: it is written through, without a temporary file, and a write error (such as
 *       {@code /dev/full}'s "no space left") is reported like any other.
 *   <li><b>An existing regular file</b> keeps its permissions; a read-only one (no write
 *       permission for anyone) is refused, not replaced.
 *   <li><b>A directory</b>, or a file in a missing directory, is refused.
 * </ul>
 * {@link #requireWritable} makes the same checks without writing, so that a caller can refuse a
 * bad target before a long computation.
 *
 * <p>Temporary files are named {@code .NAME.PID-RANDOM.tmp}, after the target and the writing
 * process. Only {@code SIGKILL} or a crash can leave one behind; the next write to the same target
 * deletes those whose process is no longer running. Design decision: a process id is only checked
 * on this machine, so on a folder shared between machines a temporary file of a writer elsewhere
 * could be taken for a stale one; its writer then reports a failed move instead of writing.
 *
 * <p>Text is encoded strictly: a character UTF-8 cannot encode (a lone surrogate) is an error,
 * never a silent {@code ?}; callers clean their text first. Not part of the API.
 */
public final class AtomicFiles {

    /** The most symbolic links followed from one target, as the Linux kernel allows. */
    private static final int MAX_LINKS = 40;
    private static final String TEMP_SUFFIX = ".tmp";

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
     * Devices and FIFOs among the targets are written through, in order, before any move.
     *
     * @param targets the files to write
     * @param contents the content of each file, in the same order
     * @throws IllegalArgumentException if the lists differ in size or a target repeats (however
     *     it is spelled, symbolic links included)
     * @throws IOException if a file cannot be written; the message names it and the reason
     */
    public static void writeAll(List<Path> targets, List<Content> contents) throws IOException {
        if (targets.size() != contents.size()) {
            throw new IllegalArgumentException(targets.size() + " targets but " + contents.size() + " contents");
        }
        List<Path> real = new ArrayList<>(targets.size());
        Set<Path> seen = new HashSet<>();
        for (Path target : targets) {
            Path r = requireWritable(Objects.requireNonNull(target, "target"));
            if (!seen.add(r)) {
                throw new IllegalArgumentException("file named twice: " + target);
            }
            real.add(r);
        }
        // The hook removes temporary files when the JVM is stopped mid-write (Ctrl-C, SIGTERM).
        List<Path> temps = new CopyOnWriteArrayList<>();
        Thread cleanup = new Thread(() -> temps.forEach(AtomicFiles::deleteQuietly), "accord-temporary-file-cleanup");
        boolean hooked = addShutdownHook(cleanup);
        boolean moved = false;
        try {
            Path[] temp = new Path[real.size()];
            for (int i = 0; i < real.size(); i++) {
                if (isDevice(real.get(i))) {
                    writeThrough(targets.get(i), real.get(i), contents.get(i));
                } else {
                    removeStaleTemps(real.get(i));
                    temp[i] = createTemp(targets.get(i), real.get(i));
                    temps.add(temp[i]);
                    fill(targets.get(i), temp[i], contents.get(i));
                    keepPermissions(targets.get(i), real.get(i), temp[i]);
                }
            }
            for (int i = 0; i < real.size(); i++) {
                if (temp[i] != null) {
                    move(targets.get(i), temp[i], real.get(i));
                }
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

    /**
     * Checks that {@code target} can be written, without writing it: it is not a directory, its
     * directory exists and can be written (unless it is a device or a FIFO, written in place),
     * and if it exists it is not read-only. Symbolic links are followed.
     *
     * @return the file that a write to {@code target} would replace: absolute, links followed
     * @throws IOException if it cannot be written; the message names {@code target} and the reason
     */
    public static Path requireWritable(Path target) throws IOException {
        Path real = followLinks(target);
        if (Files.isDirectory(real)) {
            throw new IOException(target + ": cannot write: it is a directory");
        }
        if (isDevice(real)) {
            if (!Files.isWritable(real)) {
                throw new IOException(target + ": cannot write: permission denied");
            }
            return real;
        }
        Path dir = real.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException(target + ": cannot write: the directory " + dir + " does not exist");
        }
        if (Files.exists(real) && isReadOnly(real)) {
            throw new IOException(target + ": cannot write: the file is read-only");
        }
        if (!Files.isWritable(dir)) {
            throw new IOException(target + ": cannot write: permission denied in the directory " + dir);
        }
        return real;
    }

    /** Returns {@code target} made absolute, with every symbolic link on it followed to its end. */
    private static Path followLinks(Path target) throws IOException {
        Path path = target.toAbsolutePath();
        for (int hops = 0; Files.isSymbolicLink(path); hops++) {
            if (hops == MAX_LINKS) {
                throw new IOException(target + ": cannot write: it is a loop of symbolic links");
            }
            Path parent = path.getParent();
            Path link = Files.readSymbolicLink(path);
            path = parent == null ? link.toAbsolutePath() : parent.resolve(link);
        }
        return path.normalize();
    }

    /** Returns true for a file that exists and is neither a regular file nor a directory: a device, a FIFO, a socket. */
    private static boolean isDevice(Path real) {
        return Files.exists(real) && !Files.isRegularFile(real) && !Files.isDirectory(real);
    }

    /** Returns true if nobody may write {@code file} (its permission bits; root's override does not count). */
    private static boolean isReadOnly(Path file) throws IOException {
        if (!Files.isWritable(file)) {
            return true;
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            return !permissions.contains(PosixFilePermission.OWNER_WRITE)
                    && !permissions.contains(PosixFilePermission.GROUP_WRITE)
                    && !permissions.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (UnsupportedOperationException e) {
            return false; // not a POSIX file system: isWritable has said it all
        }
    }

    private static void fill(Path named, Path temp, Content content) throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            encode(Channels.newOutputStream(channel), content);
            channel.force(true);
        } catch (IOException e) {
            throw new IOException(named + ": cannot write: " + describe(e), e);
        }
    }

    /** Writes a device or a FIFO in place: no temporary file, no rename, no sync (devices may refuse one). */
    private static void writeThrough(Path named, Path device, Content content) throws IOException {
        try (OutputStream stream = Files.newOutputStream(device, StandardOpenOption.WRITE)) {
            encode(stream, content);
        } catch (IOException e) {
            throw new IOException(named + ": cannot write: " + describe(e), e);
        }
    }

    private static void encode(OutputStream stream, Content content) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        content.writeTo(out);
        out.flush();
    }

    /** Gives the temporary file the permissions of the file it replaces, if there is one. */
    private static void keepPermissions(Path named, Path real, Path temp) throws IOException {
        if (!Files.isRegularFile(real)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(real));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the new file gets the default permissions
        } catch (IOException e) {
            throw new IOException(named + ": cannot write: cannot keep its permissions: " + describe(e), e);
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

    /** The prefix of the temporary files of {@code target}: {@code .NAME.} */
    private static String tempPrefix(Path target) {
        return "." + target.getFileName() + ".";
    }

    /** Creates an empty hidden file {@code .NAME.PID-RANDOM.tmp} beside the target, with default permissions. */
    private static Path createTemp(Path named, Path target) throws IOException {
        Path dir = target.getParent();
        String prefix = tempPrefix(target) + ProcessHandle.current().pid() + "-";
        for (int attempt = 0; ; attempt++) {
            // Random only to avoid clashing with a concurrent writer; it never affects the content.
            Path temp = dir.resolve(prefix + Long.toHexString(ThreadLocalRandom.current().nextLong()) + TEMP_SUFFIX);
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

    /**
     * Deletes the temporary files of {@code target} that a process no longer running left behind
     * (killed with {@code SIGKILL}, or crashed). Best effort: a file that cannot be listed or
     * deleted stays, and the write goes on.
     */
    private static void removeStaleTemps(Path target) {
        String prefix = tempPrefix(target);
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(target.getParent(),
                p -> isTempOfDeadProcess(p.getFileName().toString(), prefix))) {
            temps.forEach(AtomicFiles::deleteQuietly);
        } catch (IOException | DirectoryIteratorException e) {
            // best effort: a stale file is untidy, not wrong
        }
    }

    private static boolean isTempOfDeadProcess(String name, String prefix) {
        if (!name.startsWith(prefix) || !name.endsWith(TEMP_SUFFIX)) {
            return false;
        }
        String middle = name.substring(prefix.length(), name.length() - TEMP_SUFFIX.length());
        int dash = middle.indexOf('-');
        if (dash <= 0 || !middle.substring(dash + 1).matches("[0-9a-f]{1,16}")) {
            return false;
        }
        try {
            long pid = Long.parseLong(middle.substring(0, dash));
            return ProcessHandle.of(pid).isEmpty();
        } catch (NumberFormatException e) {
            return false;
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
