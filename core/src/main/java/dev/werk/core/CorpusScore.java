package dev.werk.core;

import dev.werk.core.align.Vocabulary;
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
 */
public final class CorpusScore {
    private final ScoreOptions options;
    private final List<UtteranceScore> utterances;
    private final Vocabulary vocabulary;
    private final List<String> warnings;
    private final Counts total;
    private final int sentenceErrors;
    private final int emptyReferences;

    CorpusScore(ScoreOptions options, List<UtteranceScore> utterances, Vocabulary vocabulary, List<String> warnings) {
        this.options = options;
        this.utterances = List.copyOf(utterances);
        this.vocabulary = vocabulary;
        this.warnings = List.copyOf(warnings);
        long h = 0;
        long s = 0;
        long d = 0;
        long i = 0;
        int errs = 0;
        int empty = 0;
        for (UtteranceScore u : utterances) {
            h += u.alignment().hits();
            s += u.alignment().substitutions();
            d += u.alignment().deletions();
            i += u.alignment().insertions();
            if (u.hasError()) {
                errs++;
            }
            if (u.emptyReference()) {
                empty++;
            }
        }
        this.total = new Counts(h, s, d, i);
        this.sentenceErrors = errs;
        this.emptyReferences = empty;
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

    /** The text of a token id: a word, or for character scoring the character itself. */
    public String token(int id) {
        return options.unit() == ScoringUnit.CHAR ? new String(Character.toChars(id)) : vocabulary.word(id);
    }
}
