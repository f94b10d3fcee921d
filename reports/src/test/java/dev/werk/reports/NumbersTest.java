package dev.werk.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link Numbers#fixed} against {@code String.format(Locale.ROOT, "%.Nf")}, its oracle, on seeded random and edge values. */
class NumbersTest {
    private static void same(double v, int decimals) {
        assertEquals(String.format(Locale.ROOT, "%." + decimals + "f", v), Numbers.fixed(v, decimals), v + " with " + decimals + " places");
    }

    @Test
    void fixedEqualsStringFormat() {
        double[] edges = {0.0, -0.0, 1.0, -1.0, 0.5, 0.05, 0.005, 0.125, 1.005, 2.675, 9.995, 99.995, 999.9999, 0.0049999,
            1e-9, -1e-9, 1e-300, 4.9e-324, 1e7, 1.2345e7, 123456789.987654321, 1e20, 1.7976931348623157e308, 0.1 + 0.2,
            100.0, 33.333333333333336, 66.66666666666667, 12.5, 0.995, -0.004, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY};
        for (double v : edges) {
            for (int d = 0; d <= 9; d++) {
                same(v, d);
            }
        }
        SplittableRandom random = new SplittableRandom(20_261_201L);
        for (int k = 0; k < 200_000; k++) {
            double v = switch (k % 5) {
                case 0 -> random.nextDouble() * 100;
                case 1 -> (double) random.nextInt(1_000_000) / random.nextInt(1, 100_000);
                case 2 -> Double.longBitsToDouble(random.nextLong());
                case 3 -> random.nextInt(100_000) / 1000.0 + (random.nextBoolean() ? 0.0005 : -0.0005);
                default -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-12, 12));
            };
            same(v, random.nextInt(0, 10));
        }
    }

    @Test
    void paddingIsStringFormats() {
        for (String s : new String[] {"", "a", "abc", "abcdefghij"}) {
            for (int w = 1; w <= 12; w++) {
                assertEquals(String.format(Locale.ROOT, "%" + w + "s", s), Numbers.right(s, w));
                assertEquals(String.format(Locale.ROOT, "%-" + w + "s", s), Numbers.left(s, w));
            }
        }
    }
}
