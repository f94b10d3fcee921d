package dev.werk.core;

import dev.werk.core.align.CostModel;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * How a corpus is scored: the cost model, the unit and the normaliser applied to reference and
 * hypothesis alike. Immutable; start from {@link #defaults()}.
 *
 * @param cost           the alignment cost model
 * @param unit           words or characters
 * @param normalizerName the name every output reports for the normaliser
 * @param normalizer     the normalisation applied to both sides before tokenising
 */
public record ScoreOptions(CostModel cost, ScoringUnit unit, String normalizerName, UnaryOperator<String> normalizer) {

    public ScoreOptions {
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(normalizerName, "normalizerName");
        Objects.requireNonNull(normalizer, "normalizer");
    }

    /** Levenshtein costs, words, no normalisation ("none": split on whitespace only). */
    public static ScoreOptions defaults() {
        return new ScoreOptions(CostModel.LEVENSHTEIN, ScoringUnit.WORD, "none", UnaryOperator.identity());
    }

    public ScoreOptions withCost(CostModel c) {
        return new ScoreOptions(c, unit, normalizerName, normalizer);
    }

    public ScoreOptions withUnit(ScoringUnit u) {
        return new ScoreOptions(cost, u, normalizerName, normalizer);
    }

    public ScoreOptions withNormalizer(String name, UnaryOperator<String> fn) {
        return new ScoreOptions(cost, unit, name, fn);
    }

    /** True when the normaliser leaves text unchanged, so the reader's text is tokenised directly. */
    boolean normalizes() {
        return !"none".equals(normalizerName);
    }
}
