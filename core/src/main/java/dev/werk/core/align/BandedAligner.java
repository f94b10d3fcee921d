package dev.werk.core.align;

import java.util.Arrays;

/**
 * Exact unit-cost alignment of references longer than one block, in memory near-linear in the
 * input: Hyyrö's blocked bit-parallel Levenshtein restricted to an Ukkonen band, with
 * checkpoints for the traceback.
 *
 * <p><b>Band.</b> Any path through cell (i, j) costs at least |k| + |(m−n) − k| with k = j − i.
 * Given a threshold t, only diagonals with that bound ≤ t are needed, and each column computes
 * just the 64-row blocks meeting them. Cells outside are "too large": a block entering the band
 * starts with vertical deltas +1 and the top block always gets a horizontal carry-in of +1, so
 * every computed value is still the cost of a real path (an upper bound). If the banded distance
 * d is ≤ t, every optimal path lies in the band, every cell on it is exact, and the tie rule
 * reads the same deltas as the full matrix (a +1 above or a −1 to the left of an optimal cell
 * only ever comes from another optimal cell). Otherwise t grows (to d if d ≤ 2t, since d is an
 * upper bound, else to 2t) and the pass is repeated.
 *
 * <p><b>Threshold schedule.</b> A pass whose distance d exceeds t is followed by one with t = d
 * (certainly the last) when d ≤ 4t or when d did not improve on the pass before (it is then
 * almost always the distance: the 20,000-word bench pair gives d = 1,962 from t = 64 on), else by
 * one with t doubled. Jumping costs one pass of width d ≤ 4t; doubling would cost a pass of 2t
 * and, unless that one is the last, another of 4t, and only its last pass can save every column
 * (below). Any schedule that ends with d ≤ t gives the same, exact result.
 *
 * <p><b>Columns for the traceback.</b> A pass that is certainly the last (the first pass, or
 * t = a known upper bound) saves every column when they fit in the store budget (a few MB for a
 * 20,000-word call), and the traceback walks back through them directly. Otherwise the pass saves
 * the band's Pv/Mv words every K columns (K about √m), and the traceback recomputes one stripe of
 * K columns at a time from its checkpoint, saving every column, and walks back through it: memory
 * O(band·(m/K + K)) words, time about twice one banded pass.
 *
 * <p>Not thread-safe; all scratch arrays are reused across calls.
 */
final class BandedAligner {
    /** Choose the checkpoint interval from the hypothesis length. */
    static final int AUTO_INTERVAL = 0;
    /** Lower bound of the automatic checkpoint interval: shorter stripes only add overhead. */
    static final int MIN_INTERVAL = 256;
    /** First band threshold when the length difference is smaller: covers ~10% errors at 640 words. */
    static final int DEFAULT_INITIAL_BAND = 64;
    /**
     * Most words (Pv and Mv, 8 bytes each) a pass may save to keep every column: 2^22, so 64 MB.
     * The 20,000-word bench pair needs 0.7 M, the 200,000-word pair 60 M (it takes checkpoints).
     */
    static final long DEFAULT_STORE_BUDGET = 1L << 22;

    private final int fixedInterval;
    private final int initialBand;
    private final long storeBudget;

    // The pair, with ids made dense and local to it (absent from the reference = -1).
    private int[] ref = new int[0];
    private int[] hyp = new int[0];
    private int n;
    private int m;
    private int[] idStamp = new int[0];
    private int[] idLocal = new int[0];
    private int epoch;
    private final BlockMasks masks;

    // The band: diagonals kMin..kMax of the current pass, and the checkpoint interval.
    private long kMin;
    private long kMax;
    private int interval;

    // The working column: blocks first..last are live, with the value just above them in `top`.
    private long[] pv = new long[0];
    private long[] mv = new long[0];
    private long[] eq = new long[0];
    private int first;
    private int last;
    private long top;

    private final ColumnStore checkpoints = new ColumnStore();
    private final ColumnStore stripe = new ColumnStore();

    // What the last call did, for tests that must know the band and checkpoint code ran.
    private long lastDistance;
    private int lastPasses;
    private boolean lastStored;

    /**
     * {@code fixedInterval} checkpoint columns ({@link #AUTO_INTERVAL}: about √m), the first band
     * threshold, the store budget in words (0: always checkpoints, as tests need) and the match
     * table's dense budget in words (0: always sparse; see {@link BlockMasks}).
     */
    BandedAligner(int fixedInterval, int initialBand, long storeBudget, long denseBudget) {
        if (fixedInterval < 0 || initialBand < 0 || storeBudget < 0) {
            throw new IllegalArgumentException("interval " + fixedInterval + ", band " + initialBand
                    + " and store budget " + storeBudget + " must be >= 0");
        }
        this.fixedInterval = fixedInterval;
        this.initialBand = initialBand;
        this.storeBudget = storeBudget;
        this.masks = new BlockMasks(denseBudget);
    }

    /**
     * Aligns {@code a[aOff, aOff+n)} with {@code b[bOff, bOff+m)} (both non-empty, reference ids
     * in {@code 0..maxId}) and adds the steps to {@code steps} from the last to the first.
     */
    void align(int[] a, int aOff, int n, int[] b, int bOff, int m, int maxId, StepsBuilder steps) {
        assert n > 0 && m > 0;
        load(a, aOff, n, b, bOff, m, maxId);
        interval = fixedInterval > 0 ? fixedInterval : Math.max(MIN_INTERVAL, (int) Math.ceil(Math.sqrt(m)));
        long t = Math.max(Math.abs((long) m - n), initialBand);
        int passes = 1;
        boolean stored = fits(t);
        long d = forward(t, stored);
        long previous = -1;
        while (d > t) {
            // d is the cost of a real path, so a pass with t = d is certainly the last.
            boolean last = d <= 4 * t || d == previous;
            previous = d;
            t = last ? d : Math.max(2 * t, 1);
            stored = last && fits(t);
            d = forward(t, stored);
            passes++;
        }
        lastDistance = d;
        lastPasses = passes;
        lastStored = stored;
        traceback(steps, stored);
    }

    /** Whether every column of a pass with threshold t fits in the store budget. */
    private boolean fits(long t) {
        return storedWords(t) <= storeBudget;
    }

    /** At most how many words a pass with threshold t saves when it keeps every column (≤ t + 1 rows a column). */
    private long storedWords(long t) {
        return (m + 1L) * Math.min((t + 1) / 64 + 2, (n + 63) >>> 6);
    }

    /** The distance found by the last call. */
    long lastDistance() {
        return lastDistance;
    }

    /** How many banded passes the last call needed (1 if the first threshold held). */
    int lastPasses() {
        return lastPasses;
    }

    /** How many checkpoints the last call's final pass saved (column 0 included); 0 when it saved every column. */
    int lastCheckpoints() {
        return lastStored ? 0 : checkpoints.columns();
    }

    /** Whether the last call's final pass saved every column (no stripe was recomputed). */
    boolean lastStored() {
        return lastStored;
    }

    private void load(int[] a, int aOff, int n, int[] b, int bOff, int m, int maxId) {
        this.n = n;
        this.m = m;
        if (idStamp.length <= maxId) {
            int size = Math.max(maxId + 1, Math.min(idStamp.length * 2, LevenshteinAligner.MAX_DENSE_ID + 1));
            idStamp = Arrays.copyOf(idStamp, size);
            idLocal = Arrays.copyOf(idLocal, size);
        }
        if (++epoch == 0) {
            Arrays.fill(idStamp, 0);
            epoch = 1;
        }
        if (ref.length < n) {
            ref = new int[Math.max(n, ref.length * 2)];
        }
        if (hyp.length < m) {
            hyp = new int[Math.max(m, hyp.length * 2)];
        }
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            int w = a[aOff + i];
            if (idStamp[w] != epoch) {
                idStamp[w] = epoch;
                idLocal[w] = distinct++;
            }
            ref[i] = idLocal[w];
        }
        for (int j = 0; j < m; j++) {
            int w = b[bOff + j];
            hyp[j] = w >= 0 && w < idStamp.length && idStamp[w] == epoch ? idLocal[w] : -1;
        }
        masks.build(ref, n, distinct);
        int blocks = (n + 63) >>> 6;
        if (pv.length < blocks) {
            pv = new long[blocks];
            mv = new long[blocks];
            eq = new long[blocks];
        }
    }

    /**
     * One banded pass over all columns with threshold {@code t}, saving every column into the
     * stripe store ({@code all}) or checkpoints; returns D'[n][m].
     */
    private long forward(long t, boolean all) {
        long delta = (long) m - n;
        assert t >= Math.abs(delta);
        kMin = -((t - delta) >> 1);
        kMax = (t + delta) >> 1;
        first = 0;
        last = -1;
        top = 0;
        ColumnStore saved = all ? stripe : checkpoints;
        int every = all ? 1 : interval;
        if (all) {
            saved.clearFor(m + 1, (int) storedWords(t));
        } else {
            saved.clear();
        }
        saved.append(first, last, pv, mv);
        for (int j = 1; j <= m; j++) {
            advance(j);
            if (j % every == 0 && j < m) {
                saved.append(first, last, pv, mv);
            }
        }
        if (all) {
            saved.append(first, last, pv, mv);
        }
        return distance();
    }

    /** First block meeting the band in column j (rows max(1, j − kMax) ..). */
    private int firstBlock(int j) {
        return (int) ((Math.max(1L, j - kMax) - 1) >>> 6);
    }

    /** Last block meeting the band in column j (rows .. min(n, j − kMin)). */
    private int lastBlock(int j) {
        return (int) ((Math.min(n, j - kMin) - 1) >>> 6);
    }

    /** Turns the working column j−1 into column j. */
    private void advance(int j) {
        int newFirst = firstBlock(j);
        int newLast = lastBlock(j);
        assert newFirst >= first && newLast >= last && newFirst <= newLast;
        // Blocks entering the band continue the column above them by deletions (+1 each row).
        while (last < newLast) {
            last++;
            pv[last] = -1L;
            mv[last] = 0L;
        }
        // Blocks leaving it hand their column j−1 total to the value above the window.
        while (first < newFirst) {
            top += Long.bitCount(pv[first]) - Long.bitCount(mv[first]);
            first++;
        }
        top++;
        int id = hyp[j - 1];
        if (masks.dense()) {
            kernel(first, last, pv, mv, masks.table(), masks.row(id));
        } else {
            masks.scatter(id, first, last, eq);
            kernel(first, last, pv, mv, eq, 0);
            masks.clear(id, first, last, eq);
        }
    }

    /**
     * Hyyrö's block step over blocks {@code from..to} with a horizontal carry-in of +1 at the top
     * (row 0, or the band's upper edge); block b's match mask is {@code eq[eqBase + b]}.
     */
    private static void kernel(int from, int to, long[] pv, long[] mv, long[] eq, int eqBase) {
        long hpCarry = 1L;
        long hnCarry = 0L;
        for (int b = from; b <= to; b++) {
            long p = pv[b];
            long q = mv[b];
            long x = eq[eqBase + b] | hnCarry;
            long d0 = (((x & p) + p) ^ p) | x | q;
            long hp = q | ~(d0 | p);
            long hn = d0 & p;
            long hpOut = hp >>> 63;
            long hnOut = hn >>> 63;
            hp = (hp << 1) | hpCarry;
            hn = (hn << 1) | hnCarry;
            hpCarry = hpOut;
            hnCarry = hnOut;
            pv[b] = hn | ~(d0 | hp);
            mv[b] = hp & d0;
        }
    }

    /** D'[n][m] from the working column after the last column: the value above plus the deltas down to row n. */
    private long distance() {
        assert last == (n - 1) >>> 6;
        long d = top;
        for (int b = first; b <= last; b++) {
            int rows = n - (b << 6);
            long valid = rows >= 64 ? -1L : (1L << rows) - 1;
            d += Long.bitCount(pv[b] & valid) - Long.bitCount(mv[b] & valid);
        }
        return d;
    }

    /**
     * Walks back from (n, m) with RapidFuzz's rule: through the saved columns ({@code stored}),
     * or one recomputed stripe at a time.
     */
    private void traceback(StepsBuilder steps, boolean stored) {
        int i = n;
        int j = m;
        while (i > 0 && j > 0) {
            int c0 = 0;
            if (!stored) {
                int c = (j - 1) / interval;
                c0 = c * interval;
                recomputeStripe(c, c0, Math.min(c0 + interval, m));
            }
            while (i > 0 && j > c0) {
                int block = (i - 1) >>> 6;
                long bit = 1L << (i - 1);
                if ((stripe.pv(j - c0, block) & bit) != 0) {
                    steps.add(StepsBuilder.DEL);
                    i--;
                } else if ((stripe.mv(j - 1 - c0, block) & bit) != 0) {
                    steps.add(StepsBuilder.INS);
                    j--;
                } else {
                    steps.add(ref[i - 1] == hyp[j - 1] ? StepsBuilder.HIT : StepsBuilder.SUB);
                    i--;
                    j--;
                }
            }
        }
        steps.add(StepsBuilder.DEL, i);
        steps.add(StepsBuilder.INS, j);
    }

    /** Fills {@link #stripe} with columns c0..c1 (index j − c0), starting from checkpoint c. */
    private void recomputeStripe(int c, int c0, int c1) {
        assert c < checkpoints.columns();
        first = checkpoints.firstBlock(c);
        last = checkpoints.lastBlock(c);
        checkpoints.restore(c, pv, mv);
        stripe.clear();
        stripe.append(first, last, pv, mv);
        for (int j = c0 + 1; j <= c1; j++) {
            advance(j);
            stripe.append(first, last, pv, mv);
        }
    }
}
