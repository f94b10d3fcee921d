package dev.werk.core;

import dev.werk.core.metrics.Counts;
import dev.werk.core.metrics.Measures;
import dev.werk.core.metrics.RateSummary;
import java.util.List;

/**
 * The scored corpus: every utterance, the pooled counts and the rates computed from them (never
 * an average of per-utterance rates).
 *
 * <p>Empty references: an utterance whose reference is empty adds its hypothesis words to the
 * pooled insertions; its own rate is undefined. When the whole corpus has no reference word the
 * pooled WER is undefined ({@link Double#NaN}); {@link #emptyReferences()} says how many
 * utterances had an empty reference, and every renderer shows it.
 *
 * <p>Made by {@link ScoreAccumulator#finish} (and so by every {@link Scorer} call).
 */
public final class CorpusScore {
    private final ScoreOptions options;
    private final Provenance provenance;
    private final List<UtteranceScore> utterances;
    private final List<String> warnings;
    private final Counts total;
    private final int sentenceErrors;
    private final int emptyReferences;

    CorpusScore(ScoreOptions options, Provenance provenance, List<UtteranceScore> utterances, Counts total,
                int sentenceErrors, int emptyReferences, List<String> warnings) {
        this.options = options;
        this.provenance = provenance;
        this.utterances = List.copyOf(utterances);
        this.warnings = List.copyOf(warnings);
        this.total = total;
        this.sentenceErrors = sentenceErrors;
        this.emptyReferences = emptyReferences;
    }

    /** How the result was produced: inputs, normaliser, cost model, markup, unit, werk version. */
    public Provenance provenance() {
        return provenance;
    }

    /** The options the corpus was scored with. */
    public ScoreOptions options() {
        return options;
    }

    /** Every utterance, in reference order. */
    public List<UtteranceScore> utterances() {
        return utterances;
    }

    /** Counts summed over all utterances. */
    public Counts total() {
        return total;
    }

    /** Rates of the pooled counts. */
    public Measures measures() {
        return Measures.of(total);
    }

    /**
     * Mean, median and standard deviation of the per-utterance WERs of utterances with reference
     * words: a labelled extra, never the corpus rate (see {@link RateSummary}).
     */
    public RateSummary perUtteranceWer() {
        double[] rates = new double[utterances.size()];
        for (int k = 0; k < rates.length; k++) {
            rates[k] = utterances.get(k).measures().wer();
        }
        return RateSummary.of(rates);
    }

    /** Utterances with at least one error. */
    public int sentenceErrors() {
        return sentenceErrors;
    }

    /** Sentence error rate: utterances with any error / utterances; NaN for an empty corpus. */
    public double sentenceErrorRate() {
        return utterances.isEmpty() ? Double.NaN : (double) sentenceErrors / utterances.size();
    }

    /** Utterances whose reference is empty after normalisation. */
    public int emptyReferences() {
        return emptyReferences;
    }

    /** Things the user must be told (e.g. a reference without hypothesis), one line each. */
    public List<String> warnings() {
        return warnings;
    }
}
