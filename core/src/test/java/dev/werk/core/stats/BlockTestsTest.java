package dev.werk.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Sign, Wilcoxon and McNemar against textbook examples with published results, and brute force. */
class BlockTestsTest {
    // Hollander & Wolfe (1973), p. 29: Hamilton depression scale before (x) and after (y) a
    // tranquilizer, the example of R's wilcox.test: V = 40, one-sided p = 0.01953.
    private static final double[] X = {1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30};
    private static final double[] Y = {0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29};

    @Test
    void wilcoxonHollanderWolfe() {
        // The candidate has fewer "errors" where y < x.
        WilcoxonTest.Result r = WilcoxonTest.test(X, Y);
        assertEquals(9, r.n());
        assertEquals(40.0, r.rankSumCandidateBetter());
        assertEquals(5.0, r.rankSumBaselineBetter());
        assertTrue(r.exact());
        assertEquals(2 * 0.01953125, r.p(), 1e-12); // 10 of 512 sign patterns have T- <= 5, both tails
        assertEquals("0.03906", String.format(Locale.ROOT, "%.5f", r.p()));
    }

    @Test
    void wilcoxonWithTiedRanksAgainstEnumeration() {
        // Wikipedia's signed-rank example (pairs 125/110, 115/122, ...): one zero dropped, ties at |5|.
        double[] a = {125, 115, 130, 140, 140, 115, 140, 125, 140, 135};
        double[] b = {110, 122, 125, 120, 140, 124, 123, 137, 135, 145};
        WilcoxonTest.Result r = WilcoxonTest.test(a, b);
        assertEquals(9, r.n());
        assertEquals(1, r.ties());
        assertEquals(27.0, r.rankSumCandidateBetter()); // W = 18 - 27 = -9 as published
        assertEquals(18.0, r.rankSumBaselineBetter());
        double[] ranks = {1.5, 1.5, 3, 4, 5, 6, 7, 8, 9};
        int le = 0;
        int ge = 0;
        for (int m = 0; m < 1 << 9; m++) {
            double t = 0;
            for (int i = 0; i < 9; i++) {
                if ((m >> i & 1) == 1) {
                    t += ranks[i];
                }
            }
            if (t <= 27) {
                le++;
            }
            if (t >= 27) {
                ge++;
            }
        }
        assertEquals(Math.min(1.0, 2.0 * Math.min(le, ge) / 512), r.p(), 1e-12);
        assertTrue(r.p() > 0.05); // "fail to reject"
    }

    @Test
    void wilcoxonNormalApproximationIsCloseToExactNearTheLimit() {
        Random rnd = new Random(9);
        double[] a = new double[50];
        double[] b = new double[50];
        for (int i = 0; i < 50; i++) {
            a[i] = 10 + rnd.nextGaussian();
            b[i] = a[i] - 0.3 + rnd.nextGaussian();
        }
        double exact = WilcoxonTest.test(a, b).p();
        double[] a2 = java.util.Arrays.copyOf(a, 51);
        double[] b2 = java.util.Arrays.copyOf(b, 51);
        a2[50] = 10;
        b2[50] = 10; // a tie: dropped, so still 50 blocks and exact
        assertEquals(exact, WilcoxonTest.test(a2, b2).p(), 0.0);
        double[] a3 = java.util.Arrays.copyOf(a, 51);
        double[] b3 = java.util.Arrays.copyOf(b, 51);
        a3[50] = 10.001;
        b3[50] = 10; // within ±0.005: a tie
        assertEquals(exact, WilcoxonTest.test(a3, b3).p(), 0.0);
        a3[50] = 10.4;
        WilcoxonTest.Result big = WilcoxonTest.test(a3, b3);
        assertFalse(big.exact());
        assertEquals(exact, big.p(), 0.02);
    }

    @Test
    void signTestHollanderWolfe() {
        // 7 of 9 differences positive: R's binom.test(7, 9) gives p-value = 0.1797.
        SignTest.Result r = SignTest.test(X, Y);
        assertEquals(7, r.candidateBetter());
        assertEquals(2, r.baselineBetter());
        assertEquals(92.0 / 512, r.p(), 1e-12);
        assertEquals("0.1797", String.format(Locale.ROOT, "%.4f", r.p()));
    }

    @Test
    void signTestSplitsTiesAsScStats() {
        // 6 blocks better, 1 worse, 3 within ±0.005: N(+) = 6 + 1, N(−) = 1 + 2, p = 2 P(X <= 3 | 10).
        double[] base = {10, 10, 10, 10, 10, 10, 10, 10, 10, 10};
        double[] cand = {9, 9, 9, 9, 9, 9, 11, 10.004, 9.996, 10};
        SignTest.Result r = SignTest.test(base, cand);
        assertEquals(3, r.ties());
        assertEquals(2.0 * (1 + 10 + 45 + 120) / 1024, r.p(), 1e-12);
        // A tie at exactly 0.005 percentage points is a tie; just above it is not.
        assertEquals(1, SignTest.test(new double[] {1.0}, new double[] {1.005}).ties());
        assertEquals(0, SignTest.test(new double[] {1.0}, new double[] {1.0051}).ties());
    }

    @Test
    void mcNemarExactConditional() {
        // Fagerland, Lydersen & Laake (2013), BMC Med Res Methodol 13:91: b = 1, c = 7 (Bentur et al.),
        // exact conditional p = 0.070.
        McNemarTest.Result r = McNemarTest.of(10, 1, 7, 3);
        assertEquals(18.0 / 256, r.p(), 1e-12);
        assertEquals("0.070", String.format(Locale.ROOT, "%.3f", r.p()));
        boolean[] base = {true, false, true, true, false};
        boolean[] cand = {false, false, true, false, true};
        McNemarTest.Result t = McNemarTest.test(base, cand);
        assertEquals(1, t.bothCorrect());
        assertEquals(2, t.onlyBaselineWrong());
        assertEquals(1, t.onlyCandidateWrong());
        assertEquals(1, t.bothWrong());
        assertEquals(1.0, McNemarTest.of(5, 3, 3, 1).p());
    }

    @Test
    void relativeChangeOfTheAwsPost() {
        // The AWS custom-vocabulary post / notebook table: video 1 5.184 % -> 2.624 % is "-49.4 %";
        // video 3 11.94 % -> 7.84 %, video 2 7.55 % -> 6.56 % and video 4 10.91 % -> 8.98 % are printed
        // as -34 %, -13 % and -18 %. (The 0.1094 -> 0.0898 would be -17.9 %; the post's -17.6 %
        // came from unrounded rates: 10.91 % gives -17.7 %.)
        assertEquals("-49.4", pct1(Changes.relative(0.05184, 0.02624)));
        assertEquals("-34.3", pct1(Changes.relative(0.1194, 0.0784)));
        assertEquals("-13.1", pct1(Changes.relative(0.0755, 0.0656)));
        assertEquals("-17.7", pct1(Changes.relative(0.1091, 0.0898)));
        assertEquals("-34", String.format(Locale.ROOT, "%.0f", 100 * Changes.relative(0.1194, 0.0784)));
        assertEquals("-13", String.format(Locale.ROOT, "%.0f", 100 * Changes.relative(0.0755, 0.0656)));
        assertEquals("-18", String.format(Locale.ROOT, "%.0f", 100 * Changes.relative(0.1091, 0.0898)));
        assertEquals(-0.5, Changes.relative(10L, 5L));
        assertEquals(null, Changes.relative(0L, 5L));
    }

    private static String pct1(double v) {
        return String.format(Locale.ROOT, "%.1f", 100 * v);
    }

    @Test
    void percentileIsNumpysDefault() {
        // numpy.percentile([15, 20, 35, 40, 50], 40) = 29.0; ([1, 2, 3, 4], 25) = 1.75.
        assertEquals(29.0, Interval.quantile(new double[] {15, 20, 35, 40, 50}, 5, 0.40), 1e-12);
        assertEquals(1.75, Interval.quantile(new double[] {1, 2, 3, 4}, 4, 0.25), 1e-12);
        assertEquals(4.0, Interval.quantile(new double[] {1, 2, 3, 4}, 4, 1.0), 1e-12);
    }
}
