package dev.werk.core.stats;

import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * The two-sided sign test over blocks (speakers) as sc_stats' signtest.c runs it on per-block
 * error percentages: a difference within ±{@value #TIE} percentage points is a tie; ties are
 * split between the two sides, the odd one to the minus side (sc_stats' rule, which makes a
 * difference harder to find), where minus means the system with the larger total of
 * percentages has the smaller one; p = 2 · P(X ≤ min(N+, N−)) for X ~ Binomial(N+ + N−, 1/2),
 * and 1 when N+ = N−. The binomial is exact here (sc_stats switches to a normal approximation
 * above 20 blocks).
 */
public final class SignTest {
    /** Differences of at most this many percentage points are ties. */
    public static final double TIE = 0.005;

    /**
     * @param candidateBetter blocks where the candidate's percentage is lower by more than {@value #TIE}
     * @param baselineBetter  blocks where the baseline's is lower
     * @param ties            blocks within ±{@value #TIE}
     * @param p               two-sided p-value
     */
    public record Result(int candidateBetter, int baselineBetter, int ties, double p) {
    }

    private SignTest() {
    }

    /** The test on per-block error percentages (0–100) of the baseline and the candidate, block for block. */
    public static Result test(double[] baselinePct, double[] candidatePct) {
        if (baselinePct.length != candidatePct.length) {
            throw new IllegalArgumentException(baselinePct.length + " baseline blocks but " + candidatePct.length + " candidate blocks");
        }
        double sumB = 0;
        double sumC = 0;
        for (int i = 0; i < baselinePct.length; i++) {
            sumB += baselinePct[i];
            sumC += candidatePct[i];
        }
        // sc_stats orders the pair so that the first has the larger sum (the second when equal).
        boolean baselineFirst = sumB > sumC;
        int plus = 0;
        int minus = 0;
        int ties = 0;
        int candidateBetter = 0;
        int baselineBetter = 0;
        for (int i = 0; i < baselinePct.length; i++) {
            double first = baselineFirst ? baselinePct[i] : candidatePct[i];
            double second = baselineFirst ? candidatePct[i] : baselinePct[i];
            if (Math.abs(first - second) <= TIE) {
                ties++;
            } else if (first < second) {
                minus++;
            } else {
                plus++;
            }
            if (Math.abs(baselinePct[i] - candidatePct[i]) > TIE) {
                if (candidatePct[i] < baselinePct[i]) {
                    candidateBetter++;
                } else {
                    baselineBetter++;
                }
            }
        }
        int a = plus + ties / 2;
        int b = minus + ties / 2 + ties % 2;
        return new Result(candidateBetter, baselineBetter, ties, twoSided(a, b));
    }

    /** 2 · P(X ≤ min(a, b)), X ~ Binomial(a + b, 1/2); 1 when a = b (sc_stats' sign and McNemar tests). */
    static double twoSided(int a, int b) {
        if (a == b) {
            return 1.0;
        }
        BinomialDistribution d = new BinomialDistribution(null, a + b, 0.5);
        return Math.min(1.0, 2 * d.cumulativeProbability(Math.min(a, b)));
    }
}
