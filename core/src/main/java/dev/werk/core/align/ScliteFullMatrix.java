package dev.werk.core.align;

/**
 * sclite's DP for short pairs: every cell, one rolling cost row and one byte of direction per
 * cell, both reused across calls, so an utterance allocates nothing here.
 *
 * <p>Sized for utterances (tens of words). {@link ScliteAligner} sends pairs above its cell limit
 * to {@link ScliteLongForm}, which bounds memory independently of n·m.
 */
final class ScliteFullMatrix {
    private int[] row = new int[64];
    private byte[] dirs = new byte[4096];

    /**
     * Aligns {@code a[aOff, aOff + n)} with {@code b[bOff, bOff + m)} (n, m &ge; 1). Adds the
     * steps from cell (n, m) back to the first cell reached in row 0 or column 0, last step
     * first, and returns that cell as {@code ScliteRow.pack(i, j)}.
     */
    long traceback(int[] a, int aOff, int n, int[] b, int bOff, int m, StepsBuilder out) {
        assert n >= 1 && m >= 1;
        int cells = Math.multiplyExact(n, m);
        if (row.length < m + 1) {
            row = new int[Math.max(m + 1, row.length * 2)];
        }
        if (dirs.length < cells) {
            dirs = new byte[Math.max(cells, dirs.length * 2)];
        }
        int[] row = this.row;
        byte[] dirs = this.dirs;
        for (int j = 0; j <= m; j++) {
            row[j] = ScliteRow.INDEL * j;
        }
        int bBase = bOff - 1;
        int p = 0;
        for (int i = 1; i <= n; i++) {
            int ai = a[aOff + i - 1];
            int diag = row[0];
            int left = ScliteRow.INDEL * i;
            row[0] = left;
            for (int j = 1; j <= m; j++) {
                int up = row[j];
                boolean equal = ai == b[bBase + j];
                int sub = diag + (equal ? 0 : ScliteRow.SUB);
                int del = up + ScliteRow.INDEL;
                int ins = left + ScliteRow.INDEL;
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
                row[j] = left;
                dirs[p++] = code;
                diag = up;
            }
        }
        int i = n;
        int j = m;
        while (i > 0 && j > 0) {
            byte code = dirs[(i - 1) * m + (j - 1)];
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
        return ScliteRow.pack(i, j);
    }
}
