package dev.werk.core.stats;

/**
 * A confidence interval [lower, upper] of a rate or a change, as fractions.
 *
 * @param lower the lower end
 * @param upper the upper end
 */
public record Interval(double lower, double upper) {
    /** Percentile interval at level 1 − alpha: the alpha/2 and 1 − alpha/2 quantiles of sorted values (see {@link #quantile}). */
    static Interval percentile(double[] sorted, int n, double alpha) {
        if (n == 0) {
            return null;
        }
        return new Interval(quantile(sorted, n, alpha / 2), quantile(sorted, n, 1 - alpha / 2));
    }

    /**
     * The p-quantile of the first n sorted values with linear interpolation between order statistics
     * (Hyndman and Fan's type 7, the default of R's {@code quantile} and numpy's {@code percentile}):
     * h = (n − 1)·p, x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]).
     */
    static double quantile(double[] sorted, int n, double p) {
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        if (lo >= n - 1) {
            return sorted[n - 1];
        }
        return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
    }

    /** mean ± z·sd of the first n values, with the population standard deviation (as Kaldi's compute-wer-bootci). */
    static Interval normal(double[] values, int n, double z) {
        if (n == 0) {
            return null;
        }
        double sum = 0;
        double sq = 0;
        for (int i = 0; i < n; i++) {
            sum += values[i];
            sq += values[i] * values[i];
        }
        double mean = sum / n;
        double var = Math.max(0, sq / n - mean * mean);
        double half = z * Math.sqrt(var);
        return new Interval(mean - half, mean + half);
    }
}
