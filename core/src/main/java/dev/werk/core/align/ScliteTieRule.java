package dev.werk.core.align;

/**
 * sclite's choice of step into a DP cell, written once for every sclite-style program: the full
 * matrix ({@link ScliteFullMatrix}), the banded rows of the long form ({@link ScliteRow}) and the
 * word-network program of {@code dev.werk.core.markup}. Given the costs of reaching the cell
 * diagonally (hit or substitution), by a deletion and by an insertion, sclite keeps the diagonal
 * if it costs no more than both gaps, else the deletion if it is strictly cheaper than the
 * insertion, else the insertion. Put another way: the cheapest step, ties going to the diagonal,
 * then to the insertion, then to the deletion; the cell's cost is always the least of the three.
 *
 * <p>The methods are tiny and static so the JIT inlines them into the DP loops. Callers switch on
 * the result and set the cell's cost and step in each branch, as the loops did before the rule
 * moved here: computing the step code from the move instead made sclite's full matrix ~17 % slower.
 */
public final class ScliteTieRule {
    /** The diagonal: a hit or a substitution. */
    public static final int DIAGONAL = 0;
    /** A deletion (a reference word against nothing). */
    public static final int DELETION = 1;
    /** An insertion (a hypothesis word against nothing). */
    public static final int INSERTION = 2;

    private ScliteTieRule() {
    }

    /** The step sclite takes for these integer costs: {@link #DIAGONAL}, {@link #DELETION} or {@link #INSERTION}. */
    public static int choose(int diagonal, int deletion, int insertion) {
        return diagonal <= deletion && diagonal <= insertion ? DIAGONAL : deletion < insertion ? DELETION : INSERTION;
    }

    /** As {@link #choose(int, int, int)} for single-precision costs (sclite's network weights); no NaN. */
    public static int choose(float diagonal, float deletion, float insertion) {
        return diagonal <= deletion && diagonal <= insertion ? DIAGONAL : deletion < insertion ? DELETION : INSERTION;
    }
}
