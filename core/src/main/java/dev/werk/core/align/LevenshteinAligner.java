package dev.werk.core.align;

/** Unit-cost aligner. PLACEHOLDER: full-matrix DP until the bit-parallel version lands. */
final class LevenshteinAligner implements Aligner {
    private final StepsBuilder steps = new StepsBuilder();

    @Override
    public CostModel costModel() {
        return CostModel.LEVENSHTEIN;
    }

    @Override
    public Alignment align(int[] a, int[] b) {
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
        steps.add(StepsBuilder.HIT, suffix);
        int i = rn;
        int j = rm;
        while (i > 0 || j > 0) {
            if (i == 0) {
                steps.add(StepsBuilder.INS);
                j--;
            } else if (j == 0 || d[i][j] - d[i - 1][j] == 1) {
                steps.add(StepsBuilder.DEL);
                i--;
            } else if (j > 1 && d[i][j - 1] - d[i - 1][j - 1] == -1) {
                steps.add(StepsBuilder.INS);
                j--;
            } else {
                steps.add(a[prefix + i - 1] == b[prefix + j - 1] ? StepsBuilder.HIT : StepsBuilder.SUB);
                i--;
                j--;
            }
        }
        steps.add(StepsBuilder.HIT, prefix);
        return steps.build();
    }
}
