package dev.werk.core.metrics;

/**
 * The rates derived from pooled {@link Counts}. A rate whose denominator is zero is
 * {@link Double#NaN} ("undefined"); renderers print it as {@code null}/"undefined", never as 0.
 *
 * @param wer (S+D+I) / (H+S+D): word (or character) error rate; may exceed 1
 * @param mer (S+D+I) / (H+S+D+I): match error rate, in [0, 1]
 * @param wil 1 − WIP: word information lost
 * @param wip (H/N_ref)·(H/N_hyp): word information preserved; 0 when N_hyp = 0 and N_ref > 0
 */
public record Measures(double wer, double mer, double wil, double wip) {

    /** The rates of {@code c}; see the record comment for the undefined cases. */
    public static Measures of(Counts c) {
        double nRef = c.referenceWords();
        double nHyp = c.hypothesisWords();
        double errors = c.errors();
        double wer = nRef == 0 ? Double.NaN : errors / nRef;
        double alignedWords = c.hits() + errors;
        double mer = alignedWords == 0 ? Double.NaN : errors / alignedWords;
        double wip;
        if (nRef == 0) {
            wip = Double.NaN;
        } else if (nHyp == 0) {
            wip = 0;
        } else {
            wip = (c.hits() / nRef) * (c.hits() / nHyp);
        }
        return new Measures(wer, mer, Double.isNaN(wip) ? Double.NaN : 1 - wip, wip);
    }
}
