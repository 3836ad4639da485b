package dev.accord.eval;

import dev.accord.core.align.Bead;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Scores predicted sentence alignments against gold with the Text+Berg definitions (Sennrich and
 * Volk 2011, as implemented by Vecalign's and Bertalign's scorers).
 *
 * <p>A bead is a pair of id lists, compared exactly as written (so a gold bead {@code [227, 218]}
 * can never be matched by a sorted system bead). Duplicate beads count once.
 * <ul>
 *   <li><b>Precision</b> is over the system's beads, insertions and deletions included. A bead is
 *       strictly correct if the gold has the same bead; laxly correct if, in addition, some target
 *       id it holds is linked in the gold to one of its source ids. A one-sided bead can only be
 *       correct strictly.
 *   <li><b>Recall</b> is over the gold beads non-empty on both sides, tested the same way against
 *       the system's beads non-empty on both sides.
 *   <li>Counts are summed over all document pairs first (micro-averaging); F1 is
 *       {@code 2PR / (P + R)}, strict and lax separately.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class AlignmentScorer {

    private AlignmentScorer() {
    }

    /**
     * Scores one predicted alignment against its gold.
     *
     * @param gold the gold beads of one document pair
     * @param predicted the system's beads for the same pair
     * @return strict and lax precision, recall and F1
     */
    public static AlignmentScores score(List<Bead> gold, List<Bead> predicted) {
        return count(gold, predicted).scores();
    }

    /**
     * Scores several document pairs together, micro-averaged: {@code gold.get(k)} is compared with
     * {@code predicted.get(k)} and all counts are summed before the ratios are taken.
     *
     * @throws IllegalArgumentException if the two lists differ in length
     */
    public static AlignmentScores scoreAll(List<List<Bead>> gold, List<List<Bead>> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException("need one predicted alignment per gold alignment, got " + gold.size()
                    + " gold and " + predicted.size() + " predicted");
        }
        BeadCounts total = BeadCounts.ZERO;
        for (int k = 0; k < gold.size(); k++) {
            total = total.plus(count(gold.get(k), predicted.get(k)));
        }
        return total.scores();
    }

    /** Returns the counts of one document pair. */
    public static BeadCounts count(List<Bead> gold, List<Bead> predicted) {
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(predicted, "predicted");
        Set<Link> goldAll = links(gold, false);
        Set<Link> predictedAll = links(predicted, false);
        Match precision = match(predictedAll, goldAll);
        Set<Link> goldTwoSided = links(gold, true);
        Set<Link> predictedTwoSided = links(predicted, true);
        Match recall = match(goldTwoSided, predictedTwoSided);
        return new BeadCounts(predictedAll.size(), precision.strict, precision.lax, goldTwoSided.size(),
                recall.strict, recall.lax);
    }

    private record Link(List<Integer> source, List<Integer> target) {
    }

    private record Match(long strict, long lax) {
    }

    private static Set<Link> links(Collection<Bead> beads, boolean twoSidedOnly) {
        Set<Link> links = new LinkedHashSet<>();
        for (Bead b : beads) {
            if (twoSidedOnly && b.isOneSided()) {
                continue;
            }
            links.add(new Link(b.source(), b.target()));
        }
        return links;
    }

    /**
     * Tests each of {@code tested} against {@code reference}: exact match, or a shared link. A
     * tested link shares a link with the reference if one reference link holds one of its source
     * ids and one of its target ids. Both sides' ids are indexed by the reference links that hold
     * them, so the test costs time linear in the ids of the two links, however many a bead has.
     */
    private static Match match(Set<Link> tested, Set<Link> reference) {
        Map<Integer, List<Integer>> bySource = new HashMap<>();
        Map<Integer, List<Integer>> byTarget = new HashMap<>();
        int number = 0;
        for (Link r : reference) {
            index(bySource, r.source, number);
            index(byTarget, r.target, number);
            number++;
        }
        int[] stamp = new int[number];
        int mark = 0;
        long strict = 0;
        long lax = 0;
        for (Link t : tested) {
            if (reference.contains(t)) {
                strict++;
                lax++;
            } else if (sharesLink(t, bySource, byTarget, stamp, ++mark)) {
                lax++;
            }
        }
        return new Match(strict, lax);
    }

    private static void index(Map<Integer, List<Integer>> index, List<Integer> ids, int link) {
        for (int id : ids) {
            List<Integer> links = index.computeIfAbsent(id, k -> new ArrayList<>(1));
            if (links.isEmpty() || links.get(links.size() - 1) != link) {
                links.add(link);
            }
        }
    }

    /** Marks the reference links that hold a source id of {@code t}, then looks for one among those holding a target id. */
    private static boolean sharesLink(Link t, Map<Integer, List<Integer>> bySource, Map<Integer, List<Integer>> byTarget,
            int[] stamp, int mark) {
        for (int s : t.source) {
            for (int link : bySource.getOrDefault(s, List.of())) {
                stamp[link] = mark;
            }
        }
        for (int target : t.target) {
            for (int link : byTarget.getOrDefault(target, List.of())) {
                if (stamp[link] == mark) {
                    return true;
                }
            }
        }
        return false;
    }
}
