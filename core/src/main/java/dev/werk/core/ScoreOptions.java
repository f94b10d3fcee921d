package dev.werk.core;

import dev.werk.core.align.CostModel;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * How a corpus is scored: the cost model, the unit and the normaliser applied to reference and
 * hypothesis alike, and how sclite's trn markup is read. Immutable; start from {@link #defaults()}.
 *
 * @param cost           the alignment cost model
 * @param unit           words or characters
 * @param normalizerName the name every output reports for the normaliser
 * @param normalizer     the normalisation applied to both sides before tokenising
 * @param markup         how sclite's trn markup is read (see {@link Markup})
 */
public record ScoreOptions(CostModel cost, ScoringUnit unit, String normalizerName, UnaryOperator<String> normalizer,
                           Markup markup) {

    public ScoreOptions {
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(normalizerName, "normalizerName");
        Objects.requireNonNull(normalizer, "normalizer");
        Objects.requireNonNull(markup, "markup");
    }

    /** Options with the default markup handling ({@link Markup#DEFAULT}). */
    public ScoreOptions(CostModel cost, ScoringUnit unit, String normalizerName, UnaryOperator<String> normalizer) {
        this(cost, unit, normalizerName, normalizer, Markup.DEFAULT);
    }

    /** Levenshtein costs, words, no normalisation ("none": split on whitespace only), trn markup read. */
    public static ScoreOptions defaults() {
        return new ScoreOptions(CostModel.LEVENSHTEIN, ScoringUnit.WORD, "none", UnaryOperator.identity());
    }

    public ScoreOptions withCost(CostModel c) {
        return new ScoreOptions(c, unit, normalizerName, normalizer, markup);
    }

    public ScoreOptions withUnit(ScoringUnit u) {
        return new ScoreOptions(cost, u, normalizerName, normalizer, markup);
    }

    public ScoreOptions withNormalizer(String name, UnaryOperator<String> fn) {
        return new ScoreOptions(cost, unit, name, fn, markup);
    }

    /** True when the normaliser leaves text unchanged, so the reader's text is tokenised directly. */
    boolean normalizes() {
        return !"none".equals(normalizerName);
    }

    // ---- sclite trn markup ------------------------------------------------------------------

    public ScoreOptions withMarkup(Markup m) {
        return new ScoreOptions(cost, unit, normalizerName, normalizer, m);
    }

    /**
     * How sclite's trn markup is read. Markup is interpreted only in text read as trn (see
     * {@link dev.werk.core.io.Pairing.Source}), after normalisation, and only for word scoring:
     * <ul>
     *   <li>{@code { a / b c / @ }} alternatives (nesting, {@code @} = no words),</li>
     *   <li>{@code (word)} optionally deletable, with {@link #optionalDeletable()} (sclite -D),</li>
     *   <li>{@code word-} / {@code -word} fragments, with {@link #fragments()} (sclite -F),</li>
     *   <li>{@code word;tag} tags dropped, a trailing {@code *} dropped, {@code @} skipped at no cost.</li>
     * </ul>
     * See {@link dev.werk.core.markup.MarkupAligner} for the exact rules.
     *
     * @param interpret         read trn text as sclite does; when false, braces, parentheses and the
     *                          other markup characters are ordinary characters of words, and the two
     *                          flags below have no effect
     * @param optionalDeletable sclite's -D: a left-out {@code (word)} counts as correct
     * @param fragments         sclite's -F: {@code word-} and {@code -word} match by prefix and suffix
     */
    public record Markup(boolean interpret, boolean optionalDeletable, boolean fragments) {
        /** Markup read in trn input; -D and -F off (sclite's defaults). */
        public static final Markup DEFAULT = new Markup(true, false, false);
        /** No markup anywhere: every character belongs to a word. */
        public static final Markup OFF = new Markup(false, false, false);
    }
}
