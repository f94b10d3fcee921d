package dev.werk.core.align;

/**
 * The test oracle: a plain O(n·m) dynamic program per cost model, written for obviousness, not
 * speed. It fills the whole matrix and walks back with each model's documented tie rule, so the
 * fast aligners must agree with it step for step, not only in their counts.
 */
final class DpOracle {
    private DpOracle() {
    }

    /** Unit costs with RapidFuzz's tie rule (see {@link CostModel#LEVENSHTEIN}). */
    static String levenshtein(int[] a, int[] b) {
        int n = a.length;
        int m = b.length;
        int prefix = 0;
        while (prefix < n && prefix < m && a[prefix] == b[prefix]) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < n - prefix && suffix < m - prefix && a[n - 1 - suffix] == b[m - 1 - suffix]) {
            suffix++;
        }
        int rn = n - prefix - suffix;
        int rm = m - prefix - suffix;
        int[][] d = new int[rn + 1][rm + 1];
        for (int i = 0; i <= rn; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= rm; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= rn; i++) {
            for (int j = 1; j <= rm; j++) {
                int diag = d[i - 1][j - 1] + (a[prefix + i - 1] == b[prefix + j - 1] ? 0 : 1);
                d[i][j] = Math.min(diag, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
            }
        }
        StringBuilder rev = new StringBuilder();
        rev.append("C".repeat(suffix));
        int i = rn;
        int j = rm;
        while (i > 0 || j > 0) {
            if (i == 0) {
                rev.append('I');
                j--;
            } else if (j == 0) {
                rev.append('D');
                i--;
            } else if (d[i][j] - d[i - 1][j] == 1) {
                rev.append('D');
                i--;
            } else if (j > 1 && d[i][j - 1] - d[i - 1][j - 1] == -1) {
                rev.append('I');
                j--;
            } else {
                rev.append(a[prefix + i - 1] == b[prefix + j - 1] ? 'C' : 'S');
                i--;
                j--;
            }
        }
        rev.append("C".repeat(prefix));
        return rev.reverse().toString();
    }

    /** The minimum number of edits (unit costs), for checking optimality. */
    static int levenshteinDistance(int[] a, int[] b) {
        int[] prev = new int[b.length + 1];
        int[] cur = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length; j++) {
                cur[j] = Math.min(prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1), Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length];
    }

    /** sclite's weighted DP (correct 0, sub 4, del 3, ins 3) with its per-cell preference. */
    static String sclite(int[] a, int[] b) {
        int n = a.length;
        int m = b.length;
        int[][] d = new int[n + 1][m + 1];
        byte[][] back = new byte[n + 1][m + 1]; // 0 diagonal, 1 deletion, 2 insertion
        for (int i = 1; i <= n; i++) {
            d[i][0] = 3 * i;
            back[i][0] = 1;
        }
        for (int j = 1; j <= m; j++) {
            d[0][j] = 3 * j;
            back[0][j] = 2;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int sub = d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 4);
                int del = d[i - 1][j] + 3;
                int ins = d[i][j - 1] + 3;
                if (sub <= del && sub <= ins) {
                    d[i][j] = sub;
                    back[i][j] = 0;
                } else if (del < ins) {
                    d[i][j] = del;
                    back[i][j] = 1;
                } else {
                    d[i][j] = ins;
                    back[i][j] = 2;
                }
            }
        }
        StringBuilder rev = new StringBuilder();
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            switch (back[i][j]) {
                case 0 -> {
                    rev.append(a[i - 1] == b[j - 1] ? 'C' : 'S');
                    i--;
                    j--;
                }
                case 1 -> {
                    rev.append('D');
                    i--;
                }
                default -> {
                    rev.append('I');
                    j--;
                }
            }
        }
        return rev.reverse().toString();
    }

    /** The minimum weighted cost 4S + 3D + 3I, for checking optimality. */
    static int scliteCost(int[] a, int[] b) {
        int[] prev = new int[b.length + 1];
        int[] cur = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            prev[j] = 3 * j;
        }
        for (int i = 1; i <= a.length; i++) {
            cur[0] = 3 * i;
            for (int j = 1; j <= b.length; j++) {
                cur[j] = Math.min(prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 4), Math.min(prev[j], cur[j - 1]) + 3);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length];
    }
}
