package dev.werk.core;

import dev.werk.core.align.CostModel;
import dev.werk.core.text.TextNormalizer;
import java.util.Objects;

/**
 * How a corpus is scored: the cost model, the unit, the normaliser applied to reference and
 * hypothesis alike, and how sclite's trn markup is read. Immutable; start from {@link #defaults()}.
 *
 * @param cost       the alignment cost model
 * @param unit       words or characters
 * @param normalizer the normalisation applied to both sides before tokenising; every output names it
 * @param markup     how sclite's trn markup is read (see {@link Markup})
 * @param offsets    find each token's source words and characters (see {@link UtteranceScore#referenceSource});
 *                   off by default, since it costs time only a caller that shows sources needs
 */
public record ScoreOptions(CostModel cost, ScoringUnit unit, TextNormalizer normalizer, Markup markup, boolean offsets) {

    public ScoreOptions {
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(normalizer, "normalizer");
        Objects.requireNonNull(markup, "markup");
    }

    /** Options without token sources. */
    public ScoreOptions(CostModel cost, ScoringUnit unit, TextNormalizer normalizer, Markup markup) {
        this(cost, unit, normalizer, markup, false);
    }

    /** Levenshtein costs, words, the {@code none} normaliser (split on whitespace only), trn markup read. */
    public static ScoreOptions defaults() {
        return new ScoreOptions(CostModel.LEVENSHTEIN, ScoringUnit.WORD, TextNormalizer.preset(TextNormalizer.NONE), Markup.DEFAULT);
    }

    public ScoreOptions withCost(CostModel c) {
        return new ScoreOptions(c, unit, normalizer, markup, offsets);
    }

    public ScoreOptions withUnit(ScoringUnit u) {
        return new ScoreOptions(cost, u, normalizer, markup, offsets);
    }

    public ScoreOptions withNormalizer(TextNormalizer n) {
        return new ScoreOptions(cost, unit, n, markup, offsets);
    }

    public ScoreOptions withMarkup(Markup m) {
        return new ScoreOptions(cost, unit, normalizer, m, offsets);
    }

    /** The same options, finding each token's source when {@code on}. */
    public ScoreOptions withOffsets(boolean on) {
        return new ScoreOptions(cost, unit, normalizer, markup, on);
    }

    /** The normaliser's name, as every output reports it. */
    public String normalizerName() {
        return normalizer.name();
    }

    /** False when the normaliser has no step, so the reader's text is tokenised directly. */
    boolean normalizes() {
        return !normalizer.steps().isEmpty();
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

        /** How outputs name this setting: {@code off}, or {@code sclite} followed by {@code -D} and {@code -F} when on. */
        public String describe() {
            return interpret ? "sclite" + (optionalDeletable ? " -D" : "") + (fragments ? " -F" : "") : "off";
        }
    }
}
