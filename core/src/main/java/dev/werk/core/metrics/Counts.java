package dev.werk.core.metrics;

/**
 * The four alignment counts of one utterance or, summed, of a corpus. Ratios are computed from
 * pooled counts only (see {@link Measures}); never average per-utterance rates.
 *
 * @param hits          reference words matched exactly (H, sclite's "Corr")
 * @param substitutions reference words replaced by another word (S)
 * @param deletions     reference words missing from the hypothesis (D)
 * @param insertions    hypothesis words with no reference word (I)
 */
public record Counts(long hits, long substitutions, long deletions, long insertions) {

    /** No words at all. */
    public static final Counts ZERO = new Counts(0, 0, 0, 0);

    public Counts {
        if (hits < 0 || substitutions < 0 || deletions < 0 || insertions < 0) {
            throw new IllegalArgumentException("negative count in " + hits + "/" + substitutions + "/" + deletions + "/" + insertions);
        }
    }

    /** Reference length: H + S + D. */
    public long referenceWords() {
        return hits + substitutions + deletions;
    }

    /** Hypothesis length: H + S + I. */
    public long hypothesisWords() {
        return hits + substitutions + insertions;
    }

    /** Errors: S + D + I. */
    public long errors() {
        return substitutions + deletions + insertions;
    }

    /** The element-wise sum, for pooling. */
    public Counts plus(Counts o) {
        return new Counts(hits + o.hits, substitutions + o.substitutions, deletions + o.deletions, insertions + o.insertions);
    }
}
