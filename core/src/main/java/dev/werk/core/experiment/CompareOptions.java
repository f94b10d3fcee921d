package dev.werk.core.experiment;

import dev.werk.core.stats.PairedBootstrap;

/**
 * How an experiment is compared.
 *
 * @param baseline    the baseline system; null for the first system
 * @param resampleBy  the bootstrap unit; null for the default (block when items have blocks, else item;
 *                    utterance under Kaldi's procedure)
 * @param seed        the bootstrap seed
 * @param resamples   bootstrap replicates
 * @param ci          percentile intervals (Poisson bootstrap) or Kaldi's mean ± 1.96 sd
 * @param alpha       significance level of the tests; intervals have level 1 − alpha
 * @param inSample    the set whose relative improvement the generalisation gap starts from
 * @param outOfSample the set it is compared with
 * @param wholeFile   score each file as one utterance
 * @param ignoreIdCase pair utterance ids whatever their case
 */
public record CompareOptions(String baseline, ResampleBy resampleBy, long seed, int resamples,
                             PairedBootstrap.Method ci, double alpha, String inSample, String outOfSample,
                             boolean wholeFile, boolean ignoreIdCase) {
    /** The default seed: 1, which under {@code --ci kaldi} is glibc's unseeded rand(), as Kaldi runs. */
    public static final long DEFAULT_SEED = 1;
    /** The default number of replicates, as Kaldi's compute-wer-bootci. */
    public static final int DEFAULT_RESAMPLES = 10_000;

    /** The bootstrap's resampling unit. */
    public enum ResampleBy {
        ITEM, UTTERANCE, BLOCK;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Baseline first system, default unit, seed 1, 10,000 percentile replicates, alpha 0.05, in-sample vs out-of-sample. */
    public static CompareOptions defaults() {
        return new CompareOptions(null, null, DEFAULT_SEED, DEFAULT_RESAMPLES, PairedBootstrap.Method.PERCENTILE, 0.05,
                "in-sample", "out-of-sample", false, false);
    }

    public CompareOptions withBaseline(String b) {
        return new CompareOptions(b, resampleBy, seed, resamples, ci, alpha, inSample, outOfSample, wholeFile, ignoreIdCase);
    }

    public CompareOptions withResampleBy(ResampleBy r) {
        return new CompareOptions(baseline, r, seed, resamples, ci, alpha, inSample, outOfSample, wholeFile, ignoreIdCase);
    }

    public CompareOptions withSeed(long s) {
        return new CompareOptions(baseline, resampleBy, s, resamples, ci, alpha, inSample, outOfSample, wholeFile, ignoreIdCase);
    }

    public CompareOptions withResamples(int n) {
        return new CompareOptions(baseline, resampleBy, seed, n, ci, alpha, inSample, outOfSample, wholeFile, ignoreIdCase);
    }

    public CompareOptions withCi(PairedBootstrap.Method m) {
        return new CompareOptions(baseline, resampleBy, seed, resamples, m, alpha, inSample, outOfSample, wholeFile, ignoreIdCase);
    }

    public CompareOptions withAlpha(double a) {
        return new CompareOptions(baseline, resampleBy, seed, resamples, ci, a, inSample, outOfSample, wholeFile, ignoreIdCase);
    }

    public CompareOptions withGapSets(String in, String out) {
        return new CompareOptions(baseline, resampleBy, seed, resamples, ci, alpha, in, out, wholeFile, ignoreIdCase);
    }

    public CompareOptions withWholeFile(boolean w) {
        return new CompareOptions(baseline, resampleBy, seed, resamples, ci, alpha, inSample, outOfSample, w, ignoreIdCase);
    }

    public CompareOptions withIgnoreIdCase(boolean i) {
        return new CompareOptions(baseline, resampleBy, seed, resamples, ci, alpha, inSample, outOfSample, wholeFile, i);
    }

    /** The unit actually used for an experiment with or without blocks. */
    public ResampleBy effectiveResampleBy(boolean hasBlocks) {
        if (resampleBy != null) {
            return resampleBy;
        }
        if (ci == PairedBootstrap.Method.KALDI) {
            return ResampleBy.UTTERANCE;
        }
        return hasBlocks ? ResampleBy.BLOCK : ResampleBy.ITEM;
    }
}
