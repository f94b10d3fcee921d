package dev.werk.core.align;

/**
 * One row of sclite's weighted DP (correct 0, substitution 4, deletion 3, insertion 3) over a
 * window of columns; the building block of {@link ScliteLongForm}'s three passes.
 *
 * <p>A row is an {@code int[]} indexed by hypothesis position j (0..m). Only the previous row's
 * window {@code [plo, phi]} is alive; every other cell counts as +infinity ({@link #INF}). The
 * caller keeps {@code prev[plo-1]} and {@code prev[phi+1]} at INF (see {@link #window}), so the
 * loops read the window's neighbours without tests. Arrays therefore need m + 2 entries.
 *
 * <p>A new cell stays alive only if its value is at most {@code base - slope * |center - j|}.
 * This single shape serves every pass: an X-drop bound around the row minimum (slope 0), the
 * admissible cutoff "value + 3 * (diagonals still to cross) &le; threshold" (slope 3), and the
 * same cutoff toward a traceback target.
 */
final class ScliteRow {
    static final int SUB = 4;
    static final int INDEL = 3;
    /** Dead cell. Far below overflow: INF + SUB and INF + INDEL still compare as huge. */
    static final int INF = Integer.MAX_VALUE / 2;
    /** Returned by the row methods when no cell of the row survived. */
    static final long DEAD = -1L;

    private ScliteRow() {
    }

    static long pack(int hi, int lo) {
        return ((long) hi << 32) | (lo & 0xFFFFFFFFL);
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
     * {@code b[bBase + j]} the hypothesis word of column j. Returns the alive window
     * {@code pack(lo, hi)} or {@link #DEAD}.
     */
    static long values(int ai, int[] b, int bBase, int[] prev, int plo, int phi, int[] cur, int jMax,
            int base, int center, int slope) {
        assert plo <= phi && phi <= jMax;
        int j = plo;
        int left = INF;
        if (j == 0) {
            int v = prev[0] + INDEL; // column 0 is reached by deletions only
            left = v <= base - slope * Math.abs(center) ? v : INF;
            cur[0] = left;
            j = 1;
        }
        int diag = prev[j - 1];
        int end = Math.min(jMax, phi + 1);
        for (; j <= end; j++) {
            int up = prev[j];
            int v = Math.min(diag + (ai == b[bBase + j] ? 0 : SUB), Math.min(up, left) + INDEL);
            left = v <= base - slope * Math.abs(center - j) ? v : INF;
            cur[j] = left;
            diag = up;
        }
        // Right of the previous window only insertions reach a cell: extend while they live.
        while (j <= jMax && left != INF) {
            int v = left + INDEL;
            if (v > base - slope * Math.abs(center - j)) {
                break;
            }
            cur[j++] = left = v;
        }
        return window(cur, plo, j - 1);
    }

    /**
     * As {@link #values}, and also records each cell's choice under sclite's rule (diagonal if
     * it is no worse than both gaps, else deletion if strictly cheaper than insertion, else
     * insertion) as a {@link StepsBuilder} code in {@code dirs[dOff + j - plo]}. The caller
     * provides room for {@code jMax - plo + 1} codes.
     */
    static long directed(int ai, int[] b, int bBase, int[] prev, int plo, int phi, int[] cur, int jMax,
            int base, int center, int slope, byte[] dirs, int dOff) {
        assert plo <= phi && phi <= jMax && dOff + jMax - plo < dirs.length;
        int j = plo;
        int left = INF;
        int d = dOff - plo;
        if (j == 0) {
            int v = prev[0] + INDEL;
            left = v <= base - slope * Math.abs(center) ? v : INF;
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
            int v;
            byte code;
            if (sub <= del && sub <= ins) {
                v = sub;
                code = equal ? StepsBuilder.HIT : StepsBuilder.SUB;
            } else if (del < ins) {
                v = del;
                code = StepsBuilder.DEL;
            } else {
                v = ins;
                code = StepsBuilder.INS;
            }
            left = v <= base - slope * Math.abs(center - j) ? v : INF;
            cur[j] = left;
            dirs[d + j] = code;
            diag = up;
        }
        while (j <= jMax && left != INF) {
            int v = left + INDEL;
            if (v > base - slope * Math.abs(center - j)) {
                break;
            }
            cur[j] = left = v;
            dirs[d + j] = StepsBuilder.INS;
            j++;
        }
        return window(cur, plo, j - 1);
    }

    /**
     * Trims {@code row[from, to]} to its alive cells and writes INF just outside them, so the
     * next row may read one cell beyond the window on either side. Returns
     * {@code pack(lo, hi)} or {@link #DEAD}.
     */
    static long window(int[] row, int from, int to) {
        int lo = from;
        while (lo <= to && row[lo] == INF) {
            lo++;
        }
        if (lo > to) {
            return DEAD;
        }
        int hi = to;
        while (row[hi] == INF) {
            hi--;
        }
        if (lo > 0) {
            row[lo - 1] = INF;
        }
        row[hi + 1] = INF;
        return pack(lo, hi);
    }
}
