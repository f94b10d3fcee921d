package dev.werk.core.metrics;

import java.util.Arrays;

/**
 * Mean, median and standard deviation of per-utterance rates: a labelled extra, as sclite prints
 * Mean/S.D./Median beside its pooled sums. It is NOT the corpus rate (that comes from pooled
 * counts, {@link Measures}); averaging per-utterance WERs weights a two-word utterance like a
 * two-hundred-word one.
 *
 * @param count             rates summarised (utterances whose rate is defined)
 * @param mean              their arithmetic mean, NaN when count is 0
 * @param median            their median (mean of the middle two for an even count), NaN when count is 0
 * @param standardDeviation population standard deviation, NaN when count is 0
 */
public record RateSummary(int count, double mean, double median, double standardDeviation) {

    /** Summarises the defined (non-NaN) values of {@code rates}; the array is not modified. */
    public static RateSummary of(double[] rates) {
        double[] v = new double[rates.length];
        int n = 0;
        for (double r : rates) {
            if (!Double.isNaN(r)) {
                v[n++] = r;
            }
        }
        v = Arrays.copyOf(v, n);
        Arrays.sort(v);
        if (n == 0) {
            return new RateSummary(0, Double.NaN, Double.NaN, Double.NaN);
        }
        double sum = 0;
        for (double x : v) {
            sum += x;
        }
        double mean = sum / n;
        double squares = 0;
        for (double x : v) {
            squares += (x - mean) * (x - mean);
        }
        double median = n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
        return new RateSummary(n, mean, median, Math.sqrt(squares / n));
    }
}
