package dev.werk.core.terms;

import java.util.List;

/**
 * The counts of one term (or of all terms pooled) over a corpus and the rates computed from them.
 * A rate whose denominator is zero is {@link Double#NaN} (undefined; {@code null} in JSON).
 *
 * @param term        the term as written in the list; null for the pooled row
 * @param occurrences reference occurrences (rule 1)
 * @param exact       correct as the term's own form
 * @param variant     correct as another form
 * @param splitMerge  correct as a form's key in other tokens
 * @param misses      reference occurrences not correct
 * @param falseAlarms hypothesis occurrences overlapping no run claimed for the term (rule 3)
 * @param confusions  what the misses were heard as, most frequent first (ties: by heard text)
 */
public record TermStats(String term, long occurrences, long exact, long variant, long splitMerge, long misses,
                        long falseAlarms, List<Confusion> confusions) {

    public TermStats {
        confusions = List.copyOf(confusions);
    }

    /** Exact + variant + split/merged. */
    public long correct() {
        return exact + variant + splitMerge;
    }

    /** Correct / occurrences; NaN without occurrences. */
    public double recall() {
        return occurrences == 0 ? Double.NaN : (double) correct() / occurrences;
    }

    /** Correct / (correct + false alarms); NaN when both are 0. */
    public double precision() {
        long d = correct() + falseAlarms;
        return d == 0 ? Double.NaN : (double) correct() / d;
    }

    /**
     * F1, the harmonic mean 2·P·R / (P + R) of {@link #precision()} and {@link #recall()}: NaN when
     * either is undefined, 0 when both are 0.
     */
    public double f1() {
        double p = precision();
        double r = recall();
        if (Double.isNaN(p) || Double.isNaN(r)) {
            return Double.NaN;
        }
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** The {@code n} most frequent confusions (all when fewer). */
    public List<Confusion> topConfusions(int n) {
        return confusions.subList(0, Math.min(n, confusions.size()));
    }
}
