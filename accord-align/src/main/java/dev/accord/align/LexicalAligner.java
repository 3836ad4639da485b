package dev.accord.align;

import dev.accord.core.align.Alignment;
import dev.accord.core.text.Document;
import dev.accord.core.text.Language;
import dev.accord.normalize.Normalizer;
import dev.accord.normalize.Term;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The {@link AlignmentMethod#FULL} aligner: a dynamic program over beads whose cost combines
 * sentence length, lexical evidence and paragraph structure, run twice.
 *
 * <ol>
 *   <li>Both documents are normalised by the shared Lucene {@link Normalizer}; every term gets an
 *       identity key (the same number, name, word form or punctuation mark in both languages gives
 *       the same key) and a cognate key (its first four folded letters).
 *   <li>The cost of a bead is the Gale–Church length cost, with the character ratio of the two
 *       documents and a calibrated variance, plus a shape penalty ({@code 1-0}/{@code 0-1} and
 *       merges), plus paragraph penalties, minus {@code lexicalWeight} times the bead's lexical
 *       similarity: the weighted share of the tokens of both sides, merged sentences concatenated,
 *       that something on the other side matches (numbers and names weigh more).
 *   <li>First pass: identity, cognates, and the user's word list and machine translation if given,
 *       in a band around a guide: the aligned paragraphs ({@link ParagraphGuide}, half-width
 *       {@value #PARAGRAPH_HALF_WIDTH} sentences), else rare shared terms ({@link Anchors},
 *       {@value #ANCHORED_HALF_WIDTH}), else the diagonal ({@value BandSearch#INITIAL_HALF_WIDTH}).
 *   <li>The first pass's two-sided beads train IBM Model 1 word translation probabilities; the
 *       probable, repeated translations join the matches, and a second pass runs in a band of
 *       half-width {@value #SECOND_PASS_HALF_WIDTH} around the first path.
 * </ol>
 *
 * <p><b>Scores.</b> A two-sided bead's score estimates the probability that it is exactly right
 * (the same sentences, grouped the same way, as a careful human would align them):
 * {@code 1 / (1 + exp(-(0.19 + 0.229 m)))}, where {@code m}, the grouping margin, is how much
 * cheaper the path is over the bead and its two neighbours than the best other way of aligning the
 * same sentences without this bead (capped at {@value #MARGIN_CAP}). A bead whose sentences could
 * as well be grouped otherwise (a {@code 1-2} that might be a {@code 1-1} and a {@code 0-1}) scores
 * about 0.55; a clear one over 0.9 from {@code m = 9}. The constants were fitted by logistic
 * regression on the Text+Berg dev article's beads ({@code ScoreCalibrationTest} refits them). The
 * score used before, a sigmoid of the margin over leaving the bead's sentences unaligned, did not
 * separate right from wrong beads (precision of the beads kept stayed at 0.85-0.88 whatever the
 * threshold), and adds nothing beside the grouping margin. One-sided beads score 0.
 *
 * <p>Immutable and thread-safe; memory is linear in the number of sentences (a band of fixed width
 * around the path, widened only where the path runs along its edge) and in their words (see
 * {@link TranslationModel} for the bound on its word pairs). The target side is normalised on a
 * second thread when it is long; what that thread throws (an {@link OutOfMemoryError} included)
 * reaches the caller unwrapped.
 */
final class LexicalAligner implements SentenceAligner {

    /** The log-odds that a two-sided bead with no grouping margin is right (fitted, see {@link #score}). */
    static final double SCORE_INTERCEPT = 0.19;
    /** How much each unit of grouping margin adds to the log-odds that the bead is right (fitted). */
    static final double SCORE_SLOPE = 0.229;
    /** The least number of target sentences worth normalising on a second thread. */
    private static final int PARALLEL_THRESHOLD = 2_000;
    /** The half-width of the first pass's band around the paragraph guide. */
    private static final int PARAGRAPH_HALF_WIDTH = 10;
    /** The half-width of the first pass's band around the anchor guide. */
    private static final int ANCHORED_HALF_WIDTH = 40;
    /** The half-width of the second pass's band around the first path. */
    private static final int SECOND_PASS_HALF_WIDTH = 10;
    /** The grouping margin beyond which a bead's grouping counts as certain. */
    static final double MARGIN_CAP = 40.0;
    /** The half-width of the band around the path in which scores look at other groupings. */
    private static final int EVIDENCE_HALF_WIDTH = 4;
    /** The most beads the translation model trains on, bounding its memory. */
    private static final int MAX_TRAINING_BEADS = 6_000;

    private final AlignerOptions options;
    private final LexicalParameters parameters;
    private final BeadShapes shapes;
    private final double[] shapePenalty;
    private final Normalizer normalizer;

    LexicalAligner(AlignerOptions options) {
        this(options, LexicalParameters.DEFAULTS, Normalizer.lucene());
    }

    LexicalAligner(AlignerOptions options, LexicalParameters parameters, Normalizer normalizer) {
        this.options = Objects.requireNonNull(options, "options");
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
        this.shapes = BeadShapes.upTo(options.maxBeadSize());
        this.shapePenalty = new double[shapes.size()];
        for (int k = 0; k < shapes.size(); k++) {
            shapePenalty[k] = parameters.shapePenalty(shapes.source(k), shapes.target(k));
        }
    }

    /**
     * Returns the score of a two-sided bead from its grouping margin: the probability that the bead
     * is exactly right, fitted by logistic regression on the Text+Berg dev article (see the class
     * comment). The margin over leaving the sentences unaligned, Δ, is passed for the record: with
     * the grouping margin beside it, its fitted weight was 0.004 per unit, so it is left out.
     */
    static double score(double delta, double groupingMargin) {
        return 1.0 / (1.0 + Math.exp(-(SCORE_INTERCEPT + SCORE_SLOPE * groupingMargin)));
    }

    /**
     * Aligns as {@link #align} does and returns each bead's {@code {Δ, grouping margin}}, or null
     * for a one-sided bead: what the score is computed from, for calibrating it.
     */
    double[][] evidence(Document source, Document target) {
        Pair pair = new Pair(source, target);
        BandedDp.Path first = firstPass(pair, source.size(), target.size());
        BandedDp.Path path = first;
        if (parameters.useTranslationModel() && first.size() > 0) {
            pair.learnTranslations(first);
            path = BandSearch.aroundPath(first, source.size(), target.size(), SECOND_PASS_HALF_WIDTH, shapes,
                    band -> pair.cost(band), ProgressListener.NONE, "alignment, second pass");
        }
        return pair.evidence(path);
    }

    @Override
    public Alignment align(Document source, Document target) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        int n = source.size();
        int m = target.size();
        if (options.hasTranslation() && options.translation().size() != n) {
            throw new IllegalArgumentException("the machine translation has " + options.translation().size()
                    + " lines but the source has " + n + " sentences: give one line per source sentence");
        }
        Pair pair = new Pair(source, target);
        BandedDp.Path first = firstPass(pair, n, m);
        BandedDp.Path path = first;
        if (parameters.useTranslationModel() && first.size() > 0) {
            pair.learnTranslations(first);
            path = BandSearch.aroundPath(first, n, m, SECOND_PASS_HALF_WIDTH, shapes, band -> pair.cost(band),
                    options.progress(), "alignment, second pass");
        }
        return BandSearch.toAlignment(n, m, shapes, path, pair.scores(path));
    }

    /**
     * Runs the first pass in a band around the best guide there is: the aligned paragraphs, else
     * rare terms both documents share, else the diagonal.
     */
    private BandedDp.Path firstPass(Pair pair, int n, int m) {
        String stage = "alignment, first pass";
        int[][] paragraphs = ParagraphGuide.guide(pair.src, pair.tgt, pair.ratio);
        if (paragraphs != null) {
            return BandSearch.aroundPoints(paragraphs, n, m, PARAGRAPH_HALF_WIDTH, shapes, pair::cost, options.progress(),
                    stage);
        }
        int[][] anchors = Anchors.guide(pair.srcTerms, pair.tgtTerms, pair.keys.size());
        if (anchors != null) {
            return BandSearch.aroundPoints(anchors, n, m, ANCHORED_HALF_WIDTH, shapes, pair::cost, options.progress(),
                    stage);
        }
        return BandSearch.aroundDiagonal(n, m, shapes, pair::cost, options.progress(), stage);
    }

    /** The state of one alignment call: the two documents' arrays and the evidence between them. */
    private final class Pair {
        final SentenceLayout src;
        final SentenceLayout tgt;
        final KeySpace keys = new KeySpace();
        final SentenceTerms srcTerms;
        final SentenceTerms tgtTerms;
        final double ratio;
        final boolean paragraphAnchors;
        int[][] srcExtra;
        int[][] tgtExtra;

        Pair(Document source, Document target) {
            src = SentenceLayout.of(source);
            tgt = SentenceLayout.of(target);
            // normalising is the costly step: the target side runs on another thread meanwhile
            CompletableFuture<SentenceTerms> targetTerms = target.size() < PARALLEL_THRESHOLD
                    ? CompletableFuture.completedFuture(SentenceTerms.of(target, normalizer, parameters))
                    : CompletableFuture.supplyAsync(() -> SentenceTerms.of(target, normalizer, parameters));
            srcTerms = SentenceTerms.of(source, normalizer, parameters);
            tgtTerms = joined(targetTerms);
            srcTerms.relabel(keys);
            tgtTerms.relabel(keys);
            double r = src.totalChars() > 0 && tgt.totalChars() > 0 ? (double) tgt.totalChars() / src.totalChars() : 1.0;
            ratio = Math.max(0.5, Math.min(2.0, r));
            paragraphAnchors = src.innerBoundaries() > 0 && tgt.innerBoundaries() > 0;
            srcExtra = new int[source.size()][];
            tgtExtra = new int[target.size()][];
            Arrays.setAll(srcExtra, i -> new int[0]);
            Arrays.setAll(tgtExtra, j -> new int[0]);
            addDictionary(source.language(), target.language());
            addTranslation(target.language());
        }

        private void addDictionary(Language sourceLanguage, Language targetLanguage) {
            BilingualDictionary dictionary = options.dictionary();
            if (dictionary.isEmpty()) {
                return;
            }
            int[][] forward = new int[srcTerms.wordForms.length][];
            List<int[]> links = new ArrayList<>();
            KeySpace srcWords = new KeySpace();
            for (String form : srcTerms.wordForms) {
                srcWords.intern(form);
            }
            for (String sourceWord : dictionary.sourceWords()) {
                int sWord = srcWords.find(singleForm(sourceLanguage, sourceWord));
                if (sWord < 0) {
                    continue;
                }
                for (String targetWord : dictionary.translations(sourceWord)) {
                    String tForm = singleForm(targetLanguage, targetWord);
                    if (tForm != null) {
                        links.add(new int[] {sWord, keys.intern("w:" + tForm)});
                    }
                }
            }
            int[] counts = new int[forward.length];
            for (int[] l : links) {
                counts[l[0]]++;
            }
            for (int w = 0; w < forward.length; w++) {
                forward[w] = new int[counts[w]];
            }
            int[] fill = new int[forward.length];
            for (int[] l : links) {
                forward[l[0]][fill[l[0]]++] = l[1];
            }
            addLinks(forward);
        }

        private String singleForm(Language language, String word) {
            List<Term> terms = normalizer.terms(language, word, 0);
            if (terms.size() != 1 || (terms.get(0).kind() != Term.Kind.WORD && terms.get(0).kind() != Term.Kind.NAME)) {
                return null;
            }
            return terms.get(0).form();
        }

        private void addTranslation(Language targetLanguage) {
            if (!options.hasTranslation()) {
                return;
            }
            for (int i = 0; i < srcExtra.length; i++) {
                int[][] mt = SentenceTerms.keysOf(options.translation().get(i), targetLanguage, normalizer, keys, parameters);
                int[] cognates = parameters.useCognates()
                        ? Arrays.stream(mt[1]).filter(k -> k >= 0).toArray() : new int[0];
                srcExtra[i] = concat(srcExtra[i], concat(mt[0], cognates));
            }
        }

        /**
         * Adds word links: {@code forward[w]} lists the target identity keys source word {@code w}
         * translates to. Each source sentence offers the keys of its words' translations; each
         * target sentence offers the identity keys of the source words that translate to its words.
         * A sentence's extra keys are a set (the evidence only asks whether a key is offered), so
         * they are collected once each, in time linear in the sentence's words and their links.
         */
        private void addLinks(int[][] forward) {
            KeyCollector collector = new KeyCollector(keys.size());
            for (int i = 0; i < srcExtra.length; i++) {
                collector.start(srcExtra[i]);
                for (int w : srcTerms.words(i)) {
                    if (w >= 0) {
                        collector.addAll(forward[w]);
                    }
                }
                srcExtra[i] = collector.keys();
            }
            // reverse: target identity key -> source identity keys, as compressed rows
            int[] reverseCount = new int[keys.size()];
            for (int[] targets : forward) {
                for (int targetKey : targets) {
                    reverseCount[targetKey]++;
                }
            }
            int[][] reverse = new int[keys.size()][];
            int[] fill = new int[keys.size()];
            for (int w = 0; w < forward.length; w++) {
                int sourceKey = keys.find("w:" + srcTerms.wordForms[w]);
                for (int targetKey : forward[w]) {
                    if (reverse[targetKey] == null) {
                        reverse[targetKey] = new int[reverseCount[targetKey]];
                    }
                    reverse[targetKey][fill[targetKey]++] = sourceKey;
                }
            }
            for (int j = 0; j < tgtExtra.length; j++) {
                collector.start(tgtExtra[j]);
                for (int key : tgtTerms.id[j]) {
                    if (key < reverse.length && reverse[key] != null) {
                        collector.addAll(reverse[key]);
                    }
                }
                tgtExtra[j] = collector.keys();
            }
        }

        /** Trains word translations on the two-sided beads of {@code path} and adds the confident ones. */
        void learnTranslations(BandedDp.Path path) {
            List<int[]> training = new ArrayList<>();
            for (int k = 0; k < path.size(); k++) {
                int a = shapes.source(path.shapes()[k]);
                int b = shapes.target(path.shapes()[k]);
                if (a > 0 && b > 0) {
                    training.add(new int[] {path.endI()[k] - a, path.endI()[k], path.endJ()[k] - b, path.endJ()[k]});
                }
            }
            int step = Math.max(1, (training.size() + MAX_TRAINING_BEADS - 1) / MAX_TRAINING_BEADS);
            List<int[]> used = new ArrayList<>();
            for (int x = 0; x < training.size(); x += step) {
                used.add(training.get(x));
            }
            int[][] sourceWords = new int[used.size()][];
            int[][] targetWords = new int[used.size()][];
            for (int x = 0; x < used.size(); x++) {
                int[] bead = used.get(x);
                sourceWords[x] = words(srcTerms, bead[0], bead[1]);
                targetWords[x] = words(tgtTerms, bead[2], bead[3]);
            }
            TranslationModel model = TranslationModel.train(srcTerms.wordForms.length, tgtTerms.wordForms.length,
                    sourceWords, targetWords);
            int[][] translations = model.translations(parameters.translationThreshold(), parameters.translationMinCount());
            int[][] forward = new int[translations.length][];
            for (int w = 0; w < translations.length; w++) {
                int[] t = translations[w];
                int[] ks = new int[t.length];
                for (int x = 0; x < t.length; x++) {
                    ks[x] = keys.find("w:" + tgtTerms.wordForms[t[x]]);
                }
                forward[w] = ks;
            }
            addLinks(forward);
        }

        private int[] words(SentenceTerms terms, int from, int to) {
            int[] all = new int[0];
            for (int s = from; s < to; s++) {
                all = concat(all, terms.words(s));
            }
            return all;
        }

        /** Returns the bead cost for {@code band}, computing the sentence-pair evidence inside it. */
        BandedDp.BeadCost cost(Band band) {
            PairEvidence ev = new PairEvidence(band, shapes, srcTerms, tgtTerms, keys.size(), i -> srcExtra[i],
                    j -> tgtExtra[j], parameters.useCognates());
            boolean hard = options.hardParagraphs();
            double lexical = parameters.lexicalWeight();
            return (k, i, j, budget) -> {
                int a = shapes.source(k);
                int b = shapes.target(k);
                boolean crosses = src.crossesParagraph(i - a, i) || tgt.crossesParagraph(j - b, j);
                if (hard && crosses) {
                    return Double.POSITIVE_INFINITY;
                }
                double c = shapePenalty[k];
                if (crosses) {
                    c += parameters.paragraphCrossPenalty();
                }
                if (paragraphAnchors && src.paragraphStartsAt(i) != tgt.paragraphStartsAt(j)) {
                    c += parameters.paragraphMismatchPenalty();
                }
                if (a == 0 || b == 0) {
                    return c + parameters.oneSidedPerChar() * (src.chars(i - a, i) + tgt.chars(j - b, j));
                }
                c += LengthModel.cost(src.chars(i - a, i), tgt.chars(j - b, j), ratio, parameters.variance());
                if (lexical > 0 && c - lexical < budget) {
                    // the similarity is at most 1: only beads that could still win need it
                    c -= lexical * ev.similarity(srcTerms, tgtTerms, i - a, i, j - b, j);
                }
                return c;
            };
        }

        /** Returns the score of each bead of {@code path}; see the class comment. */
        double[] scores(BandedDp.Path path) {
            double[][] evidence = evidence(path);
            double[] scores = new double[path.size()];
            for (int k = 0; k < path.size(); k++) {
                if (evidence[k] != null) {
                    scores[k] = score(evidence[k][0], evidence[k][1]);
                }
            }
            return scores;
        }

        /**
         * Returns, for each two-sided bead of {@code path}, its margin over leaving its sentences
         * unaligned (Δ) and its margin over the best other alignment of the region it shares with
         * its two neighbours; null for a one-sided bead.
         */
        double[][] evidence(BandedDp.Path path) {
            double[][] evidence = new double[path.size()][];
            BandedDp.BeadCost cost = cost(evidenceBand(path));
            int one0 = shapes.indexOf(1, 0);
            int zero1 = shapes.indexOf(0, 1);
            for (int k = 0; k < path.size(); k++) {
                int shape = path.shapes()[k];
                int a = shapes.source(shape);
                int b = shapes.target(shape);
                if (a == 0 || b == 0) {
                    continue;
                }
                int i = path.endI()[k];
                int j = path.endJ()[k];
                double alone = 0.0;
                for (int s = i - a; s < i; s++) {
                    alone += cost.cost(one0, s + 1, j - b);
                }
                for (int t = j - b; t < j; t++) {
                    alone += cost.cost(zero1, i, t + 1);
                }
                evidence[k] = new double[] {alone - cost.cost(shape, i, j), groupingMargin(cost, path, k)};
            }
            return evidence;
        }

        /**
         * Returns how much cheaper the path is over beads {@code k-1..k+1} than the best other way
         * to align the same sentences without bead {@code k}: small when the sentences could as
         * well be grouped otherwise (a 1-1 and a 0-1 instead of a 1-2), large when the grouping is
         * clear. At most {@value #MARGIN_CAP}.
         */
        private double groupingMargin(BandedDp.BeadCost cost, BandedDp.Path path, int k) {
            int lo = Math.max(0, k - 1);
            int hi = Math.min(path.size() - 1, k + 1);
            int i0 = lo == 0 ? 0 : path.endI()[lo - 1];
            int j0 = lo == 0 ? 0 : path.endJ()[lo - 1];
            int i1 = path.endI()[hi];
            int j1 = path.endJ()[hi];
            double chosen = 0;
            for (int x = lo; x <= hi; x++) {
                chosen += cost.cost(path.shapes()[x], path.endI()[x], path.endJ()[x]);
            }
            int h = j1 - j0 + 1;
            double[] best = new double[(i1 - i0 + 1) * h];
            Arrays.fill(best, Double.POSITIVE_INFINITY);
            best[0] = 0;
            for (int i = i0; i <= i1; i++) {
                for (int j = j0; j <= j1; j++) {
                    if (i == i0 && j == j0) {
                        continue;
                    }
                    double min = Double.POSITIVE_INFINITY;
                    for (int s = 0; s < shapes.size(); s++) {
                        int pi = i - shapes.source(s);
                        int pj = j - shapes.target(s);
                        if (pi < i0 || pj < j0 || s == path.shapes()[k] && i == path.endI()[k] && j == path.endJ()[k]) {
                            continue;
                        }
                        double before = best[(pi - i0) * h + pj - j0];
                        if (before < Double.POSITIVE_INFINITY) {
                            min = Math.min(min, before + cost.cost(s, i, j));
                        }
                    }
                    best[(i - i0) * h + j - j0] = min;
                }
            }
            return Math.min(MARGIN_CAP, Math.max(0, best[best.length - 1] - chosen));
        }

        /** Returns a thin band around {@code path}, enough to recompute the costs of its beads. */
        private Band evidenceBand(BandedDp.Path path) {
            int[][] points = path.points();
            return Band.around(src.size(), tgt.size(), points[0], points[1], EVIDENCE_HALF_WIDTH);
        }
    }

    /**
     * Waits for {@code task} and returns its result, or throws what the task threw as it was
     * thrown: an {@link OutOfMemoryError} on the second thread must reach the caller as one, not
     * wrapped in a {@link CompletionException}.
     */
    private static <T> T joined(CompletableFuture<T> task) {
        try {
            return task.join();
        } catch (CompletionException e) {
            switch (e.getCause()) {
                case RuntimeException unchecked -> throw unchecked;
                case Error error -> throw error;
                case null, default -> throw e;
            }
        }
    }

    private static int[] concat(int[] a, int[] b) {
        if (b.length == 0) {
            return a;
        }
        if (a.length == 0) {
            return b;
        }
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /**
     * Collects one sentence's distinct keys at a time, from keys below a fixed bound: a stamp per
     * key says whether the current sentence already has it, so each key offered costs O(1).
     */
    private static final class KeyCollector {
        private final int[] stamp;
        private int mark;
        private int[] buffer = new int[16];
        private int size;

        KeyCollector(int keySpace) {
            stamp = new int[keySpace];
        }

        /** Starts a new sentence whose set holds {@code initial}. */
        void start(int[] initial) {
            mark++;
            size = 0;
            addAll(initial);
        }

        void addAll(int[] keys) {
            for (int key : keys) {
                if (stamp[key] != mark) {
                    stamp[key] = mark;
                    if (size == buffer.length) {
                        buffer = Arrays.copyOf(buffer, size * 2);
                    }
                    buffer[size++] = key;
                }
            }
        }

        /** Returns the current sentence's keys, in order of first appearance. */
        int[] keys() {
            return Arrays.copyOf(buffer, size);
        }
    }
}
