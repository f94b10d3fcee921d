package dev.werk.core;

import dev.werk.core.align.CostModel;
import dev.werk.core.text.TextNormalizer;
import java.util.Objects;

/**
 * How a corpus is scored: the cost model, the unit and the normaliser applied to reference and
 * hypothesis alike. Immutable; start from {@link #defaults()}.
 *
 * @param cost       the alignment cost model
 * @param unit       words or characters
 * @param normalizer the normalisation applied to both sides before tokenising; every output names it
 */
public record ScoreOptions(CostModel cost, ScoringUnit unit, TextNormalizer normalizer) {

    public ScoreOptions {
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(normalizer, "normalizer");
    }

    /** Levenshtein costs, words, the {@code none} normaliser (split on whitespace only). */
    public static ScoreOptions defaults() {
        return new ScoreOptions(CostModel.LEVENSHTEIN, ScoringUnit.WORD, TextNormalizer.preset(TextNormalizer.NONE));
    }

    public ScoreOptions withCost(CostModel c) {
        return new ScoreOptions(c, unit, normalizer);
    }

    public ScoreOptions withUnit(ScoringUnit u) {
        return new ScoreOptions(cost, u, normalizer);
    }

    public ScoreOptions withNormalizer(TextNormalizer n) {
        return new ScoreOptions(cost, unit, n);
    }

    /** The normaliser's name, as every output reports it. */
    public String normalizerName() {
        return normalizer.name();
    }

    /** False when the normaliser has no step, so the reader's text is tokenised directly. */
    boolean normalizes() {
        return !normalizer.steps().isEmpty();
    }
}
