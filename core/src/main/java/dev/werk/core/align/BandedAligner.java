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
 * only ever comes from another optimal cell). Otherwise t grows and the pass is repeated.
 *
 * <p><b>Threshold.</b> The first pass runs at t = {@link AnchorBound}'s bound, the cost of a real
 * alignment through the words found once on each side, which on ASR output is the distance or a
 * few words above it: that pass is certainly the last, and prunes (below). Without a bound (a gap
 * between anchors too long to align exactly, or a test that turns the bound off) a schedule
 * finds t: the first pass runs at max(|m − n|, 64); one whose distance d exceeds t is followed by
 * one with t = d (certainly the last) when d ≤ 4t or when d did not improve on the pass before,
 * else by one with t doubled. Any schedule that ends with d ≤ t gives the same, exact result. On
 * the 44 Earnings-21 calls the schedule took 147 passes, and its passes before the last computed
 * as many blocks as the last ones; the bound needs 44, with no block beyond the last passes'.
 *
 * <p><b>Pruning inside the band.</b> A pass whose threshold t is a known upper bound (the anchor
 * bound, or a previous pass's distance) also drops edge blocks as it goes, in
 * the spirit of edlib: a cell is needed only if some path of cost ≤ t passes through it, and then
 * D'[i][j] + |(m−j) − (n−i)| ≤ t, since a needed cell's value is exact (its optimal predecessor is
 * needed too). After each column, the first and last blocks are dropped while a lower bound of
 * that sum over all their cells exceeds t (each vertical delta is ±1 or 0, so a block's cells are
 * at least its top value − 64 and its bottom value − 63); a block below the window is added only
 * while its cells, reached from the window's bottom cell in the column before (value B) after
 * r − 1 more rows at least, could be needed: B + r − 1 + the rest bound ≤ t. Every needed cell
 * stays in the window, so the distance and every step are those of the full band (the tie rule's
 * argument above holds for any window that holds every needed cell). On the Earnings-21 calls a
 * pruned pass computes 59 % of its band's blocks. A schedule pass with a smaller t must not prune:
 * its distance is the upper bound that the next pass starts from.
 *
 * <p><b>Columns for the traceback.</b> A pass that is certainly the last (the anchored pass, the
 * schedule's first pass, or one at a known upper bound) saves every column when they fit in the store budget (a few MB for a
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
    /** The schedule's first band threshold when the length difference is smaller: covers ~10% errors at 640 words. */
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
    private final AnchorBound anchors;
    private int distinct;

    // The band: diagonals kMin..kMax of the current pass, and the checkpoint interval.
    private long kMin;
    private long kMax;
    private int interval;

    // The working column: blocks first..last are live, with the value just above them in `top`
    // and the value of the last block's bottom row (row 64·(last+1), past n in the last block) in `bottom`.
    private long[] pv = new long[0];
    private long[] mv = new long[0];
    private long[] eq = new long[0];
    private int first;
    private int last;
    private long top;
    private long bottom;
    // Whether the current pass prunes, and its threshold.
    private boolean prune;
    private long limit;
    // `top` and `bottom` at each checkpoint, so a recomputed stripe prunes as the pass did.
    private long[] checkpointTop = new long[0];
    private long[] checkpointBottom = new long[0];

    private final ColumnStore checkpoints = new ColumnStore();
    private final ColumnStore stripe = new ColumnStore();

    // What the last call did, for tests that must know the band and checkpoint code ran.
    private long lastDistance;
    private int lastPasses;
    private boolean lastStored;
    private boolean lastPruned;

    /**
     * {@code fixedInterval} checkpoint columns ({@link #AUTO_INTERVAL}: about √m), the first band
     * threshold, the store budget in words (0: always checkpoints, as tests need), the match
     * table's dense budget in words (0: always sparse; see {@link BlockMasks}) and whether the
     * first threshold may come from {@link AnchorBound} (false: the schedule always runs, as tests
     * of band growth need).
     */
    BandedAligner(int fixedInterval, int initialBand, long storeBudget, long denseBudget, boolean anchored) {
        if (fixedInterval < 0 || initialBand < 0 || storeBudget < 0) {
            throw new IllegalArgumentException("interval " + fixedInterval + ", band " + initialBand
                    + " and store budget " + storeBudget + " must be >= 0");
        }
        this.fixedInterval = fixedInterval;
        this.initialBand = initialBand;
        this.storeBudget = storeBudget;
        this.masks = new BlockMasks(denseBudget);
        this.anchors = anchored ? new AnchorBound() : null;
    }

    /**
     * Aligns {@code a[aOff, aOff+n)} with {@code b[bOff, bOff+m)} (both non-empty, reference ids
     * in {@code 0..maxId}) and adds the steps to {@code steps} from the last to the first.
     */
    void align(int[] a, int aOff, int n, int[] b, int bOff, int m, int maxId, StepsBuilder steps) {
        assert n > 0 && m > 0;
        load(a, aOff, n, b, bOff, m, maxId);
        interval = fixedInterval > 0 ? fixedInterval : Math.max(MIN_INTERVAL, (int) Math.ceil(Math.sqrt(m)));
        long bound = anchors == null ? -1 : anchors.bound(ref, n, hyp, m, distinct);
        long t;
        long d;
        boolean stored;
        int passes = 1;
        if (bound >= 0) {
            // A real alignment's cost: one pruned pass at it is certainly the last.
            t = bound;
            stored = fits(t);
            d = forward(t, stored, true);
        } else {
            t = Math.max(Math.abs((long) m - n), initialBand);
            stored = fits(t);
            d = forward(t, stored, false);
        }
        long previous = -1;
        while (d > t) {
            // d is the cost of a real path, so a pass with t = d is certainly the last, and may prune.
            boolean last = d <= 4 * t || d == previous;
            previous = d;
            t = last ? d : Math.max(2 * t, 1);
            stored = last && fits(t);
            d = forward(t, stored, last);
            passes++;
        }
        lastDistance = d;
        lastPasses = passes;
        lastStored = stored;
        lastPruned = prune;
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

    /** Whether the last call's final pass pruned its window. */
    boolean lastPruned() {
        return lastPruned;
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
        this.distinct = distinct;
        int blocks = (n + 63) >>> 6;
        if (pv.length < blocks) {
            pv = new long[blocks];
            mv = new long[blocks];
            eq = new long[blocks];
        }
    }

    /**
     * One banded pass over all columns with threshold {@code t}, saving every column into the
     * stripe store ({@code all}) or checkpoints, pruning when t is a known upper bound
     * ({@code pruned}); returns D'[n][m].
     */
    private long forward(long t, boolean all, boolean pruned) {
        long delta = (long) m - n;
        assert t >= Math.abs(delta);
        kMin = -((t - delta) >> 1);
        kMax = (t + delta) >> 1;
        prune = pruned;
        limit = t;
        first = 0;
        last = -1;
        top = 0;
        bottom = 0;
        ColumnStore saved = all ? stripe : checkpoints;
        int every = all ? 1 : interval;
        saved.clear();
        saveColumn(saved, all);
        for (int j = 1; j <= m; j++) {
            advance(j);
            if (j % every == 0 && j < m) {
                saveColumn(saved, all);
            }
        }
        if (all) {
            saved.append(first, last, pv, mv);
        }
        return distance();
    }

    /** Appends the working column to {@code saved}, with `top` and `bottom` when it is a checkpoint. */
    private void saveColumn(ColumnStore saved, boolean all) {
        if (!all) {
            int c = saved.columns();
            if (c == checkpointTop.length) {
                checkpointTop = Arrays.copyOf(checkpointTop, 2 * c + 16);
                checkpointBottom = Arrays.copyOf(checkpointBottom, 2 * c + 16);
            }
            checkpointTop[c] = top;
            checkpointBottom[c] = bottom;
        }
        saved.append(first, last, pv, mv);
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
        int bandFirst = firstBlock(j);
        int bandLast = lastBlock(j);
        assert bandFirst >= first || prune;
        // Blocks entering the window continue the column above them by deletions (+1 each row).
        // When pruning, only while their cells could be needed (see the class comment).
        long below = bottom;
        long rowsPast = 0;
        while (last < bandLast && (!prune || below + rowsPast + rest(j, 64L * (last + 1) + 1) <= limit)) {
            last++;
            pv[last] = -1L;
            mv[last] = 0L;
            bottom += 64;
            rowsPast += 64;
        }
        // Blocks leaving it hand their column j−1 total to the value above the window.
        while (first < bandFirst && first <= last) {
            top += Long.bitCount(pv[first]) - Long.bitCount(mv[first]);
            first++;
        }
        top++;
        int id = hyp[j - 1];
        long out;
        if (masks.dense()) {
            out = kernel(first, last, pv, mv, masks.table(), masks.row(id));
        } else {
            masks.scatter(id, first, last, eq);
            out = kernel(first, last, pv, mv, eq, 0);
            masks.clear(id, first, last, eq);
        }
        bottom += out;
        if (prune) {
            pruneEdges(j);
        }
    }

    /** Drops the first and last blocks of column j while none of their cells can be needed. */
    private void pruneEdges(int j) {
        while (last > first) {
            long blockTop = bottom - (Long.bitCount(pv[last]) - Long.bitCount(mv[last]));
            long rowLo = 64L * last + 1;
            long least = Math.max(blockTop - 64, bottom - 63) + rest(j, rowLo, Math.min(rowLo + 63, n));
            if (least <= limit) {
                break;
            }
            bottom = blockTop;
            last--;
        }
        while (first < last) {
            long blockBottom = top + Long.bitCount(pv[first]) - Long.bitCount(mv[first]);
            long rowLo = 64L * first + 1;
            long least = Math.max(top - 64, blockBottom - 63) + rest(j, rowLo, rowLo + 63);
            if (least <= limit) {
                break;
            }
            top = blockBottom;
            first++;
        }
    }

    /** The least cost from row i of column j to (n, m): |(m − j) − (n − i)|. */
    private long rest(int j, long i) {
        return Math.abs((long) (m - j) - (n - i));
    }

    /** The least {@link #rest(int, long)} over rows lo..hi of column j. */
    private long rest(int j, long lo, long hi) {
        long onEnd = j - ((long) m - n); // the row of column j on the diagonal through (n, m)
        return onEnd < lo ? lo - onEnd : onEnd > hi ? onEnd - hi : 0;
    }

    /**
     * Hyyrö's block step over blocks {@code from..to} with a horizontal carry-in of +1 at the top
     * (row 0, or the band's upper edge); block b's match mask is {@code eq[eqBase + b]}. Returns
     * the horizontal delta out of the last block's bottom row (+1 for an empty range).
     */
    static long kernel(int from, int to, long[] pv, long[] mv, long[] eq, int eqBase) {
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
        return hpCarry - hnCarry;
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
        top = checkpointTop[c];
        bottom = checkpointBottom[c];
        checkpoints.restore(c, pv, mv);
        stripe.clear();
        stripe.append(first, last, pv, mv);
        for (int j = c0 + 1; j <= c1; j++) {
            advance(j);
            stripe.append(first, last, pv, mv);
        }
    }
}
