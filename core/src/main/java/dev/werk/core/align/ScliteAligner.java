package dev.werk.core.align;

/**
 * NIST sclite's alignment (correct 0, substitution 4, deletion 3, insertion 3, with its per-cell
 * preference, see {@link CostModel#SCLITE}), step for step identical to the plain full-matrix DP.
 *
 * <p>The common suffix and prefix are taken off first; both shortcuts provably give the same
 * steps under sclite's tie rule (see {@link #align}). What is left goes to
 * {@link ScliteFullMatrix} if it has at most {@link #FULL_MATRIX_MAX_CELLS} cells, else to the
 * banded, checkpointed {@link ScliteLongForm}.
 */
final class ScliteAligner implements Aligner {
    /** Largest n·m done as a full matrix (256 KB of directions). Utterances are far below it;
     *  above it the long-form passes already touch fewer cells than the full matrix. */
    static final long FULL_MATRIX_MAX_CELLS = 1 << 18;

    private final StepsBuilder steps = new StepsBuilder();
    private final ScliteFullMatrix fullMatrix = new ScliteFullMatrix();
    private final long fullMatrixMaxCells;
    private final ScliteLongForm.Tuning tuning;
    /** Made on the first long pair, so that creating an aligner for utterances stays cheap. */
    private ScliteLongForm longForm;

    ScliteAligner() {
        this(FULL_MATRIX_MAX_CELLS, ScliteLongForm.Tuning.DEFAULT);
    }

    /** Knobs for tests that must drive small inputs through the long-form passes. */
    ScliteAligner(long fullMatrixMaxCells, ScliteLongForm.Tuning tuning) {
        this.fullMatrixMaxCells = fullMatrixMaxCells;
        this.tuning = tuning;
    }

    @Override
    public CostModel costModel() {
        return CostModel.SCLITE;
    }

    /**
     * Aligns in three parts, walking back from (n, m):
     *
     * <ol>
     *   <li><b>Common suffix of s words: s hits.</b> At any cell whose two words are equal the
     *       diagonal costs D[i-1][j-1], and D[i-1][j-1] &le; D[i-1][j] + 3 and &le; D[i][j-1] + 3
     *       (dropping one word from an alignment costs at most 3 more: a hit or substitution
     *       becomes a gap at 3, a gap disappears). So sclite's rule takes the diagonal there, s
     *       times in a row from (n, m).
     *   <li><b>The middle</b>, by the full matrix or the long form, from (n - s, m - s) until row
     *       p or column p (p = common prefix length). Every cell with min(i, j) &le; p holds
     *       3|i - j| (match the shorter prefix, gap the rest; no alignment does better), which is
     *       exactly the boundary of the DP on the stripped words, so the middle's values and
     *       choices are those of the full matrix.
     *   <li><b>The prefix region</b> (min(i, j) &le; p), by {@link #finishInPrefix}.
     * </ol>
     */
    @Override
    public Alignment align(int[] a, int[] b) {
        int n = a.length;
        int m = b.length;
        int shorter = Math.min(n, m);
        int p = 0;
        while (p < shorter && a[p] == b[p]) {
            p++;
        }
        int s = 0;
        while (s < shorter - p && a[n - 1 - s] == b[m - 1 - s]) {
            s++;
        }
        steps.add(StepsBuilder.HIT, s);
        int rn = n - p - s;
        int rm = m - p - s;
        long end;
        if (rn == 0 || rm == 0) {
            end = ScliteRow.pack(rn, rm);
        } else if ((long) rn * rm <= fullMatrixMaxCells) {
            end = fullMatrix.traceback(a, p, rn, b, p, rm, steps);
        } else {
            end = longForm().traceback(a, p, rn, b, p, rm, steps);
        }
        finishInPrefix(a, b, p + ScliteRow.high(end), p + ScliteRow.low(end), p);
        return steps.build();
    }

    /**
     * Walks from (i, j) to (0, 0) when min(i, j) &le; p and {@code a[0, p) = b[0, p)}. There
     * every cell holds 3|i - j|, so with j &gt; i the diagonal costs 3(j - i) + (0 or 4), the
     * insertion 3(j - i) and the deletion 3(j - i) + 6: sclite takes the diagonal exactly when
     * the two words are equal, else the insertion. Symmetrically for i &gt; j with the deletion;
     * on the main diagonal (i = j &le; p) only hits remain.
     */
    private void finishInPrefix(int[] a, int[] b, int i, int j, int p) {
        assert Math.min(i, j) <= p;
        while (i != j) {
            if (i > 0 && j > 0 && a[i - 1] == b[j - 1]) {
                steps.add(StepsBuilder.HIT);
                i--;
                j--;
            } else if (j > i) {
                steps.add(StepsBuilder.INS);
                j--;
            } else {
                steps.add(StepsBuilder.DEL);
                i--;
            }
        }
        assert i <= p;
        steps.add(StepsBuilder.HIT, i);
    }

    private ScliteLongForm longForm() {
        if (longForm == null) {
            longForm = new ScliteLongForm(tuning);
        }
        return longForm;
    }

    /** The long-form engine, once a long pair has been aligned (for tests). */
    ScliteLongForm longFormOrNull() {
        return longForm;
    }
}
