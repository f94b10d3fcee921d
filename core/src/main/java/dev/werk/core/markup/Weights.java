package dev.werk.core.markup;

import dev.werk.core.align.CostModel;

/**
 * The price of each edit in the network alignment, as sclite's word-pair weights: a correct word
 * costs nothing, {@code @} costs almost nothing to insert or delete, an optionally deletable word
 * costs less to drop than an ordinary word, and a substitution costs more than an insertion or a
 * deletion. Single-precision, as in sclite, so that ties fall the same way.
 *
 * @param substitution  two different words
 * @param gap           inserting or deleting a word
 * @param optional      inserting or deleting an optionally deletable word
 * @param nullGap       inserting or deleting {@code @}
 * @param nullPair      {@code @} against {@code @}
 */
record Weights(float substitution, float gap, float optional, float nullGap, float nullPair) {

    /**
     * The weights of {@code model}, as {@link CostModel} declares them, in single precision (as in
     * sclite, so that ties fall the same way): for {@code sclite} its {@code wwd_WORD} weights
     * (substitution 4, insertion and deletion 3, optional word 2, {@code @} 0.001, {@code @}/{@code @}
     * 1); for {@code levenshtein} unit costs in the same order (1, 1, 0.5, 0.001, 0.25).
     */
    static Weights of(CostModel model) {
        return new Weights(model.substitutionCost(), model.gapCost(), model.optionalGapCost(), model.nullGapCost(),
                model.nullPairCost());
    }

    /** A binary fraction small enough never to outweigh half an edit (exact in float up to 8,192). */
    static final float FSTALIGN_TIE = 1f / 1024;

    /**
     * fstalign's edit costs ({@code IComposition.h}: insertion and deletion 1, substitution 1.5),
     * each raised by {@link #FSTALIGN_TIE} so that of two equally cheap paths the one with fewer
     * errors wins, as fstalign keeps the lowest-WER path among its cheapest ones. {@code @} (an
     * empty alternative) is free, as fstalign's epsilon arcs are.
     */
    static final Weights FSTALIGN = new Weights(1.5f + Weights.FSTALIGN_TIE, 1f + Weights.FSTALIGN_TIE, 1f, 0f, 0f);

    /** Deleting (or inserting) {@code w}. */
    float gap(Word w) {
        if (w.isNull()) {
            return nullGap;
        }
        return w.optional() ? optional : gap;
    }

    /** Aligning reference word {@code r} with hypothesis word {@code h}. */
    float pair(Word r, Word h) {
        if (r.isNull() && h.isNull()) {
            return nullPair;
        }
        return r.matches(h) ? 0f : substitution;
    }
}
