package dev.werk.core.stats;

/**
 * The arithmetic of Kaldi's {@code compute-wer-bootci} (src/bin/compute-wer-bootci.cc), step for
 * step: each replicate draws as many units as there are, uniformly with replacement
 * ({@code RandInt(0, n-1)}); a replicate's WER is its errors over its reference words in single
 * precision ({@code BaseFloat}); the interval is mean ± 1.96 · sqrt(E[x²] − mean²) of the replicates,
 * accumulated in single precision; the probability of improvement is the share of replicates, drawn
 * afresh, in which Σ(e1 − e2) &gt; 0. Sums are 64-bit here (Kaldi's int32 would overflow past 2^31 words).
 */
public final class KaldiBootstrap {
    /** Kaldi's interval: the mean of the replicate WERs and the half-width 1.96·sd, both single precision. */
    public record KaldiInterval(float mean, float halfWidth) {
        /** The interval as Kaldi prints it (mean − half, mean + half), as fractions. */
        public Interval interval() {
            return new Interval(mean - halfWidth, mean + halfWidth);
        }
    }

    /**
     * One paired comparison: Kaldi's probability of improvement and, from the same draws, the
     * replicate sums (reference words, errors of system 1 and of system 2) for derived intervals.
     */
    record Comparison(float probabilityOfImprovement, long[] words, long[] errors1, long[] errors2) {
    }

    private KaldiBootstrap() {
    }

    /** {@code GetBootstrapWERInterval}: consumes replications × n draws of {@code rng}. */
    public static KaldiInterval interval(long[] errors, long[] words, int replications, GlibcRandom rng) {
        int n = errors.length;
        float werAccum = 0;
        float werMultAccum = 0;
        for (int i = 0; i < replications; i++) {
            long numWords = 0;
            long wordErrs = 0;
            for (int j = 0; j < n; j++) {
                int pos = rng.randInt(n);
                wordErrs += errors[pos];
                numWords += words[pos];
            }
            float werRep = (float) wordErrs / (float) numWords;
            werAccum += werRep;
            werMultAccum += werRep * werRep;
        }
        float mean = werAccum / replications;
        float inner = werMultAccum / replications - mean * mean;
        float interval = (float) (1.96 * Math.sqrt(inner));
        return new KaldiInterval(mean, interval);
    }

    /**
     * {@code GetBootstrapWERTwoSystemComparison}: the share of replicates in which system 1 has more
     * errors than system 2 (system 2 improves on system 1); consumes replications × n draws of {@code rng}.
     */
    public static float probabilityOfImprovement(long[] errors1, long[] errors2, long[] words, int replications, GlibcRandom rng) {
        return compare(errors1, errors2, words, replications, rng).probabilityOfImprovement();
    }

    /** As {@link #probabilityOfImprovement}, keeping each replicate's sums. */
    static Comparison compare(long[] errors1, long[] errors2, long[] words, int replications, GlibcRandom rng) {
        int n = errors1.length;
        int improvAccum = 0;
        long[] w = new long[replications];
        long[] e1 = new long[replications];
        long[] e2 = new long[replications];
        for (int i = 0; i < replications; i++) {
            long wordErrs = 0;
            for (int j = 0; j < n; j++) {
                int pos = rng.randInt(n);
                wordErrs += errors1[pos] - errors2[pos];
                w[i] += words[pos];
                e1[i] += errors1[pos];
                e2[i] += errors2[pos];
            }
            if (wordErrs > 0) {
                improvAccum++;
            }
        }
        return new Comparison((float) improvAccum / replications, w, e1, e2);
    }
}
