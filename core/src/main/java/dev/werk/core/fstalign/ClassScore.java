package dev.werk.core.fstalign;

import dev.werk.core.metrics.Counts;

/**
 * The errors of one entity class: the reference tokens inside entities of the class, the
 * hypothesis words aligned with them, and the insertions fstalign attributes to those entities.
 *
 * @param name   the class, e.g. {@code YEAR}
 * @param counts hits, substitutions, deletions and insertions of those tokens
 */
public record ClassScore(String name, Counts counts) {

    /** (S + D + I) / (H + S + D); NaN when the class has no reference token (fstalign prints {@code -nan}). */
    public double wer() {
        long n = counts.referenceWords();
        return n == 0 ? Double.NaN : (double) counts.errors() / n;
    }
}
