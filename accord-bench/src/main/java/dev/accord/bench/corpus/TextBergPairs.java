package dev.accord.bench.corpus;

import dev.accord.core.align.Bead;
import dev.accord.eval.BeadFileReader;
import dev.accord.io.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Builds a folder of many German–French pairs for {@code accord batch} from the Text+Berg gold set
 * (read from where it lies, never copied into the project), deterministically.
 *
 * <p>The eight documents ({@code dev}, {@code test0..6}) are taken {@code repeats} times in order
 * as one stream of sentences with their gold beads, and cut into pairs at gold bead boundaries
 * (points before which every bead lies wholly, on both sides), each pair at the first boundary
 * after a length drawn, seeded, between {@code min} and {@code max} German sentences; a last piece
 * shorter than {@code min} joins the one before. With the defaults (50 repeats, 100–300) the folder
 * holds 72,950 German and 78,250 French sentences, as in the hunalign measurement.
 *
 * <p>Each pair {@code NNNN} is {@code NNNN.de.txt} and {@code NNNN.fr.txt}, one sentence a line (read
 * them with {@code --input sentences}), and its gold {@code NNNN.defr}, ids relative to the pair.
 *
 * <p>Stateless; {@link #main} writes the folder.
 */
public final class TextBergPairs {

    /** The documents of the set, in the order they are taken. */
    public static final List<String> DOCUMENTS = List.of("dev", "test0", "test1", "test2", "test3", "test4", "test5",
            "test6");
    /** How many times the documents are taken by default. */
    public static final int DEFAULT_REPEATS = 50;
    /** The shortest pair by default, in German sentences. */
    public static final int DEFAULT_MIN = 100;
    /** The longest pair by default, in German sentences (a pair ends at the first boundary after its drawn length). */
    public static final int DEFAULT_MAX = 300;

    private TextBergPairs() {
    }

    /** One pair: its German and French sentences and its gold, ids relative to the pair. */
    public record Pair(List<String> german, List<String> french, List<Bead> gold) {
        public Pair {
            german = List.copyOf(german);
            french = List.copyOf(french);
            gold = List.copyOf(gold);
        }
    }

    /** One document with its gold, read from the set. */
    private record Source(List<String> german, List<String> french, List<Bead> gold) {
    }

    /**
     * Returns the pairs cut from the set in {@code dir}.
     *
     * @throws IOException if a file of the set cannot be read
     * @throws IllegalArgumentException if {@code repeats < 1} or not {@code 1 <= min <= max}
     */
    public static List<Pair> build(Path dir, int repeats, int min, int max) throws IOException {
        if (repeats < 1 || min < 1 || max < min) {
            throw new IllegalArgumentException("need repeats >= 1 and 1 <= min <= max, got " + repeats + ", " + min
                    + ", " + max);
        }
        List<Source> documents = new ArrayList<>();
        for (String name : DOCUMENTS) {
            documents.add(read(dir, name));
        }
        Random random = new Random(CorpusBuilder.RANDOM_SEED);
        List<Pair> pairs = new ArrayList<>();
        Piece piece = new Piece();
        int target = min + random.nextInt(max - min + 1);
        for (int r = 0; r < repeats; r++) {
            for (Source doc : documents) {
                List<int[]> cuts = boundaries(doc);
                int fromI = 0;
                int fromJ = 0;
                for (int[] cut : cuts) {
                    if (piece.german.size() + cut[0] - fromI >= target && cut[0] < doc.german.size()) {
                        piece.add(doc, fromI, cut[0], fromJ, cut[1]);
                        pairs.add(piece.done());
                        piece = new Piece();
                        target = min + random.nextInt(max - min + 1);
                        fromI = cut[0];
                        fromJ = cut[1];
                    }
                }
                piece.add(doc, fromI, doc.german.size(), fromJ, doc.french.size());
                if (piece.german.size() >= target) {
                    pairs.add(piece.done());
                    piece = new Piece();
                    target = min + random.nextInt(max - min + 1);
                }
            }
        }
        if (!piece.german.isEmpty()) {
            if (piece.german.size() < min && !pairs.isEmpty()) {
                Pair last = pairs.remove(pairs.size() - 1);
                Piece joined = new Piece();
                joined.add(new Source(last.german(), last.french(), last.gold()), 0, last.german().size(), 0,
                        last.french().size());
                joined.add(new Source(piece.german, piece.french, piece.gold), 0, piece.german.size(), 0,
                        piece.french.size());
                piece = joined;
            }
            pairs.add(piece.done());
        }
        return pairs;
    }

    /** The sentences and gold gathered for the pair being cut. */
    private static final class Piece {
        final List<String> german = new ArrayList<>();
        final List<String> french = new ArrayList<>();
        final List<Bead> gold = new ArrayList<>();

        /** Adds sentences {@code [i0, i1)} and {@code [j0, j1)} of {@code doc} and the gold beads within them. */
        void add(Source doc, int i0, int i1, int j0, int j1) {
            int di = german.size() - i0;
            int dj = french.size() - j0;
            german.addAll(doc.german.subList(i0, i1));
            french.addAll(doc.french.subList(j0, j1));
            for (Bead b : doc.gold) {
                if (within(b.source(), i0, i1) && within(b.target(), j0, j1)) {  // cuts never split a bead
                    gold.add(new Bead(shift(b.source(), di), shift(b.target(), dj), 1.0));
                }
            }
        }

        Pair done() {
            return new Pair(german, french, gold);
        }
    }

    private static boolean within(List<Integer> ids, int from, int to) {
        return ids.stream().allMatch(id -> id >= from && id < to);
    }

    private static List<Integer> shift(List<Integer> ids, int by) {
        return ids.stream().map(id -> id + by).toList();
    }

    /**
     * Returns the points {@code (i, j)} inside {@code doc} where it can be cut: every gold bead lies
     * wholly before ({@code ids < i}, {@code < j}) or wholly after.
     */
    private static List<int[]> boundaries(Source doc) {
        int k = doc.gold.size();
        int[] suffixMinS = new int[k + 1];
        int[] suffixMinT = new int[k + 1];
        suffixMinS[k] = doc.german.size();
        suffixMinT[k] = doc.french.size();
        for (int b = k - 1; b >= 0; b--) {
            suffixMinS[b] = Math.min(suffixMinS[b + 1], min(doc.gold.get(b).source()));
            suffixMinT[b] = Math.min(suffixMinT[b + 1], min(doc.gold.get(b).target()));
        }
        List<int[]> cuts = new ArrayList<>();
        int maxS = -1;
        int maxT = -1;
        for (int b = 0; b < k; b++) {
            maxS = Math.max(maxS, max(doc.gold.get(b).source()));
            maxT = Math.max(maxT, max(doc.gold.get(b).target()));
            if (maxS >= 0 && maxT >= 0 && maxS < suffixMinS[b + 1] && maxT < suffixMinT[b + 1]) {
                cuts.add(new int[] {maxS + 1, maxT + 1});
            }
        }
        return cuts;
    }

    private static int min(List<Integer> ids) {
        return ids.stream().mapToInt(Integer::intValue).min().orElse(Integer.MAX_VALUE);
    }

    private static int max(List<Integer> ids) {
        return ids.stream().mapToInt(Integer::intValue).max().orElse(-1);
    }

    private static Source read(Path dir, String name) throws IOException {
        List<String> german = lines(dir.resolve(name + ".de"));
        List<String> french = lines(dir.resolve(name + ".fr"));
        try {
            return new Source(german, french, BeadFileReader.read(dir.resolve(name + ".defr"), german.size(), french.size()));
        } catch (InvalidInputException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static List<String> lines(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                throw new IOException(file + ": line " + (i + 1) + " is blank: expected one sentence a line");
            }
        }
        return lines;
    }

    /**
     * Writes the pairs into {@code out}: {@code NNNN.de.txt}, {@code NNNN.fr.txt}, {@code NNNN.defr}.
     *
     * @throws IOException if a file cannot be written
     */
    public static void write(List<Pair> pairs, Path out) throws IOException {
        Files.createDirectories(out);
        for (int p = 0; p < pairs.size(); p++) {
            String name = String.format(Locale.ROOT, "%04d", p);
            Pair pair = pairs.get(p);
            Files.write(out.resolve(name + ".de.txt"), pair.german(), StandardCharsets.UTF_8);
            Files.write(out.resolve(name + ".fr.txt"), pair.french(), StandardCharsets.UTF_8);
            Files.write(out.resolve(name + ".defr"), pair.gold().stream()
                    .map(b -> b.source() + ":" + b.target()).collect(Collectors.toList()), StandardCharsets.UTF_8);
        }
    }

    /**
     * Writes the folder: {@code TextBergPairs SET_DIR OUT_DIR [REPEATS [MIN MAX]]}, and prints the
     * number of pairs and sentences.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2 && args.length != 3 && args.length != 5) {
            System.err.println("usage: TextBergPairs SET_DIR OUT_DIR [REPEATS [MIN MAX]]");
            System.exit(2);
        }
        int repeats = args.length >= 3 ? Integer.parseInt(args[2]) : DEFAULT_REPEATS;
        int min = args.length == 5 ? Integer.parseInt(args[3]) : DEFAULT_MIN;
        int max = args.length == 5 ? Integer.parseInt(args[4]) : DEFAULT_MAX;
        List<Pair> pairs = build(Path.of(args[0]), repeats, min, max);
        write(pairs, Path.of(args[1]));
        System.out.printf(Locale.ROOT, "%d pairs, %d German and %d French sentences%n", pairs.size(),
                pairs.stream().mapToInt(p -> p.german().size()).sum(), pairs.stream().mapToInt(p -> p.french().size()).sum());
    }
}
