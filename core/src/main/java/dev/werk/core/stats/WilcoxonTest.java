package dev.werk.core.stats;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

/**
 * The two-sided Wilcoxon signed-rank test over blocks on per-block error percentages. Differences
 * within ±{@value SignTest#TIE} percentage points are ties and are left out (Wilcoxon's rule, as
 * R's {@code wilcox.test}; sc_stats instead hands them alternately to either side). The others are
 * ranked by absolute value, equal values sharing their mean rank. Up to {@value #EXACT_LIMIT}
 * blocks the p-value is exact: the share of the 2^n sign assignments whose positive rank sum lies
 * at least as far out, counted by dynamic programming (conditional on tied ranks); above that, the
 * normal approximation with R's tie and continuity corrections.
 */
public final class WilcoxonTest {
    /** Blocks up to which the p-value is exact. */
    public static final int EXACT_LIMIT = 50;

    /**
     * @param n            blocks used (not tied)
     * @param ties         blocks left out as ties
     * @param rankSumCandidateBetter sum of the ranks of blocks where the candidate has fewer errors
     * @param rankSumBaselineBetter  sum of the ranks of blocks where the baseline has fewer errors
     * @param exact        whether p is exact
     * @param p            two-sided p-value (1 when no block differs)
     */
    public record Result(int n, int ties, double rankSumCandidateBetter, double rankSumBaselineBetter, boolean exact, double p) {
    }

    private WilcoxonTest() {
    }

    /** The test on per-block error percentages (0–100), block for block. */
    public static Result test(double[] baselinePct, double[] candidatePct) {
        if (baselinePct.length != candidatePct.length) {
            throw new IllegalArgumentException(baselinePct.length + " baseline blocks but " + candidatePct.length + " candidate blocks");
        }
        double[] d = new double[baselinePct.length];
        int n = 0;
        for (int i = 0; i < baselinePct.length; i++) {
            double diff = baselinePct[i] - candidatePct[i]; // positive: the candidate has fewer errors
            if (Math.abs(diff) > SignTest.TIE) {
                d[n++] = diff;
            }
        }
        int ties = baselinePct.length - n;
        if (n == 0) {
            return new Result(0, ties, 0, 0, true, 1.0);
        }
        double[] abs = new double[n];
        for (int i = 0; i < n; i++) {
            abs[i] = Math.abs(d[i]);
        }
        double[] ranks = new NaturalRanking(TiesStrategy.AVERAGE).rank(abs);
        double plus = 0;
        for (int i = 0; i < n; i++) {
            if (d[i] > 0) {
                plus += ranks[i];
            }
        }
        double total = n * (n + 1) / 2.0;
        double minus = total - plus;
        if (n <= EXACT_LIMIT) {
            return new Result(n, ties, plus, minus, true, exact(ranks, plus));
        }
        return new Result(n, ties, plus, minus, false, normal(ranks, plus));
    }

    /** 2 · min(P(T ≤ t), P(T ≥ t)) over all sign assignments, on doubled ranks so they are integers. */
    private static double exact(double[] ranks, double plus) {
        int n = ranks.length;
        int[] r2 = new int[n];
        int max = 0;
        for (int i = 0; i < n; i++) {
            r2[i] = (int) Math.round(2 * ranks[i]);
            max += r2[i];
        }
        double[] count = new double[max + 1];
        count[0] = 1;
        int reach = 0;
        for (int v : r2) {
            for (int s = reach; s >= 0; s--) {
                if (count[s] != 0) {
                    count[s + v] += count[s];
                }
            }
            reach += v;
        }
        int t = (int) Math.round(2 * plus);
        double all = Math.pow(2, n);
        double lower = 0;
        double upper = 0;
        for (int s = 0; s <= max; s++) {
            if (s <= t) {
                lower += count[s];
            }
            if (s >= t) {
                upper += count[s];
            }
        }
        return Math.min(1.0, 2 * Math.min(lower, upper) / all);
    }

    private static double normal(double[] ranks, double plus) {
        int n = ranks.length;
        double[] sorted = ranks.clone();
        java.util.Arrays.sort(sorted);
        double tieSum = 0;
        for (int i = 0; i < n; ) {
            int j = i;
            while (j < n && sorted[j] == sorted[i]) {
                j++;
            }
            double t = j - i;
            tieSum += t * t * t - t;
            i = j;
        }
        double z = plus - n * (n + 1) / 4.0;
        double sigma = Math.sqrt(n * (n + 1) * (2 * n + 1) / 24.0 - tieSum / 48.0);
        z = (z - Math.signum(z) * 0.5) / sigma;
        NormalDistribution std = new NormalDistribution(null, 0, 1);
        return Math.min(1.0, 2 * std.cumulativeProbability(-Math.abs(z)));
    }
}
