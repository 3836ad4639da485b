package dev.accord.bench.corpus;

import dev.accord.AccordPipeline;
import dev.accord.Bitext;
import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import dev.accord.core.text.Sentence;
import dev.accord.core.text.TextSpan;
import dev.accord.segment.SentenceSegmenter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Builds Dutch–French benchmark corpora of a chosen size, deterministically, from the seed articles
 * bundled in accord-align ({@code dev/accord/corpus/seed-{nl,fr}.txt}).
 *
 * <p>How a corpus of {@code n} sentences a side is made: the seed pair is read and segmented by the
 * pipeline ({@link AccordPipeline#seedPair()}), which gives matching paragraph pairs. Then, round after round,
 * the paragraph pairs are shuffled with a seeded {@link Random} and appended to both sides, until the
 * Dutch side has at least {@code n} sentences. In about {@value #EDIT_RATE} of the paragraph pairs
 * one side loses a sentence and the other side has two adjacent sentences joined into one (the
 * first one's final stop becomes a semicolon, so the segmenter keeps them together). So the sides
 * differ in length, hold {@code 1-0}, {@code 0-1}, {@code 2-1} and {@code 1-2} correspondences and
 * repeat their paragraphs in a different order each round: the aligner has real work, not a 1-1
 * copy. The built text is segmented again by the standard segmenter, so the sentences are exactly
 * what the pipeline would see.
 *
 * <p>The size {@code seed} is the seed pair as it is, untouched.
 *
 * <p>Stateless and thread-safe; every call reads the seed articles afresh.
 */
public final class CorpusBuilder {

    /** The sizes the benchmarks run at, as {@code @Param} values. */
    public static final List<String> SIZES = List.of("seed", "1000", "10000", "100000");

    /** The random seed of the standard corpora. */
    public static final long RANDOM_SEED = 20_261_123L;

    /** The share of paragraph pairs in which one sentence is dropped on one side and two merged on the other. */
    static final double EDIT_RATE = 0.3;

    private CorpusBuilder() {
    }

    /**
     * Returns the corpus for a benchmark size.
     *
     * @param size {@code seed}, or a positive number of sentences a side such as {@code 1000}
     * @throws IllegalArgumentException if {@code size} is neither; the message quotes it
     */
    public static ParallelCorpus build(String size) {
        if (size.strip().equalsIgnoreCase("seed")) {
            return seed();
        }
        int sentences;
        try {
            sentences = Integer.parseInt(size.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("unknown corpus size '" + size + "': expected seed or a positive number "
                    + "of sentences such as 1000", e);
        }
        return build(sentences, RANDOM_SEED);
    }

    /**
     * Returns the seed articles, read and segmented as the pipeline does, unchanged.
     *
     */
    public static ParallelCorpus seed() {
        Bitext pair = AccordPipeline.standard().seedPair();
        Document dutch = pair.source();
        Document french = pair.target();
        List<Integer> paragraphs = IntStream.range(0, dutch.paragraphs().size()).boxed().toList();
        return new ParallelCorpus("seed", dutch, french, paragraphs, 0, 0);
    }

    /**
     * Returns a corpus of at least {@code sentencesPerSide} Dutch sentences (and about as many
     * French ones) made from the seed articles with the given random seed.
     *
     * @throws IllegalArgumentException if {@code sentencesPerSide} is not positive
     */
    public static ParallelCorpus build(int sentencesPerSide, long randomSeed) {
        if (sentencesPerSide <= 0) {
            throw new IllegalArgumentException("sentencesPerSide must be > 0, got " + sentencesPerSide);
        }
        ParallelCorpus seed = seed();
        List<List<String>> dutchParagraphs = sentencesByParagraph(seed.dutch());
        List<List<String>> frenchParagraphs = sentencesByParagraph(seed.french());
        Random random = new Random(randomSeed);
        Side dutch = new Side();
        Side french = new Side();
        List<Integer> order = new ArrayList<>(seed.seedParagraphs());
        List<Integer> used = new ArrayList<>();
        int dropped = 0;
        int merged = 0;
        while (dutch.sentences < sentencesPerSide) {
            Collections.shuffle(order, random);
            for (int p : order) {
                if (dutch.sentences >= sentencesPerSide) {
                    break;
                }
                List<String> nl = new ArrayList<>(dutchParagraphs.get(p));
                List<String> fr = new ArrayList<>(frenchParagraphs.get(p));
                if (random.nextDouble() < EDIT_RATE) {
                    boolean dropDutch = random.nextBoolean();
                    dropped += dropOne(dropDutch ? nl : fr, random);
                    merged += mergeTwo(dropDutch ? fr : nl, random);
                }
                dutch.add(nl);
                french.add(fr);
                used.add(p);
            }
        }
        String name = Integer.toString(sentencesPerSide);
        return new ParallelCorpus(name, dutch.document(Language.NL), french.document(Language.FR), used, dropped, merged);
    }

    /**
     * Writes the corpus of a size as two running-text files, {@code nl.txt} and {@code fr.txt}: the
     * input of the end-to-end timing of the command line (README, section Performance).
     *
     * <p>Usage: {@code java -cp accord-bench/target/benchmarks.jar dev.accord.bench.corpus.CorpusBuilder SIZE DIR}
     *
     * @param args the size ({@code seed} or sentences a side) and the directory
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: CorpusBuilder SIZE DIR   (SIZE: seed or sentences a side, e.g. 10000)");
            System.exit(2);
        }
        ParallelCorpus corpus = build(args[0]);
        List<Path> files = corpus.writeTexts(Path.of(args[1]));
        System.out.println(corpus + " -> " + files.get(0) + ", " + files.get(1));
    }

    private static List<List<String>> sentencesByParagraph(Document document) {
        List<List<String>> paragraphs = new ArrayList<>();
        for (int p = 0; p < document.paragraphs().size(); p++) {
            paragraphs.add(new ArrayList<>());
        }
        for (Sentence s : document.sentences()) {
            paragraphs.get(s.paragraph()).add(s.text());
        }
        return paragraphs;
    }

    /** Removes one random sentence if the paragraph keeps at least one; returns how many were removed. */
    private static int dropOne(List<String> sentences, Random random) {
        if (sentences.size() < 2) {
            return 0;
        }
        sentences.remove(random.nextInt(sentences.size()));
        return 1;
    }

    /** Joins two random adjacent sentences into one; returns how many joins were made. */
    private static int mergeTwo(List<String> sentences, Random random) {
        if (sentences.size() < 2) {
            return 0;
        }
        int i = random.nextInt(sentences.size() - 1);
        sentences.set(i, join(sentences.get(i), sentences.remove(i + 1)));
        return 1;
    }

    /**
     * Joins two sentences so that a segmenter sees one: the last sentence-final mark of the first
     * (before any closing quotes or brackets) becomes a semicolon; a first sentence without one, a
     * heading, gets a colon.
     */
    static String join(String first, String second) {
        int end = first.length();
        while (end > 0 && isCloser(first.charAt(end - 1))) {
            end--;
        }
        if (end > 0 && isSentenceFinal(first.charAt(end - 1))) {
            int stop = end - 1;
            while (stop > 0 && isSentenceFinal(first.charAt(stop - 1))) {
                stop--;
            }
            return first.substring(0, stop) + ";" + first.substring(end) + " " + second;
        }
        return first + ": " + second;
    }

    private static boolean isSentenceFinal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    private static boolean isCloser(char c) {
        return c == '\'' || c == '"' || c == ')' || c == ']' || c == '’' || c == '”' || c == '»';
    }

    /** One side under construction: the text, its paragraph spans, and the sentences put in. */
    private static final class Side {
        private final StringBuilder text = new StringBuilder();
        private final List<TextSpan> paragraphs = new ArrayList<>();
        private int sentences;

        void add(List<String> paragraphSentences) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            int start = text.length();
            text.append(String.join(" ", paragraphSentences));
            paragraphs.add(new TextSpan(start, text.length()));
            sentences += paragraphSentences.size();
        }

        Document document(Language language) {
            Document unsegmented = Document.unsegmented(language, text.toString(), paragraphs);
            return unsegmented.withSentences(SentenceSegmenter.standard().segment(unsegmented));
        }
    }
}
