package dev.werk.core.align;

import java.util.Arrays;

/**
 * Unit-cost alignment of a reference of at most 64 words (one machine word per DP column) with a
 * hypothesis of any moderate length, by Myers' bit-parallel algorithm in Hyyrö's formulation.
 *
 * <p>The reference is the pattern: bit {@code i-1} of a column's words is row {@code i}. For each
 * hypothesis column the kernel keeps Pv (vertical delta +1) and Mv (−1), which is all RapidFuzz's
 * tie rule reads during the traceback, so no DP values are ever stored.
 *
 * <p>Match masks come from a table indexed by word id with epoch stamps: a call touches only the
 * ids of its own reference and never clears the table. Scratch arrays are reused across calls.
 */
final class SingleBlockAligner {
    static final int MAX_ROWS = 64;

    private long[] peq = new long[0];
    private int[] stamp = new int[0];
    private int epoch;
    /** Column j's Pv and Mv, j = 0..m; column 0 is the first DP column (D[i][0] = i). */
    private long[] pvCol = new long[64];
    private long[] mvCol = new long[64];

    /**
     * Aligns {@code a[aOff, aOff+n)} with {@code b[bOff, bOff+m)} and adds the steps to
     * {@code steps} from the last to the first. {@code maxId} bounds the reference's ids, which
     * must be non-negative; hypothesis ids outside the table simply match nothing.
     */
    void align(int[] a, int aOff, int n, int[] b, int bOff, int m, int maxId, StepsBuilder steps) {
        assert n > 0 && n <= MAX_ROWS && m > 0;
        prepareMasks(a, aOff, n, maxId);
        if (pvCol.length < m + 1) {
            int size = Math.max(m + 1, pvCol.length * 2);
            pvCol = new long[size];
            mvCol = new long[size];
        }
        final long[] peq = this.peq;
        final int[] stamp = this.stamp;
        final int ep = epoch;
        final long[] pvCol = this.pvCol;
        final long[] mvCol = this.mvCol;
        long pv = -1L;
        long mv = 0L;
        pvCol[0] = pv;
        mvCol[0] = mv;
        for (int j = 1; j <= m; j++) {
            int w = b[bOff + j - 1];
            long eq = w >= 0 && w < stamp.length && stamp[w] == ep ? peq[w] : 0L;
            long d0 = (((eq & pv) + pv) ^ pv) | eq | mv;
            long hp = mv | ~(d0 | pv);
            long hn = d0 & pv;
            // The top row rises by one per column (D[0][j] = j): carry +1 into bit 0.
            hp = (hp << 1) | 1L;
            hn <<= 1;
            pv = hn | ~(d0 | hp);
            mv = hp & d0;
            pvCol[j] = pv;
            mvCol[j] = mv;
        }
        traceback(a, aOff, n, b, bOff, m, steps);
    }

    private void prepareMasks(int[] a, int aOff, int n, int maxId) {
        if (stamp.length <= maxId) {
            int size = Math.max(maxId + 1, Math.min(stamp.length * 2, LevenshteinAligner.MAX_DENSE_ID + 1));
            peq = Arrays.copyOf(peq, size);
            stamp = Arrays.copyOf(stamp, size);
        }
        if (++epoch == 0) {
            // Wrapped after 2^32 calls: old stamps could collide with new epochs.
            Arrays.fill(stamp, 0);
            epoch = 1;
        }
        for (int i = 0; i < n; i++) {
            int w = a[aOff + i];
            if (stamp[w] != epoch) {
                stamp[w] = epoch;
                peq[w] = 0L;
            }
            peq[w] |= 1L << i;
        }
    }

    /**
     * RapidFuzz's rule, walking back from (n, m): deletion if D[i][j] − D[i−1][j] = +1 (bit of
     * Pv in column j), else insertion if D[i][j−1] − D[i−1][j−1] = −1 (bit of Mv in column j−1;
     * column 0 has none, which covers the rule's j > 1 guard), else the diagonal.
     */
    private void traceback(int[] a, int aOff, int n, int[] b, int bOff, int m, StepsBuilder steps) {
        int i = n;
        int j = m;
        while (i > 0 && j > 0) {
            long bit = 1L << (i - 1);
            if ((pvCol[j] & bit) != 0) {
                steps.add(StepsBuilder.DEL);
                i--;
            } else if ((mvCol[j - 1] & bit) != 0) {
                steps.add(StepsBuilder.INS);
                j--;
            } else {
                steps.add(a[aOff + i - 1] == b[bOff + j - 1] ? StepsBuilder.HIT : StepsBuilder.SUB);
                i--;
                j--;
            }
        }
        steps.add(StepsBuilder.DEL, i);
        steps.add(StepsBuilder.INS, j);
    }
}
