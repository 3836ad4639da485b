package dev.accord.eval;

import dev.accord.core.align.Bead;
import dev.accord.internal.TextChars;
import dev.accord.internal.Utf8Lines;
import dev.accord.io.InvalidInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads bead files: the Text+Berg gold format, one bead a line, {@code [src ids]:[tgt ids]} with an
 * optional third field {@code :score}, for example {@code [6, 7]:[9, 10]} or {@code [3]:[]:0.41}.
 *
 * <p>Ids are 0-based sentence numbers, kept in the order they were written (the scorer compares
 * them as written). Blank lines and beads empty on both sides ({@code []:[]}) are skipped: the
 * scoring definition ignores them. A score is any finite number; the scorer ignores it, and a value
 * outside {@code [0, 1]} (other tools write costs) is clamped into that range on the {@link Bead}.
 *
 * <p>Stateless and thread-safe.
 */
public final class BeadFileReader {

    private static final Pattern LINE = Pattern.compile(
            "\\s*\\[([^\\[\\]]*)\\]\\s*:\\s*\\[([^\\[\\]]*)\\]\\s*(?::\\s*(\\S+)\\s*)?");

    private BeadFileReader() {
    }

    /**
     * Reads a bead file whose document sizes are unknown.
     *
     * @param file the bead file, UTF-8
     * @return the beads in file order
     * @throws InvalidInputException if the file is missing, unreadable, not UTF-8, holds no bead,
     *     or a line is malformed; the message names the file and the line number
     */
    public static List<Bead> read(Path file) throws InvalidInputException {
        return read(file, -1, -1);
    }

    /**
     * Reads a bead file and checks every id against the sizes of the two documents.
     *
     * @param file the bead file, UTF-8
     * @param sourceSize the number of source sentences, or {@code -1} if unknown
     * @param targetSize the number of target sentences, or {@code -1} if unknown
     * @return the beads in file order
     * @throws InvalidInputException if the file is missing, unreadable, not UTF-8, holds no bead,
     *     a line is malformed, or an id is out of range; the message names the file and the line
     *     number
     */
    public static List<Bead> read(Path file, int sourceSize, int targetSize) throws InvalidInputException {
        Objects.requireNonNull(file, "file");
        List<Bead> beads = new ArrayList<>();
        Utf8Lines.forEach(file, (lineNumber, line) -> {
            Bead bead = parse(file, lineNumber, line, sourceSize, targetSize);
            if (bead != null) {
                beads.add(bead);
            }
        });
        if (beads.isEmpty()) {
            throw new InvalidInputException(file, "holds no beads: expected one [ids]:[ids] a line");
        }
        return beads;
    }

    /** Returns the bead of one line, or null for a blank line or a bead empty on both sides. */
    private static Bead parse(Path file, int lineNumber, String line, int sourceSize, int targetSize)
            throws InvalidInputException {
        if (TextChars.isBlank(line, 0, line.length())) {
            return null;
        }
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            throw bad(file, lineNumber, "expected [ids]:[ids] or [ids]:[ids]:score, got '" + abbreviate(line) + "'");
        }
        List<Integer> source = ids(file, lineNumber, "source", m.group(1), sourceSize);
        List<Integer> target = ids(file, lineNumber, "target", m.group(2), targetSize);
        double score = m.group(3) == null ? 1.0 : score(file, lineNumber, m.group(3));
        if (source.isEmpty() && target.isEmpty()) {
            return null;
        }
        return new Bead(source, target, Math.max(0.0, Math.min(1.0, score)));
    }

    private static List<Integer> ids(Path file, int lineNumber, String side, String text, int size)
            throws InvalidInputException {
        if (text.isBlank()) {
            return List.of();
        }
        String[] parts = text.split(",", -1);
        List<Integer> ids = new ArrayList<>(parts.length);
        Set<Integer> seen = new HashSet<>();
        for (String part : parts) {
            String p = part.strip();
            int id;
            try {
                id = Integer.parseInt(p);
            } catch (NumberFormatException e) {
                if (p.matches("\\d+")) {
                    throw bad(file, lineNumber, side + " id " + abbreviate(p) + " is out of range: ids go up to "
                            + Integer.MAX_VALUE);
                }
                throw bad(file, lineNumber, side + " id '" + abbreviate(p) + "' is not a whole number");
            }
            if (id < 0) {
                throw bad(file, lineNumber, side + " id " + id + " is negative");
            }
            if (size >= 0 && id >= size) {
                throw bad(file, lineNumber, side + " id " + id + " is out of range: the " + side + " has " + size
                        + " sentences");
            }
            if (!seen.add(id)) {
                throw bad(file, lineNumber, side + " id " + id + " is repeated in one bead");
            }
            ids.add(id);
        }
        return ids;
    }

    private static double score(Path file, int lineNumber, String text) throws InvalidInputException {
        try {
            double s = Double.parseDouble(text);
            if (Double.isFinite(s)) {
                return s;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad(file, lineNumber, "score '" + abbreviate(text) + "' is not a finite number");
    }

    private static InvalidInputException bad(Path file, int lineNumber, String reason) {
        return new InvalidInputException(file, "line " + lineNumber + ": " + reason);
    }

    private static String abbreviate(String s) {
        String oneLine = s.strip();
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
    }
}
