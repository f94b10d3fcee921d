package dev.werk.core.stats;

import java.util.Arrays;

/**
 * Intervals and probabilities of a {@link PairedBootstrap} run, per group (set) and system; group
 * index {@code groups().size()} is "all". Undefined values (no replicate with reference words, no
 * baseline error) are null.
 */
public final class BootstrapResult {
    private final PairedCounts data;
    private final PairedBootstrap.Options options;
    private final Interval[][] wer;
    private final KaldiBootstrap.KaldiInterval[][] kaldi;
    private final Interval[][] absolute;
    private final Interval[][] relative;
    private final Double[][] improvement;
    private final double[][][] relativeReplicates; // NaN where undefined

    private BootstrapResult(Builder b) {
        this.data = b.data;
        this.options = b.options;
        this.wer = b.wer;
        this.kaldi = b.kaldi;
        this.absolute = b.absolute;
        this.relative = b.relative;
        this.improvement = b.improvement;
        this.relativeReplicates = b.relativeReplicates;
    }

    public PairedBootstrap.Options options() {
        return options;
    }

    /** Index of "all" among the groups. */
    public int all() {
        return data.groups().size();
    }

    /** The interval of a system's WER in a group. */
    public Interval wer(int group, int system) {
        return wer[group][system];
    }

    /** Kaldi's mean and half-width under {@link PairedBootstrap.Method#KALDI}, else null. */
    public KaldiBootstrap.KaldiInterval kaldiWer(int group, int system) {
        return kaldi[group][system];
    }

    /** Interval of WER(system) − WER(baseline); null for the baseline. */
    public Interval absoluteChange(int group, int system) {
        return absolute[group][system];
    }

    /** Interval of (WER(system) − WER(baseline)) / WER(baseline); null for the baseline. */
    public Interval relativeChange(int group, int system) {
        return relative[group][system];
    }

    /** Share of replicates in which the system has fewer errors than the baseline (Kaldi's definition). */
    public Double probabilityOfImprovement(int group, int system) {
        return improvement[group][system];
    }

    /**
     * Interval of the generalisation gap: relative improvement (−relative change) in group
     * {@code inSample} minus that in {@code outOfSample}, replicate by replicate.
     */
    public Interval gap(int inSample, int outOfSample, int system) {
        double[] in = relativeReplicates[inSample][system];
        double[] out = relativeReplicates[outOfSample][system];
        if (in == null || out == null) {
            return null;
        }
        double[] d = new double[in.length];
        int k = 0;
        for (int r = 0; r < in.length; r++) {
            if (!Double.isNaN(in[r]) && !Double.isNaN(out[r])) {
                d[k++] = out[r] - in[r];
            }
        }
        return interval(d, k);
    }

    private Interval interval(double[] values, int n) {
        if (options.method() == PairedBootstrap.Method.KALDI) {
            return Interval.normal(values, n, PairedBootstrap.z(options.alpha()));
        }
        Arrays.sort(values, 0, n);
        return Interval.percentile(values, n, options.alpha());
    }

    static final class Builder {
        private final PairedCounts data;
        private final PairedBootstrap.Options options;
        private final Interval[][] wer;
        private final KaldiBootstrap.KaldiInterval[][] kaldi;
        private final Interval[][] absolute;
        private final Interval[][] relative;
        private final Double[][] improvement;
        private final double[][][] relativeReplicates;

        Builder(PairedCounts data, PairedBootstrap.Options options) {
            this.data = data;
            this.options = options;
            int g = data.groups().size() + 1;
            int s = data.systems().size();
            wer = new Interval[g][s];
            kaldi = new KaldiBootstrap.KaldiInterval[g][s];
            absolute = new Interval[g][s];
            relative = new Interval[g][s];
            improvement = new Double[g][s];
            relativeReplicates = new double[g][s][];
        }

        void wer(int g, int s, Interval interval, KaldiBootstrap.KaldiInterval k) {
            wer[g][s] = interval;
            kaldi[g][s] = k;
        }

        /** Replicate sums of one candidate against the baseline in group g. */
        void comparison(int g, int s, long[] words, long[] baseline, long[] candidate, double pImprove) {
            int reps = words.length;
            double[] abs = new double[reps];
            double[] rel = new double[reps];
            double[] relAll = new double[reps];
            int ka = 0;
            int kr = 0;
            for (int r = 0; r < reps; r++) {
                long diff = candidate[r] - baseline[r];
                if (words[r] > 0) {
                    abs[ka++] = (double) diff / words[r];
                }
                if (baseline[r] > 0) {
                    double v = (double) diff / baseline[r];
                    rel[kr++] = v;
                    relAll[r] = v;
                } else {
                    relAll[r] = Double.NaN;
                }
            }
            BootstrapResult shape = new BootstrapResult(this);
            absolute[g][s] = shape.interval(abs, ka);
            relative[g][s] = shape.interval(rel, kr);
            improvement[g][s] = pImprove;
            relativeReplicates[g][s] = relAll;
        }

        BootstrapResult build() {
            return new BootstrapResult(this);
        }
    }
}
