package dev.werk.core.align;

import static dev.werk.core.align.ScliteRow.DEAD;
import static dev.werk.core.align.ScliteRow.INDEL;
import static dev.werk.core.align.ScliteRow.INF;
import static dev.werk.core.align.ScliteRow.high;
import static dev.werk.core.align.ScliteRow.low;

import java.util.Arrays;

/**
 * sclite's DP for long pairs (one transcript of thousands to hundreds of thousands of words),
 * exact, in time proportional to n times the width of the cells that can matter and in memory
 * near-linear in n + m. With k = j - i a cell's diagonal and δ = m - n:
 *
 * <ol>
 *   <li><b>Upper bound.</b> An X-drop pass keeps only cells within {@code drop} of the previous
 *       row's minimum. Every value it computes is the cost of a real alignment, so its final
 *       value UB is at least the optimum OPT; on transcripts it is usually OPT itself.
 *   <li><b>Lower bounds on the rest.</b> {@link ScliteRestBound}: what the rows below row i must
 *       still cost on any path inside the band of diagonals with 3(|k| + |δ - k|) &le; UB, which
 *       holds every optimal path (each diagonal crossed costs 3).
 *   <li><b>Forward.</b> The DP restricted to cells whose value plus a lower bound on the rest of
 *       the path (the larger of 3|δ - k| and the rest bound) is at most a threshold T. If
 *       T &ge; OPT, every cell of every optimal path qualifies (its value plus the true rest is
 *       OPT), and by induction along the path those cells are computed exactly; every other cell
 *       is left out (+∞) or holds a value no lower than the true one. T = UB always works; see
 *       {@link #traceback} for a cheaper first try. Every K-th row's window is saved in
 *       {@link CheckpointRows}.
 *   <li><b>Traceback by stripes.</b> From a target cell (ti, tj) with exact value tv, recompute
 *       rows i0+1..ti from the checkpoint row i0 below it, with directions, keeping only cells
 *       with j &le; tj that can lie on an optimal path to the target by the same test (3 per
 *       diagonal between the cell and the target, the rest bound between their rows). Follow
 *       the directions to row i0 and repeat with the cell reached there, whose exact value the
 *       checkpoint holds.
 * </ol>
 *
 * <p>Why the directions equal those of the full matrix: at each cell of the full matrix's
 * traceback, the chosen predecessor and any predecessor tying with it lie on an optimal path, so
 * they are kept and exact; a predecessor that does not tie is worse in the full matrix and can
 * only be worse here. Each comparison of sclite's rule therefore comes out the same.
 *
 * <p>Memory: two rows of m + 2 ints, the checkpoint windows (n/K × the mean window, capped by
 * the budget) and one stripe of K rows of direction bytes over the traceback's narrow region.
 */
final class ScliteLongForm {
    /**
     * The knobs of the long form; {@link #DEFAULT} for production, others in tests to drive small
     * inputs through every branch.
     *
     * @param checkpointInterval rows between saved rows (K), at least 1. The stripe's region is a
     *                           few hundred cells wide on transcripts, so K = 256 keeps the
     *                           traceback's recomputation small while the checkpoints of a
     *                           200,000-word pair stay in the tens of MB.
     * @param checkpointBudget   saved cells (4 bytes each) before every second checkpoint is dropped
     * @param upperBoundDrop     X-drop of the upper-bound pass, at least 3 so that each row keeps
     *                           the deletion below the previous row's minimum
     * @param firstSlackPercent  the first forward pass uses threshold min(UB, LB + LB × this / 100);
     *                           see {@link ScliteLongForm#traceback}
     */
    record Tuning(int checkpointInterval, int checkpointBudget, int upperBoundDrop, int firstSlackPercent) {
        /**
         * K = 256; 64 MB of checkpoints; about 64 columns either side of the row minimum, with
         * which UB = OPT on 301 of the 308 Earnings-21 calls (a wider drop costs more than it
         * saves); and 50 %, because OPT / LB lies between 1.11 and 1.39 on Earnings-21, so where
         * UB is loose the first threshold usually holds already.
         */
        static final Tuning DEFAULT = new Tuning(256, 1 << 24, 64 * INDEL, 50);

        Tuning {
            if (checkpointInterval < 1 || checkpointBudget < 1 || upperBoundDrop < INDEL || firstSlackPercent < 0) {
                throw new IllegalArgumentException("checkpoint interval " + checkpointInterval + ", budget "
                        + checkpointBudget + ", drop " + upperBoundDrop + ", slack " + firstSlackPercent
                        + ": need >= 1, >= 1, >= " + INDEL + ", >= 0");
            }
        }
    }

    private final Tuning tuning;
    private final CheckpointRows checkpoints;
    private final ScliteRestBound rest = new ScliteRestBound();

    private int[] prev = new int[0];
    private int[] cur = new int[0];
    private byte[] stripeDirs = new byte[1 << 12];
    /** Per stripe row r (row i0 + r): first column with a code, its offset, last window column. */
    private int[] stripeStart = new int[1];
    private int[] stripeOffset = new int[1];
    private int[] stripeEnd = new int[1];

    private int lastUpperBound;
    private int lastLowerBound;
    private int lastCost;
    private int lastForwardPasses;

    ScliteLongForm(Tuning tuning) {
        this.tuning = tuning;
        this.checkpoints = new CheckpointRows(tuning.checkpointBudget());
    }

    /**
     * Aligns {@code a[aOff, aOff + n)} with {@code b[bOff, bOff + m)} (n, m &ge; 1), exactly as
     * {@link ScliteFullMatrix#traceback} would: adds the steps from (n, m) back to the first cell
     * reached in row 0 or column 0, last step first, and returns that cell packed.
     *
     * <p>The forward pass is exact for any threshold T &ge; OPT, and its width grows with
     * T - OPT. UB is usually OPT itself, but where the X-drop pass lost the path it can be far
     * above it. So the first threshold is min(UB, 1.5 LB); if a pass with T fails (no cell
     * within T reaches (n, m), which proves T &lt; OPT) the slack above LB doubles, up to UB,
     * which cannot fail.
     */
    long traceback(int[] a, int aOff, int n, int[] b, int bOff, int m, StepsBuilder out) {
        assert n >= 1 && m >= 1;
        if (prev.length < m + 2) {
            prev = new int[m + 2];
            cur = new int[m + 2];
        }
        int bBase = bOff - 1;
        int ub = upperBound(a, aOff, n, b, bBase, m);
        int delta = m - n;
        int halfExtra = (ub / INDEL - Math.abs(delta)) / 2;
        assert halfExtra >= 0 : "every alignment costs at least 3|m - n|";
        rest.compute(a, aOff, n, b, bOff, m, Math.min(0, delta) - halfExtra, Math.max(0, delta) + halfExtra);
        int lb = rest.between(0, n);
        lastUpperBound = ub;
        lastLowerBound = lb;
        assert lb <= ub : lb + " <= " + ub;
        int threshold = (int) Math.min(ub, lb + (long) lb * tuning.firstSlackPercent() / 100);
        lastForwardPasses = 1;
        while ((lastCost = forward(a, aOff, n, b, bBase, m, threshold)) < 0) {
            if (threshold >= ub) {
                throw new IllegalStateException("sclite cutoff pass failed at its upper bound " + ub);
            }
            threshold = (int) Math.min(ub, 2L * threshold - lb + INDEL);
            lastForwardPasses++;
        }
        assert lb <= lastCost && lastCost <= threshold : lb + " <= " + lastCost + " <= " + threshold;

        int ti = n;
        int tj = m;
        int tv = lastCost;
        while (ti > 0 && tj > 0) {
            int i0 = checkpoints.rowAtOrBefore(ti - 1);
            recomputeStripe(a, aOff, b, bBase, i0, ti, tj, tv);
            int i = ti;
            int j = tj;
            while (i > i0 && j > 0) {
                int r = i - i0;
                assert j >= stripeStart[r] && j <= stripeEnd[r] : "traceback left the stripe's region";
                byte code = stripeDirs[stripeOffset[r] + j - stripeStart[r]];
                out.add(code);
                if (code <= StepsBuilder.SUB) {
                    i--;
                    j--;
                } else if (code == StepsBuilder.DEL) {
                    i--;
                } else {
                    j--;
                }
            }
            ti = i;
            tj = j;
            if (ti > 0 && tj > 0) {
                tv = checkpoints.value(ti, tj);
                assert tv < INF : "a cell of the traceback was dropped by the forward pass";
            }
        }
        return ScliteRow.pack(ti, tj);
    }

    /** The upper bound used by the last call (for tests). */
    int lastUpperBound() {
        return lastUpperBound;
    }

    /** The lower bound on the whole cost from the chunk bounds of the last call (for tests). */
    int lastLowerBound() {
        return lastLowerBound;
    }

    /** The optimal weighted cost found by the last call (for tests). */
    int lastCost() {
        return lastCost;
    }

    /** Forward passes the last call needed (1 unless its first threshold was below OPT). */
    int lastForwardPasses() {
        return lastForwardPasses;
    }

    /** The checkpoint interval K in effect at the end of the last call (after any thinning). */
    int lastCheckpointInterval() {
        return checkpoints.interval();
    }

    /** X-drop pass; returns the cost of an alignment that exists, hence at least the optimum. */
    private int upperBound(int[] a, int aOff, int n, int[] b, int bBase, int m) {
        int[] prev = this.prev;
        int[] cur = this.cur;
        int lo = 0;
        int upperBoundDrop = tuning.upperBoundDrop();
        int hi = Math.min(m, upperBoundDrop / INDEL);
        for (int j = 0; j <= hi; j++) {
            prev[j] = INDEL * j;
        }
        prev[hi + 1] = INF;
        int rowMin = 0;
        for (int i = 1; i <= n; i++) {
            int limit = rowMin + upperBoundDrop;
            long w = ScliteRow.values(a[aOff + i - 1], b, bBase, prev, lo, hi, cur, m, limit, 0, 0, limit);
            assert w != DEAD : "the deletion below the row minimum is always within the drop";
            lo = high(w);
            hi = low(w);
            rowMin = INF;
            for (int j = lo; j <= hi; j++) {
                rowMin = Math.min(rowMin, cur[j]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        // The pass may stop short of column m: finish those alignments with insertions.
        int best = INF;
        for (int j = lo; j <= hi; j++) {
            best = Math.min(best, prev[j] + INDEL * (m - j));
        }
        return best;
    }

    /**
     * The cutoff DP (pass 3); saves checkpoints and returns the optimal cost, or -1 if no path
     * within the threshold reaches (n, m), which proves the threshold is below the optimum.
     */
    private int forward(int[] a, int aOff, int n, int[] b, int bBase, int m, int threshold) {
        int delta = m - n;
        int[] prev = this.prev;
        int[] cur = this.cur;
        // Row 0 holds 3j; keep its cells within the limit (a prefix: the test is convex in j).
        int cap = threshold - rest.between(0, n);
        int lo = 0;
        int hi = -1;
        while (hi < m && INDEL * (hi + 1) <= ScliteRow.limit(hi + 1, threshold, delta, INDEL, cap)) {
            hi++;
        }
        if (hi < 0) {
            return -1;
        }
        for (int j = 0; j <= hi; j++) {
            prev[j] = INDEL * j;
        }
        prev[hi + 1] = INF;
        checkpoints.reset(tuning.checkpointInterval());
        checkpoints.add(0, prev, lo, hi);
        for (int i = 1; i <= n; i++) {
            cap = threshold - rest.between(i, n);
            long w = ScliteRow.values(a[aOff + i - 1], b, bBase, prev, lo, hi, cur, m, threshold, delta + i, INDEL, cap);
            if (w == DEAD) {
                return -1;
            }
            lo = high(w);
            hi = low(w);
            if (checkpoints.wants(i)) {
                checkpoints.add(i, cur, lo, hi);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return hi == m ? prev[m] : -1;
    }

    /** Recomputes rows i0+1..ti with directions, limited to cells that can reach (ti, tj) at cost tv. */
    private void recomputeStripe(int[] a, int aOff, int[] b, int bBase, int i0, int ti, int tj, int tv) {
        int kT = tj - ti;
        int[] prev = this.prev;
        int[] cur = this.cur;
        int from = checkpoints.lo(i0);
        int to = Math.min(checkpoints.hi(i0), tj);
        assert from <= to : "checkpoint row " + i0 + " has no cell left of the target";
        checkpoints.copyTo(i0, prev);
        long w = ScliteRow.window(prev, from, to, tv, kT + i0, INDEL, tv - rest.between(i0, ti));
        assert w != DEAD : "no cell of checkpoint row " + i0 + " reaches the target";
        int lo = high(w);
        int hi = low(w);
        int rows = ti - i0;
        if (stripeStart.length <= rows) {
            stripeStart = new int[rows + 1];
            stripeOffset = new int[rows + 1];
            stripeEnd = new int[rows + 1];
        }
        int off = 0;
        for (int r = 1; r <= rows; r++) {
            int i = i0 + r;
            int need = off + tj - lo + 1;
            if (stripeDirs.length < need) {
                stripeDirs = Arrays.copyOf(stripeDirs, Math.max(need, stripeDirs.length * 2));
            }
            int cap = tv - rest.between(i, ti);
            w = ScliteRow.directed(a[aOff + i - 1], b, bBase, prev, lo, hi, cur, tj, tv, kT + i, INDEL, cap,
                    stripeDirs, off);
            assert w != DEAD : "stripe row " + i + " lost the optimal paths";
            stripeStart[r] = lo;
            stripeOffset[r] = off;
            off += low(w) - lo + 1;
            lo = high(w);
            hi = low(w);
            stripeEnd[r] = hi;
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        assert hi == tj && prev[tj] == tv : "recomputed target " + prev[tj] + " != " + tv;
    }
}
