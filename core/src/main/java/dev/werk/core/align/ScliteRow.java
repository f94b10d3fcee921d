package dev.werk.core.align;

/**
 * One row of sclite's weighted DP (correct 0, substitution 4, deletion 3, insertion 3) over a
 * window of columns; the building block of {@link ScliteLongForm}'s three passes.
 *
 * <p>A row is an {@code int[]} indexed by hypothesis position j (0..m). Only the previous row's
 * window {@code [plo, phi]} exists; every other cell counts as +infinity. The caller keeps
 * {@code prev[plo-1]} and {@code prev[phi+1]} at {@link #INF} (see {@link #window}), so the
 * loops read the window's neighbours without tests. Arrays therefore need m + 2 entries.
 *
 * <p>A row's window is cut to the cells from the first to the last whose value is at most
 * {@code min(cap, base - slope * |center - j|)} ("the limit"). This one shape serves every pass:
 * an X-drop bound around the row minimum (slope 0), and the admissible cutoff "value + a lower
 * bound on the rest of the path &le; threshold", where the rest costs at least 3 per diagonal
 * still to cross (slope 3) and at least what {@link ScliteRestBound} says (cap).
 * Cells inside the window keep their values even when above the limit: every value is still the
 * cost of a real path, so no cell ever holds less than its true value, and testing the limit only
 * at the window's two ends keeps it out of the inner loop.
 */
final class ScliteRow {
    /** sclite's weights, from {@link CostModel#SCLITE} (final, so the JIT folds them as constants). */
    static final int SUB = CostModel.SCLITE.substitutionCost();
    static final int INDEL = CostModel.SCLITE.gapCost();
    /** Outside the window. Far below overflow: INF + SUB and INF + INDEL still compare as huge. */
    static final int INF = Integer.MAX_VALUE / 2;
    /** Returned by the row methods when no cell of the row is within its limit. */
    static final long DEAD = -1L;

    private ScliteRow() {
    }

    /** Two ints in a long, e.g. a window (lo, hi) or a cell (i, j). */
    static long pack(int high, int low) {
        return ((long) high << 32) | (low & 0xFFFFFFFFL);
    }

    static int high(long packed) {
        return (int) (packed >>> 32);
    }

    static int low(long packed) {
        return (int) packed;
    }

    /**
     * Computes row {@code i}'s values (no directions) into {@code cur} for columns from
     * {@code plo} up to at most {@code jMax}, where {@code ai} is the row's reference word and
     * {@code b[bBase + j]} the hypothesis word of column j. Returns the window
     * {@code pack(lo, hi)} or {@link #DEAD}.
     */
    static long values(int ai, int[] b, int bBase, int[] prev, int plo, int phi, int[] cur, int jMax,
            int base, int center, int slope, int cap) {
        assert plo <= phi && phi <= jMax;
        int j = plo;
        int left = INF;
        if (j == 0) {
            left = prev[0] + INDEL; // column 0 is reached by deletions only
            cur[0] = left;
            j = 1;
        }
        int diag = prev[j - 1];
        int end = Math.min(jMax, phi + 1);
        for (; j <= end; j++) {
            int up = prev[j];
            // The diagonal and the deletion first: only the last min waits for the cell to the
            // left, which keeps the loop's dependency chain short (about 30 % faster).
            int fromAbove = Math.min(diag + (ai == b[bBase + j] ? 0 : SUB), up + INDEL);
            left = Math.min(fromAbove, left + INDEL);
            cur[j] = left;
            diag = up;
        }
        // Right of the previous window only insertions reach a cell: extend while within the limit.
        while (j <= jMax && left + INDEL <= limit(j, base, center, slope, cap)) {
            left += INDEL;
            cur[j++] = left;
        }
        return window(cur, plo, j - 1, base, center, slope, cap);
    }

    /**
     * As {@link #values}, and also records each cell's choice under sclite's rule
     * ({@link ScliteTieRule}) as a {@link StepsBuilder} code in {@code dirs[dOff + j - plo]}. The caller
     * provides room for {@code jMax - plo + 1} codes.
     */
    static long directed(int ai, int[] b, int bBase, int[] prev, int plo, int phi, int[] cur, int jMax,
            int base, int center, int slope, int cap, byte[] dirs, int dOff) {
        assert plo <= phi && phi <= jMax && dOff + jMax - plo < dirs.length;
        int j = plo;
        int left = INF;
        int d = dOff - plo;
        if (j == 0) {
            left = prev[0] + INDEL;
            cur[0] = left;
            dirs[d] = StepsBuilder.DEL;
            j = 1;
        }
        int diag = prev[j - 1];
        int end = Math.min(jMax, phi + 1);
        for (; j <= end; j++) {
            int up = prev[j];
            boolean equal = ai == b[bBase + j];
            int sub = diag + (equal ? 0 : SUB);
            int del = up + INDEL;
            int ins = left + INDEL;
            byte code;
            switch (ScliteTieRule.choose(sub, del, ins)) {
                case ScliteTieRule.DIAGONAL -> {
                    left = sub;
                    code = equal ? StepsBuilder.HIT : StepsBuilder.SUB;
                }
                case ScliteTieRule.DELETION -> {
                    left = del;
                    code = StepsBuilder.DEL;
                }
                default -> {
                    left = ins;
                    code = StepsBuilder.INS;
                }
            }
            cur[j] = left;
            dirs[d + j] = code;
            diag = up;
        }
        while (j <= jMax && left + INDEL <= limit(j, base, center, slope, cap)) {
            left += INDEL;
            cur[j] = left;
            dirs[d + j] = StepsBuilder.INS;
            j++;
        }
        return window(cur, plo, j - 1, base, center, slope, cap);
    }

    /**
     * Cuts {@code row[from, to]} to the first and last cells within the limit and writes INF just
     * outside them, so the next row may read one cell beyond the window on either side. Returns
     * {@code pack(lo, hi)} or {@link #DEAD}.
     */
    static long window(int[] row, int from, int to, int base, int center, int slope, int cap) {
        int lo = from;
        while (lo <= to && row[lo] > limit(lo, base, center, slope, cap)) {
            lo++;
        }
        if (lo > to) {
            return DEAD;
        }
        int hi = to;
        while (row[hi] > limit(hi, base, center, slope, cap)) {
            hi--;
        }
        if (lo > 0) {
            row[lo - 1] = INF;
        }
        row[hi + 1] = INF;
        return pack(lo, hi);
    }

    static int limit(int j, int base, int center, int slope, int cap) {
        return Math.min(cap, base - slope * Math.abs(center - j));
    }
}
