package dev.werk.core.align;

import java.util.Arrays;

/**
 * Unit-cost aligner with RapidFuzz's tie rule (see {@link CostModel#LEVENSHTEIN}). The common
 * prefix and suffix are matched as hits; the rest goes to a bit-parallel kernel that keeps only
 * vertical deltas (2 bits per cell) and walks back through them:
 * <ul>
 *   <li>a reference of at most 64 words: {@link SingleBlockAligner}, one machine word per column;
 *   <li>longer ones, or very long hypotheses: {@link BandedAligner}, 64-row blocks restricted to an
 *       Ukkonen band, with checkpoints so memory stays near-linear.
 * </ul>
 * Both are exact: their steps equal the full-matrix DP's, not only its counts.
 */
final class LevenshteinAligner implements Aligner {
    /**
     * Ids up to this are used directly as table indices (the tables grow lazily to the largest id
     * seen). It covers every Unicode code point; larger ids are first renumbered per pair.
     */
    static final int MAX_DENSE_ID = 1 << 21;
    /**
     * Above this many hypothesis words a short reference also takes the checkpointed path, so the
     * one-block kernel's 16 bytes per column stay bounded (16 MB here).
     */
    static final int MAX_SINGLE_BLOCK_COLUMNS = 1 << 20;

    private final StepsBuilder steps = new StepsBuilder();
    private final SingleBlockAligner single = new SingleBlockAligner();
    private final BandedAligner banded;
    private final boolean useSingleBlock;

    LevenshteinAligner() {
        this(BandedAligner.AUTO_INTERVAL, BandedAligner.DEFAULT_INITIAL_BAND, BandedAligner.DEFAULT_STORE_BUDGET,
                BlockMasks.DENSE_BUDGET, true, true);
    }

    /**
     * For tests: {@code checkpointInterval} columns per stripe (0 = automatic), the first band
     * threshold, and whether short references may use the one-block kernel (false sends every
     * pair through the banded path) and whether the banded path may start from {@link AnchorBound}
     * (false: its threshold schedule always runs); no pass saves every column, so stripes are always
     * recomputed, and the match masks are sparse.
     */
    LevenshteinAligner(int checkpointInterval, int initialBand, boolean useSingleBlock, boolean anchored) {
        this(checkpointInterval, initialBand, 0, 0, useSingleBlock, anchored);
    }

    /** For tests: as above, with the banded path's store and dense-mask budgets in words (see {@link BandedAligner}). */
    LevenshteinAligner(int checkpointInterval, int initialBand, long storeBudget, long denseBudget, boolean useSingleBlock,
            boolean anchored) {
        this.banded = new BandedAligner(checkpointInterval, initialBand, storeBudget, denseBudget, anchored);
        this.useSingleBlock = useSingleBlock;
    }

    @Override
    public CostModel costModel() {
        return CostModel.LEVENSHTEIN;
    }

    @Override
    public Alignment align(int[] ref, int[] hyp) {
        int n = ref.length;
        int m = hyp.length;
        int prefix = 0;
        while (prefix < n && prefix < m && ref[prefix] == hyp[prefix]) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < n - prefix && suffix < m - prefix && ref[n - 1 - suffix] == hyp[m - 1 - suffix]) {
            suffix++;
        }
        int rn = n - prefix - suffix;
        int rm = m - prefix - suffix;
        steps.add(StepsBuilder.HIT, suffix);
        if (rn == 0 || rm == 0) {
            steps.add(StepsBuilder.DEL, rn);
            steps.add(StepsBuilder.INS, rm);
        } else {
            alignMiddle(ref, prefix, rn, hyp, prefix, rm);
        }
        steps.add(StepsBuilder.HIT, prefix);
        return steps.build();
    }

    /** Aligns the non-empty middle parts, which start with a mismatch and end with one. */
    private void alignMiddle(int[] a, int aOff, int n, int[] b, int bOff, int m) {
        int maxId = maxId(a, aOff, n);
        if (maxId > MAX_DENSE_ID) {
            int[][] renumbered = renumber(a, aOff, n, b, bOff, m);
            a = renumbered[0];
            b = renumbered[1];
            aOff = 0;
            bOff = 0;
            maxId = n;
        }
        if (useSingleBlock && n <= SingleBlockAligner.MAX_ROWS && m <= MAX_SINGLE_BLOCK_COLUMNS) {
            single.align(a, aOff, n, b, bOff, m, maxId, steps);
        } else {
            banded.align(a, aOff, n, b, bOff, m, maxId, steps);
        }
    }

    /** The banded path, whose counters tell tests what its last call did. */
    BandedAligner banded() {
        return banded;
    }

    private static int maxId(int[] a, int off, int n) {
        int max = 0;
        for (int i = off; i < off + n; i++) {
            int w = a[i];
            if (w < 0) {
                throw new IllegalArgumentException("word ids must be >= 0, found " + w + " at reference position " + i);
            }
            max = Math.max(max, w);
        }
        return max;
    }

    /**
     * Copies of both parts with the reference's ids renumbered 0..u−1 in sorted order; hypothesis
     * ids absent from the reference become u. Only for ids too large to index a table.
     */
    private static int[][] renumber(int[] a, int aOff, int n, int[] b, int bOff, int m) {
        int[] sorted = Arrays.copyOfRange(a, aOff, aOff + n);
        Arrays.sort(sorted);
        int u = 0;
        for (int k = 0; k < n; k++) {
            if (k == 0 || sorted[k] != sorted[k - 1]) {
                sorted[u++] = sorted[k];
            }
        }
        int[] ra = new int[n];
        for (int i = 0; i < n; i++) {
            ra[i] = Arrays.binarySearch(sorted, 0, u, a[aOff + i]);
        }
        int[] rb = new int[m];
        for (int j = 0; j < m; j++) {
            int k = Arrays.binarySearch(sorted, 0, u, b[bOff + j]);
            rb[j] = k >= 0 ? k : u;
        }
        return new int[][] {ra, rb};
    }
}
