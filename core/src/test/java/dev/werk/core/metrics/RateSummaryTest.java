package dev.werk.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RateSummaryTest {
    private static final double EPS = 1e-12;

    @Test
    void handComputedOddAndEvenCounts() {
        // 1/3, 0, 1/3: mean 2/9, median 1/3, population s.d. sqrt(2/81) = sqrt(2)/9.
        RateSummary odd = RateSummary.of(new double[] {1.0 / 3, 0, Double.NaN, 1.0 / 3});
        assertEquals(3, odd.count(), "the undefined rate is left out");
        assertEquals(2.0 / 9, odd.mean(), EPS);
        assertEquals(1.0 / 3, odd.median(), EPS);
        assertEquals(Math.sqrt(2) / 9, odd.standardDeviation(), EPS);
        RateSummary even = RateSummary.of(new double[] {0.5, 0.1, 0.3, 0.9});
        assertEquals(0.3 + (0.5 - 0.3) / 2, even.median(), EPS, "mean of the middle two");
    }

    @Test
    void nothingDefinedGivesNaN() {
        RateSummary s = RateSummary.of(new double[] {Double.NaN});
        assertEquals(0, s.count());
        assertTrue(Double.isNaN(s.mean()) && Double.isNaN(s.median()) && Double.isNaN(s.standardDeviation()));
    }

    @Test
    void agreesWithATwoPassOracleOnSeededData() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            double[] v = new double[1 + random.nextInt(50)];
            for (int k = 0; k < v.length; k++) {
                v[k] = random.nextInt(4) == 0 ? Double.NaN : random.nextDouble() * 2;
            }
            double[] kept = Arrays.stream(v).filter(x -> !Double.isNaN(x)).toArray();
            RateSummary s = RateSummary.of(v.clone());
            assertEquals(kept.length, s.count());
            if (kept.length == 0) {
                continue;
            }
            double mean = Arrays.stream(kept).average().orElseThrow();
            double var = Arrays.stream(kept).map(x -> (x - mean) * (x - mean)).sum() / kept.length;
            long below = Arrays.stream(kept).filter(x -> x < s.median()).count();
            long above = Arrays.stream(kept).filter(x -> x > s.median()).count();
            assertEquals(mean, s.mean(), 1e-9);
            assertEquals(Math.sqrt(var), s.standardDeviation(), 1e-9);
            assertTrue(below <= kept.length / 2 && above <= kept.length / 2, "median splits the values in half");
        }
    }
}
