package dev.werk.core.stats;

/** Changes of a rate against a baseline, from exact counts where they exist. */
public final class Changes {
    private Changes() {
    }

    /**
     * (candidate − baseline) / baseline: the AWS custom-vocabulary post's "percentage change"
     * (5.184 % → 2.624 % is −49.4 %); null when the baseline is 0.
     */
    public static Double relative(double baselineRate, double candidateRate) {
        return baselineRate == 0 ? null : (candidateRate - baselineRate) / baselineRate;
    }

    /**
     * The relative change from error counts over the same reference words: the word counts cancel,
     * so it is (E_c − E_b) / E_b exactly; null when the baseline has no error.
     */
    public static Double relative(long baselineErrors, long candidateErrors) {
        return baselineErrors == 0 ? null : (double) (candidateErrors - baselineErrors) / baselineErrors;
    }

    /** WER(candidate) − WER(baseline) over the same reference words; null without reference words. */
    public static Double absolute(long baselineErrors, long candidateErrors, long referenceWords) {
        return referenceWords == 0 ? null : (double) (candidateErrors - baselineErrors) / referenceWords;
    }
}
