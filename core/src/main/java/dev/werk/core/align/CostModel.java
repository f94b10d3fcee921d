package dev.werk.core.align;

import java.util.Locale;

/**
 * How an alignment prices its edits and breaks ties. Every model satisfies H+S+D = n and
 * H+S+I = m; they differ in which alignment they pick.
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
    LEVENSHTEIN("levenshtein"),

    /**
     * NIST sclite's weights: correct 0, substitution 4, insertion 3, deletion 3. Each cell keeps
     * the diagonal if it costs no more than both gaps, else the deletion if it is strictly cheaper
     * than the insertion, else the insertion; the traceback follows those choices from the end.
     * Reproduces the H/S/D/I of {@code sclite -s} exactly, including utterances where sclite reports
     * more errors than the minimum (it maximises 3H+S, not H).
     */
    SCLITE("sclite");

    private final String id;

    CostModel(String id) {
        this.id = id;
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
