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
 * near-linear in n + m. Three passes, with k = j - i a cell's diagonal and δ = m - n:
 *
 * <ol>
 *   <li><b>Upper bound.</b> An X-drop pass keeps only cells within {@code drop} of the previous
 *       row's minimum. Every value it computes is the cost of a real alignment, so its final
 *       value UB is at least the optimum OPT. Cheap (about n × 2·drop/3 cells) and, on
 *       transcripts, within a fraction of a percent of OPT.
 *   <li><b>Forward.</b> The DP restricted to cells with value + 3|δ - k| &le; UB. Any path from
 *       such a cell to (n, m) still crosses |δ - k| diagonals at 3 each, so every cell of every
 *       optimal path qualifies (its value plus the rest of the path is OPT &le; UB); by
 *       induction along the path those cells are computed exactly. Every other cell is dropped
 *       (+∞) or holds a value no lower than the true one. Every K-th row's window is saved in
 *       {@link CheckpointRows}.
 *   <li><b>Traceback by stripes.</b> From a target cell (ti, tj) with exact value tv, recompute
 *       rows i0+1..ti from the checkpoint row i0 below it, with directions, keeping only cells
 *       with j &le; tj and value + 3|kT - k| &le; tv (those that can lie on an optimal path to
 *       the target; the same argument as above). Follow the directions to row i0 and repeat
 *       with the cell reached there, whose exact value the checkpoint holds.
 * </ol>
 *
 * <p>Why the directions equal those of the full matrix: at each cell of the full matrix's
 * traceback, the chosen predecessor and any predecessor tying with it lie on an optimal path, so
 * they are kept and exact; a predecessor that does not tie is worse in the full matrix and can
 * only be worse here. Each comparison of sclite's rule therefore comes out the same.
 *
 * <p>Memory: two rows of m + 2 ints, the checkpoint windows (about n/K × the mean window, capped
 * by the budget) and one stripe of K rows of direction bytes over the traceback's narrow region.
 */
final class ScliteLongForm {
    /** Rows per stripe. The stripe's region is a few hundred cells wide on transcripts, so
     *  K = 256 keeps the traceback's recomputation small while the checkpoints for a
     *  200,000-word pair stay around 35 MB. */
    static final int DEFAULT_CHECKPOINT_INTERVAL = 256;
    /** Saved checkpoint cells (4 bytes each) before every second checkpoint is dropped: 64 MB. */
    static final int DEFAULT_CHECKPOINT_BUDGET = 1 << 24;
    /** X-drop of the upper-bound pass: about 128 columns either side of the row minimum. Wide
     *  enough to follow a transcript's alignment through long runs of errors, so UB stays close
     *  to OPT and the forward pass narrow. */
    static final int DEFAULT_UPPER_BOUND_DROP = 128 * INDEL;

    private final int checkpointInterval;
    private final int upperBoundDrop;
    private final CheckpointRows checkpoints;

    private int[] prev = new int[0];
    private int[] cur = new int[0];
    private byte[] stripeDirs = new byte[1 << 12];
    /** Per stripe row r (row i0 + r): first column with a code, its offset, last alive column. */
    private int[] stripeStart = new int[DEFAULT_CHECKPOINT_INTERVAL + 1];
    private int[] stripeOffset = new int[DEFAULT_CHECKPOINT_INTERVAL + 1];
    private int[] stripeEnd = new int[DEFAULT_CHECKPOINT_INTERVAL + 1];

    private int lastUpperBound;
    private int lastCost;

    ScliteLongForm() {
        this(DEFAULT_CHECKPOINT_INTERVAL, DEFAULT_CHECKPOINT_BUDGET, DEFAULT_UPPER_BOUND_DROP);
    }

    /**
     * @param checkpointInterval rows between saved rows (K), at least 1
     * @param checkpointBudget   saved cells before checkpoints are thinned
     * @param upperBoundDrop     X-drop of the first pass; at least 3 so that each row keeps the
     *                           deletion below the previous row's minimum
     */
    ScliteLongForm(int checkpointInterval, int checkpointBudget, int upperBoundDrop) {
        if (checkpointInterval < 1 || checkpointBudget < 1 || upperBoundDrop < INDEL) {
            throw new IllegalArgumentException("checkpoint interval " + checkpointInterval + ", budget "
                    + checkpointBudget + ", drop " + upperBoundDrop + ": need >= 1, >= 1, >= " + INDEL);
        }
        this.checkpointInterval = checkpointInterval;
        this.upperBoundDrop = upperBoundDrop;
        this.checkpoints = new CheckpointRows(checkpointBudget);
    }

    /**
     * Aligns {@code a[aOff, aOff + n)} with {@code b[bOff, bOff + m)} (n, m &ge; 1), exactly as
     * {@link ScliteFullMatrix#traceback} would: adds the steps from (n, m) back to the first cell
     * reached in row 0 or column 0, last step first, and returns that cell packed.
     */
    long traceback(int[] a, int aOff, int n, int[] b, int bOff, int m, StepsBuilder out) {
        assert n >= 1 && m >= 1;
        if (prev.length < m + 2) {
            prev = new int[m + 2];
            cur = new int[m + 2];
        }
        int bBase = bOff - 1;
        lastUpperBound = upperBound(a, aOff, n, b, bBase, m);
        lastCost = forward(a, aOff, n, b, bBase, m, lastUpperBound);
        assert lastCost <= lastUpperBound;

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

    /** The optimal weighted cost found by the last call (for tests). */
    int lastCost() {
        return lastCost;
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
        int hi = Math.min(m, upperBoundDrop / INDEL);
        for (int j = 0; j <= hi; j++) {
            prev[j] = INDEL * j;
        }
        prev[hi + 1] = INF;
        int rowMin = 0;
        for (int i = 1; i <= n; i++) {
            long w = ScliteRow.values(a[aOff + i - 1], b, bBase, prev, lo, hi, cur, m, rowMin + upperBoundDrop, 0, 0);
            assert w != DEAD : "the deletion below the row minimum always survives";
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
            if (prev[j] != INF) {
                best = Math.min(best, prev[j] + INDEL * (m - j));
            }
        }
        return best;
    }

    /** The cutoff DP (pass 2); saves checkpoints and returns the optimal cost. */
    private int forward(int[] a, int aOff, int n, int[] b, int bBase, int m, int threshold) {
        int delta = m - n;
        assert INDEL * Math.abs(delta) <= threshold : "no alignment costs less than 3|m - n|";
        int[] prev = this.prev;
        int[] cur = this.cur;
        int lo = 0;
        int hi = 0;
        // Row 0 holds 3j; keep the prefix of it that passes the cutoff (the test is convex in j).
        while (hi < m && INDEL * (hi + 1) + INDEL * Math.abs(delta - hi - 1) <= threshold) {
            hi++;
        }
        for (int j = 0; j <= hi; j++) {
            prev[j] = INDEL * j;
        }
        prev[hi + 1] = INF;
        checkpoints.reset(checkpointInterval);
        checkpoints.add(0, prev, lo, hi);
        for (int i = 1; i <= n; i++) {
            long w = ScliteRow.values(a[aOff + i - 1], b, bBase, prev, lo, hi, cur, m, threshold, delta + i, INDEL);
            if (w == DEAD) {
                throw new IllegalStateException("sclite cutoff pass lost every path at row " + i + " of " + n
                        + " (threshold " + threshold + "): the upper bound was not one");
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
        if (hi != m) {
            throw new IllegalStateException("sclite cutoff pass lost cell (n, m) (threshold " + threshold + ")");
        }
        return prev[m];
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
        int center = kT + i0;
        for (int j = from; j <= to; j++) {
            if (prev[j] > tv - INDEL * Math.abs(center - j)) {
                prev[j] = INF;
            }
        }
        long w = ScliteRow.window(prev, from, to);
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
            w = ScliteRow.directed(a[aOff + i - 1], b, bBase, prev, lo, hi, cur, tj, tv, kT + i, INDEL, stripeDirs, off);
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
