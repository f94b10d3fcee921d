package dev.werk.core.align;

import java.util.Locale;

/**
 * How an alignment prices its edits and breaks ties. Every model satisfies H+S+D = n and
 * H+S+I = m; they differ in which alignment they pick.
 *
 * <p>Each model's weights are declared here, once: {@link Aligner#create} picks the aligner that
 * implements them, and the network program for sclite markup
 * ({@link dev.werk.core.markup.MarkupAligner}) reads all five. A correct word costs 0 everywhere.
 */
public enum CostModel {
    /**
     * Unit costs (substitution, deletion, insertion each 1): the minimum number of edits, as
     * jiwer, Kaldi and texterrors count them. Ties are broken exactly as RapidFuzz (and so
     * jiwer 4) breaks them: the common prefix and suffix are matched first; then, walking back
     * from the end, a deletion is taken when {@code D[i][j] = D[i-1][j] + 1}, otherwise an
     * insertion when {@code D[i][j-1] = D[i-1][j-1] - 1}, otherwise the diagonal (hit or
     * substitution). On inputs below RapidFuzz's Hirschberg threshold this reproduces jiwer's
     * S/D/I split, not only its total. (Utterances with sclite trn markup are aligned by the network
     * program with unit weights and sclite's tie rule instead; see
     * {@link dev.werk.core.markup.MarkupAligner}.)
     */
    LEVENSHTEIN("levenshtein", 1, 1, 0.5f, 0.001f, 0.25f),

    /**
     * NIST sclite's weights: correct 0, substitution 4, insertion 3, deletion 3. Each cell keeps
     * the diagonal if it costs no more than both gaps, else the deletion if it is strictly cheaper
     * than the insertion, else the insertion ({@link ScliteTieRule}); the traceback follows those
     * choices from the end.
     * Reproduces the H/S/D/I of {@code sclite -s} exactly, including utterances where sclite reports
     * more errors than the minimum (it maximises 3H+S, not H).
     */
    SCLITE("sclite", 4, 3, 2f, 0.001f, 1f);

    private final String id;
    private final int substitution;
    private final int gap;
    private final float optionalGap;
    private final float nullGap;
    private final float nullPair;

    CostModel(String id, int substitution, int gap, float optionalGap, float nullGap, float nullPair) {
        this.id = id;
        this.substitution = substitution;
        this.gap = gap;
        this.optionalGap = optionalGap;
        this.nullGap = nullGap;
        this.nullPair = nullPair;
    }

    /**
     * The cost of aligning two different words: 1 for {@code levenshtein}, 4 for {@code sclite}.
     * (The levenshtein aligner's bit-parallel algorithm has unit costs built in.)
     */
    public int substitutionCost() {
        return substitution;
    }

    /** The cost of inserting or deleting a word: 1 for {@code levenshtein}, 3 for {@code sclite}. */
    public int gapCost() {
        return gap;
    }

    /**
     * With sclite markup and -D: the cost of inserting or deleting an optionally deletable
     * {@code (word)}, below a word's gap and above {@code @}'s: 0.5 or 2 (sclite's {@code wwd_WORD}).
     */
    public float optionalGapCost() {
        return optionalGap;
    }

    /** With sclite markup: the cost of inserting or deleting {@code @} ("no word"): 0.001 in both models. */
    public float nullGapCost() {
        return nullGap;
    }

    /** With sclite markup: the cost of aligning {@code @} with {@code @}: 0.25 or 1. */
    public float nullPairCost() {
        return nullPair;
    }

    /** The name used on the command line and in every output, e.g. {@code "sclite"}. */
    public String id() {
        return id;
    }

    /** Parses a model by its {@link #id()}, case-insensitively. */
    public static CostModel fromId(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        for (CostModel m : values()) {
            if (m.id.equals(wanted)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown cost model '" + name + "' (expected levenshtein or sclite)");
    }
}
