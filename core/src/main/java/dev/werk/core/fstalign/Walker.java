package dev.werk.core.fstalign;

import dev.werk.core.align.Alignment;
import dev.werk.core.align.EditOp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * fstalign's walker ({@code Walker::walkComposed}, {@code PathHeap}), the search both of its
 * composition approaches end in: partial paths are expanded layer by layer (a layer: paths of as
 * many arcs) in order of (arcs, errors, cost, state); a path enters a state only at no greater cost
 * than the state was last entered at ({@code logbook}); every 50 layers the next one is pruned to its
 * first 20 plus those within 20 errors of the 20th; the search stops after 100 complete paths, and
 * the answer is the first of them once sorted by E/N as fstalign's details count it, with
 * {@code std::sort} (of equal E/N, the first completed when there are at most 16, otherwise the one
 * libstdc++'s introsort puts first: {@link LibstdcxxSort}). An arc counts as an error in the walker
 * when it costs anything.
 */
final class Walker {
    /** Labels: word ids (≥ 0), {@link #EPS}, or label ids {@code -2 - k} (entity and synonym labels). */
    static final int EPS = -1;
    private static final int NUM_BESTS = 100;
    private static final int LOOPS_BEFORE_PRUNING = 50;
    private static final int PRUNING_TARGET = 20;

    private Walker() {
    }

    /** A composed graph as the walker sees it. */
    interface Graph {
        /** The arcs leaving composed state {@code s}, in the order the walker takes them. */
        List<CArc> arcs(int s);

        boolean isFinal(int s);
    }

    /**
     * A composed arc: reference word or label ({@code in}, or {@link #EPS}), hypothesis word
     * ({@code out}, or {@link #EPS}), cost, target state, and the edit it is (null: a label or an
     * epsilon on both sides).
     */
    record CArc(int in, int out, float cost, int next, EditOp op) {
    }

    record Step(int state, int numWords, int numErrors, int numInsert, float cost, CArc arc, Step back) {
    }

    private static final Comparator<Step> ORDER = Comparator.comparingInt(Step::numWords)
            .thenComparingInt(Step::numErrors).thenComparingDouble(Step::cost).thenComparingInt(Step::state);

    /** The complete path fstalign's walker answers from {@code start}. */
    static Step walk(Graph g, int start) {
        TreeSet<Step> heapA = new TreeSet<>(ORDER);
        TreeSet<Step> heapB = new TreeSet<>(ORDER);
        Map<Integer, Float> logbook = new HashMap<>();
        List<Step> top = new ArrayList<>();
        heapA.add(new Step(start, 0, 0, 0, 0f, null, null));
        int loopsSincePruning = 0;
        while (!heapA.isEmpty() && top.size() < NUM_BESTS) {
            Step cur = heapA.pollFirst();
            for (CArc arc : g.arcs(cur.state())) {
                if (arc.next() == cur.state()) {
                    continue;
                }
                Float old = logbook.get(arc.next());
                float cost = cur.cost() + arc.cost();
                if (old != null && !(old >= cost)) {
                    continue;
                }
                boolean error = arc.cost() > 0;
                Step next = new Step(arc.next(), cur.numWords() + 1, cur.numErrors() + (error ? 1 : 0),
                        cur.numInsert() + (error && arc.in() == EPS ? 1 : 0), cost, arc, cur);
                logbook.put(arc.next(), cost);
                heapB.add(next);
            }
            if (g.isFinal(cur.state())) {
                top.add(cur);
            }
            if (!heapA.isEmpty()) {
                continue;
            }
            if (!heapB.isEmpty() && loopsSincePruning >= LOOPS_BEFORE_PRUNING) {
                prune(heapB);
                loopsSincePruning = 0;
            }
            loopsSincePruning++;
            TreeSet<Step> t = heapA;
            heapA = heapB;
            heapB = t;
        }
        if (top.isEmpty()) {
            throw new IllegalStateException("fstalign's walker found no complete path");
        }
        float[] wers = new float[top.size()];
        for (int k = 0; k < wers.length; k++) {
            wers[k] = wer(top.get(k));
        }
        return top.get(LibstdcxxSort.first(wers));
    }

    /** PathHeap::prune: keeps the first 20, and after them those within 20 errors of the 20th. */
    private static void prune(TreeSet<Step> heap) {
        List<Step> all = new ArrayList<>(heap);
        int keep = Math.min(PRUNING_TARGET, all.size());
        int limit = all.get(keep - 1).numErrors() + 20;
        for (int k = keep; k < all.size(); k++) {
            if (all.get(k).numErrors() > limit) {
                heap.remove(all.get(k));
            }
        }
    }

    /**
     * {@code wer_alignment::WER()} of a complete path as fstalign's details count it (labels, epsilons
     * and equal-word "substitutions" are no errors), in single precision as fstalign computes it.
     */
    private static float wer(Step s) {
        int errors = 0;
        int words = 0;
        int hypWords = 0;
        for (Step p = s; p.arc() != null; p = p.back()) {
            EditOp op = op(p.arc());
            if (op == null) {
                continue;
            }
            errors += op == EditOp.HIT ? 0 : 1;
            words += op == EditOp.INSERTION ? 0 : 1;
            hypWords += op == EditOp.DELETION ? 0 : 1;
        }
        if (words > 0) {
            return (float) errors / (float) words;
        }
        return hypWords > 0 ? Float.POSITIVE_INFINITY : 0f;
    }

    /** The edit {@code GetDetailsFromTopCandidates} counts for {@code a}, or null for none. */
    private static EditOp op(CArc a) {
        if (a.op() == null || a.in() < EPS || (a.in() == EPS && a.out() == EPS)) {
            return null;
        }
        if (a.out() == EPS) {
            // a "substitution" by the hypothesis's closing epsilon: fstalign's details count a deletion
            return EditOp.DELETION;
        }
        if (a.op() == EditOp.SUBSTITUTION && a.in() == a.out()) {
            return EditOp.HIT;
        }
        return a.op();
    }

    /** The alignment of a complete path, its reference words mapped back to {@code groups}. */
    static ChunkedAlignment.Path path(Step best, List<Group> groups) {
        List<CArc> arcs = new ArrayList<>();
        for (Step p = best; p.arc() != null; p = p.back()) {
            arcs.add(p.arc());
        }
        Collections.reverse(arcs);
        List<Integer> ref = new ArrayList<>();
        List<Integer> hy = new ArrayList<>();
        List<EditOp> ops = new ArrayList<>();
        for (CArc a : arcs) {
            EditOp op = op(a);
            if (op == null) {
                continue;
            }
            ops.add(op);
            if (op != EditOp.INSERTION) {
                ref.add(a.in());
            }
            if (op != EditOp.DELETION) {
                hy.add(a.out());
            }
        }
        int[] words = ref.stream().mapToInt(Integer::intValue).toArray();
        int[] owner = PathParser.owners(groups, 0, groups.size(), words);
        return new ChunkedAlignment.Path(words, hy.stream().mapToInt(Integer::intValue).toArray(),
                Alignment.of(ops.toArray(new EditOp[0])), Arrays.copyOf(owner, owner.length));
    }
}
