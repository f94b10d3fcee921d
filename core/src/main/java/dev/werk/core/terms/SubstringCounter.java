package dev.werk.core.terms;

import java.util.BitSet;
import java.util.List;

/**
 * The plain counts the AWS custom-vocabulary post's tables used, with no alignment: in each
 * transcript, how often each term's own normalised form (its tokens joined by single spaces)
 * occurs as a substring of the normalised text (the tokens of an utterance joined by single
 * spaces), counted left to right without overlap as Python's {@code str.count} does, summed over
 * utterances. Add, merge, read; not thread-safe.
 */
public final class SubstringCounter {
    private final TermSet terms;
    private final TermIndex index;
    private final long[] counts;

    /** An empty counter for {@code terms}. */
    public SubstringCounter(TermSet terms) {
        this.terms = terms;
        String[] needles = new String[terms.terms().size()];
        for (Term t : terms.terms()) {
            needles[t.index()] = String.join(" ", t.ownForm().tokens());
        }
        this.index = new TermIndex(needles);
        this.counts = new long[needles.length];
    }

    /** Counts in one utterance's normalised tokens (with a per-utterance list, only its terms). */
    public SubstringCounter add(String utteranceId, List<String> tokens) {
        String text = String.join(" ", tokens);
        BitSet selected = terms.selection(utteranceId);
        int[] nextFree = new int[counts.length];
        for (int from = 0; from < text.length(); from++) {
            index.prefixesAt(text, from, selected, (t, start, end) -> {
                if (start >= nextFree[t]) {
                    counts[t]++;
                    nextFree[t] = end;
                }
            });
        }
        return this;
    }

    /** Adds {@code other}'s counts to this counter and returns it. */
    public SubstringCounter merge(SubstringCounter other) {
        if (other.terms != terms) {
            throw new IllegalArgumentException("counters of different term sets cannot be merged");
        }
        for (int t = 0; t < counts.length; t++) {
            counts[t] += other.counts[t];
        }
        return this;
    }

    /** The count of the term at {@code index} in {@link TermSet#terms()}. */
    public long count(int index) {
        return counts[index];
    }
}
