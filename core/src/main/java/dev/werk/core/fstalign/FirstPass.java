package dev.werk.core.fstalign;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * fstalign's Levenshtein first pass ({@code fast-d.cpp} {@code GetEditDistance}, and its use in
 * {@code fstalign.cpp}), which the adapted search sees as arc weights: when both sides have more
 * than 10 tokens, a plain edit distance is backtracked (diagonal first, then the shorter side's
 * gap), each pair of equal tokens on that path is fixed as matched, a fixed token between two unfixed
 * ones is released (reference: every such token; hypothesis: all but the last two), and nothing is
 * fixed at all when the hypothesis has a run of more than 100 unfixed tokens before a fixed one.
 * The backtrack is reproduced as written, quirks included: after a gap in the shorter side it reads
 * both rows from the row above.
 *
 * @param reference per reference token, fixed
 * @param hypothesis per hypothesis token, fixed
 */
record FirstPass(boolean[] reference, boolean[] hypothesis) {
    private static final int MIN_TOKENS = 10;
    private static final int MAX_ERROR_STREAK = 100;

    /** The fixed tokens for reference tokens {@code a} and hypothesis tokens {@code b}. */
    static FirstPass of(int[] a, int[] b) {
        if (a.length <= MIN_TOKENS || b.length <= MIN_TOKENS) {
            return new FirstPass(new boolean[0], new boolean[0]);
        }
        boolean[] mapA = new boolean[a.length];
        boolean[] mapB = new boolean[b.length];
        if (a.length > b.length) {
            backtrack(b, mapB, a, mapA);
        } else {
            backtrack(a, mapA, b, mapB);
        }
        for (int x = 1; x < mapA.length - 1; x++) {
            if (!mapA[x - 1] && !mapA[x + 1]) {
                mapA[x] = false;
            }
        }
        for (int x = 1; x < mapB.length - 2; x++) {
            if (!mapB[x - 1] && !mapB[x + 1]) {
                mapB[x] = false;
            }
        }
        if (errorStreak(mapB)) {
            return new FirstPass(new boolean[0], new boolean[0]);
        }
        return new FirstPass(mapA, mapB);
    }

    /** {@code GetEditDistance} with {@code a} the shorter side: marks the matches of its backtrack. */
    private static void backtrack(int[] a, boolean[] mapA, int[] b, boolean[] mapB) {
        int la = a.length;
        int lb = b.length;
        int[] distance = new int[la + 1];
        for (int i = 0; i <= la; i++) {
            distance[i] = i;
        }
        List<int[]> rows = new ArrayList<>(lb + 1);
        int[] prev = null;
        for (int j = 1; j <= lb; j++) {
            rows.add(distance.clone());
            prev = distance.clone();
            int diag = distance[0];
            distance[0]++;
            for (int i = 1; i <= la; i++) {
                int save = distance[i];
                distance[i] = a[i - 1] == b[j - 1] ? diag : min(distance[i - 1], distance[i], diag) + 1;
                diag = save;
            }
        }
        rows.add(distance.clone());
        int pos = la;
        int track = lb;
        while (pos > 0 && track >= 0) {
            int nw = prev[pos - 1];
            int n = prev[pos];
            int w = distance[pos - 1];
            int best = min(nw, n, w);
            if (best == nw) {
                if (a[pos - 1] == b[track - 1]) {
                    mapA[pos - 1] = true;
                    mapB[track - 1] = true;
                }
                pos--;
                track--;
            } else if (best == w) {
                pos--;
            } else {
                track--;
            }
            if (pos < 0 || track == 0) {
                break;
            }
            distance = Arrays.copyOf(prev, prev.length);
            prev = rows.get(track - 1).clone();
        }
    }

    /** fast-d's three-way minimum. */
    private static int min(int a, int b, int c) {
        if (a < b) {
            return a < c ? a : c;
        }
        return b < c ? b : c;
    }

    /** {@code MapContainsErrorStreaks}: more than 100 unfixed tokens followed by a fixed one. */
    private static boolean errorStreak(boolean[] map) {
        int bad = 0;
        for (boolean fixed : map) {
            if (!fixed) {
                bad++;
            } else if (bad > MAX_ERROR_STREAK) {
                return true;
            } else {
                bad = 0;
            }
        }
        return false;
    }
}
