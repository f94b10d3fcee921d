package dev.werk.core;

import dev.werk.core.align.Alignment;
import dev.werk.core.metrics.Counts;
import dev.werk.core.metrics.Measures;

/**
 * One scored utterance: its tokens (ids in the corpus' {@link CorpusScore#token vocabulary}) and
 * their alignment.
 *
 * @param id                the utterance id (the 1-based line number for plain text)
 * @param referenceLine     the reference file's line
 * @param hypothesisMissing true when the hypothesis file had no such utterance (all deletions)
 * @param reference         the reference token ids after normalisation
 * @param hypothesis        the hypothesis token ids after normalisation
 * @param alignment         the alignment of the two
 */
public record UtteranceScore(String id, int referenceLine, boolean hypothesisMissing,
                             int[] reference, int[] hypothesis, Alignment alignment) {

    /** The four counts of this utterance. */
    public Counts counts() {
        return alignment.counts();
    }

    /** The rates of this utterance alone (WER undefined when the reference is empty). */
    public Measures measures() {
        return Measures.of(counts());
    }

    /** True when any word is wrong (sclite's sentence error). */
    public boolean hasError() {
        return alignment.errors() > 0;
    }

    /** True when the reference has no tokens. */
    public boolean emptyReference() {
        return reference.length == 0;
    }
}
