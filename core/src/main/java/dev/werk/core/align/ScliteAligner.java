package dev.werk.core.align;

/** sclite-cost aligner. PLACEHOLDER: full-matrix DP until the banded, checkpointed version lands. */
final class ScliteAligner implements Aligner {
    private final StepsBuilder steps = new StepsBuilder();

    @Override
    public CostModel costModel() {
        return CostModel.SCLITE;
    }

    @Override
    public Alignment align(int[] a, int[] b) {
        int n = a.length;
        int m = b.length;
        int[][] d = new int[n + 1][m + 1];
        byte[][] back = new byte[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            d[i][0] = 3 * i;
            back[i][0] = StepsBuilder.DEL;
        }
        for (int j = 1; j <= m; j++) {
            d[0][j] = 3 * j;
            back[0][j] = StepsBuilder.INS;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int sub = d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 4);
                int del = d[i - 1][j] + 3;
                int ins = d[i][j - 1] + 3;
                if (sub <= del && sub <= ins) {
                    d[i][j] = sub;
                    back[i][j] = StepsBuilder.HIT;
                } else if (del < ins) {
                    d[i][j] = del;
                    back[i][j] = StepsBuilder.DEL;
                } else {
                    d[i][j] = ins;
                    back[i][j] = StepsBuilder.INS;
                }
            }
        }
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            byte c = back[i][j];
            if (c == StepsBuilder.HIT) {
                steps.add(a[i - 1] == b[j - 1] ? StepsBuilder.HIT : StepsBuilder.SUB);
                i--;
                j--;
            } else if (c == StepsBuilder.DEL) {
                steps.add(StepsBuilder.DEL);
                i--;
            } else {
                steps.add(StepsBuilder.INS);
                j--;
            }
        }
        return steps.build();
    }
}
