package dev.werk.core.align;

import java.util.Arrays;

/**
 * A cheap upper bound of a long pair's unit-cost distance, so the banded aligner can run one
 * pruned pass at a threshold close to the distance instead of finding it by repeated passes.
 *
 * <p>The bound is the cost of a real alignment: the one that matches every <em>anchor</em> and
 * aligns the gaps between anchors on their own. Anchors are words that occur exactly once in each
 * side, kept in a longest chain increasing in both positions (patience sorting). A gap whose
 * shorter side has at most 64 words is aligned exactly (Myers' one-block
 * distance with the shorter side as the pattern), so is a longer one block by block when that
 * takes at most {@link #GAP_WORK} block steps; past that the bound is given up (−1), since the
 * longer side, the only cheap bound, can be far above the distance. On ASR output the anchors are nearly always on an
 * optimal path, so the bound is the distance or a few words above it.
 *
 * <p>Ids are the banded aligner's local ones: the reference's dense in {@code 0..distinct−1}, the
 * hypothesis's the same or −1 for words absent from the reference. Not thread-safe; scratch arrays
 * are reused across calls.
 */
final class AnchorBound {
    /** Most block steps an exact gap may take: beyond it the gap costs its longer side. */
    static final long GAP_WORK = 1L << 16;

    private int[] refCount = new int[0];
    private int[] refPos = new int[0];
    private int[] hypCount = new int[0];
    private long[] peq = new long[0];
    private int[] rowOf = new int[0];
    private long[] table = new long[0];
    private long[] colPv = new long[0];
    private long[] colMv = new long[0];
    // The candidate anchors in hypothesis order, and the chain built from them.
    private int[] candRef = new int[0];
    private int[] candHyp = new int[0];
    private int[] tails = new int[0];
    private int[] link = new int[0];
    private boolean loose;

    /**
     * An upper bound of the distance between {@code ref[0, n)} and {@code hyp[0, m)}, or −1 when a
     * gap was too long to align exactly (its bound could be far above the distance).
     */
    long bound(int[] ref, int n, int[] hyp, int m, int distinct) {
        loose = false;
        int candidates = findCandidates(ref, n, hyp, m, distinct);
        int chain = longestChain(candidates);
        // Walk the chain from its end (link runs backwards), summing the gaps after each anchor.
        long cost = 0;
        int nextRef = n;
        int nextHyp = m;
        for (int c = chain < 0 ? -1 : tails[chain]; c >= 0; c = link[c]) {
            cost += gap(ref, candRef[c] + 1, nextRef, hyp, candHyp[c] + 1, nextHyp);
            nextRef = candRef[c];
            nextHyp = candHyp[c];
        }
        cost += gap(ref, 0, nextRef, hyp, 0, nextHyp);
        return loose ? -1 : cost;
    }

    /** Fills candRef/candHyp with the words once in each side, in hypothesis order; returns how many. */
    private int findCandidates(int[] ref, int n, int[] hyp, int m, int distinct) {
        if (!reserve(distinct)) {
            Arrays.fill(refCount, 0, distinct, 0);
            Arrays.fill(hypCount, 0, distinct, 0);
        }
        for (int i = 0; i < n; i++) {
            int w = ref[i];
            refCount[w]++;
            refPos[w] = i;
        }
        for (int j = 0; j < m; j++) {
            int w = hyp[j];
            if (w >= 0) {
                hypCount[w]++;
            }
        }
        if (candRef.length < m) {
            candRef = new int[m];
            candHyp = new int[m];
            tails = new int[m];
            link = new int[m];
        }
        int k = 0;
        for (int j = 0; j < m; j++) {
            int w = hyp[j];
            if (w >= 0 && refCount[w] == 1 && hypCount[w] == 1) {
                candRef[k] = refPos[w];
                candHyp[k] = j;
                k++;
            }
        }
        return k;
    }

    /**
     * Patience sorting over the candidates' reference positions (their hypothesis positions already
     * increase): {@code tails[len]} is the candidate ending the best chain of length len + 1 found so
     * far, {@code link} each candidate's predecessor. Returns the longest chain's length − 1 (−1: none).
     */
    private int longestChain(int candidates) {
        int longest = -1;
        for (int c = 0; c < candidates; c++) {
            int r = candRef[c];
            // The first chain length whose tail's reference position is >= r.
            int lo = 0;
            int hi = longest + 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (candRef[tails[mid]] < r) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            link[c] = lo > 0 ? tails[lo - 1] : -1;
            tails[lo] = c;
            longest = Math.max(longest, lo);
        }
        return longest;
    }

    /** Grows the per-id scratch to {@code distinct} ids; whether it made new (zeroed) arrays. */
    private boolean reserve(int distinct) {
        if (refCount.length >= distinct) {
            return false;
        }
        int size = Math.max(distinct, refCount.length * 2);
        refCount = new int[size];
        refPos = new int[size];
        hypCount = new int[size];
        peq = new long[size];
        return true;
    }

    /** For tests: {@link #gap} on its own, ids below {@code distinct}. */
    long gap(int[] ref, int r0, int r1, int[] hyp, int h0, int h1, int distinct) {
        reserve(distinct);
        return gap(ref, r0, r1, hyp, h0, h1);
    }

    /**
     * The cost of aligning ref[r0, r1) with hyp[h0, h1): exact when Myers' distance over the
     * shorter side's blocks costs at most {@link #GAP_WORK} block steps, else the longer side (and
     * the bound is marked loose).
     */
    private long gap(int[] ref, int r0, int r1, int[] hyp, int h0, int h1) {
        int la = r1 - r0;
        int lb = h1 - h0;
        if (la == 0 || lb == 0) {
            return Math.max(la, lb);
        }
        if ((long) ((Math.min(la, lb) + 63) >>> 6) * Math.max(la, lb) > GAP_WORK) {
            loose = true;
            return Math.max(la, lb);
        }
        if (Math.min(la, lb) <= 64) {
            return la <= lb ? oneBlock(ref, r0, la, hyp, h0, lb) : oneBlock(hyp, h0, lb, ref, r0, la);
        }
        return la <= lb ? blocks(ref, r0, la, hyp, h0, lb) : blocks(hyp, h0, lb, ref, r0, la);
    }

    /** Myers' global distance of a pattern of more than 64 words, block by block (the banded aligner's kernel over every block). */
    private long blocks(int[] p, int p0, int lp, int[] t, int t0, int lt) {
        int count = (lp + 63) >>> 6;
        if (rowOf.length < peq.length) {
            rowOf = new int[peq.length];
            Arrays.fill(rowOf, -1);
        }
        int rows = 0;
        for (int i = 0; i < lp; i++) {
            int w = p[p0 + i];
            if (w >= 0 && rowOf[w] < 0) {
                rowOf[w] = rows++;
            }
        }
        int size = (rows + 1) * count;
        if (table.length < size) {
            table = new long[Math.max(size, table.length * 2)];
        } else {
            Arrays.fill(table, 0, size, 0L);
        }
        for (int i = 0; i < lp; i++) {
            int w = p[p0 + i];
            if (w >= 0) {
                table[rowOf[w] * count + (i >>> 6)] |= 1L << i;
            }
        }
        if (colPv.length < count) {
            colPv = new long[count];
            colMv = new long[count];
        }
        Arrays.fill(colPv, 0, count, -1L);
        Arrays.fill(colMv, 0, count, 0L);
        int absent = rows * count; // an all-zero row, for words the pattern does not hold
        long score = 64L * count; // D[64·count][0]: the last block's bottom row, past lp when lp is not a multiple of 64
        for (int j = 0; j < lt; j++) {
            int w = t[t0 + j];
            int row = w >= 0 && rowOf[w] >= 0 ? rowOf[w] * count : absent;
            score += BandedAligner.kernel(0, count - 1, colPv, colMv, table, row);
        }
        for (int i = 0; i < lp; i++) {
            int w = p[p0 + i];
            if (w >= 0) {
                rowOf[w] = -1;
            }
        }
        // score is D[64·count][lt]; the rows past lp add the deltas of the last block's high bits.
        int past = count * 64 - lp;
        long beyond = past == 0 ? 0L : -1L << (64 - past);
        return score - (Long.bitCount(colPv[count - 1] & beyond) - Long.bitCount(colMv[count - 1] & beyond));
    }

    /**
     * Myers' global unit-cost distance of pattern {@code p[p0, p0+lp)} (1..64 words) and text
     * {@code t[t0, t0+lt)}; id −1 matches nothing on either side.
     */
    private long oneBlock(int[] p, int p0, int lp, int[] t, int t0, int lt) {
        for (int i = 0; i < lp; i++) {
            int w = p[p0 + i];
            if (w >= 0) {
                peq[w] |= 1L << i;
            }
        }
        long pv = -1L;
        long mv = 0L;
        long high = 1L << (lp - 1);
        long score = lp;
        for (int j = 0; j < lt; j++) {
            int w = t[t0 + j];
            long eq = w >= 0 ? peq[w] : 0L;
            long d0 = (((eq & pv) + pv) ^ pv) | eq | mv;
            long hp = mv | ~(d0 | pv);
            long hn = d0 & pv;
            if ((hp & high) != 0) {
                score++;
            } else if ((hn & high) != 0) {
                score--;
            }
            hp = (hp << 1) | 1L;
            hn <<= 1;
            pv = hn | ~(d0 | hp);
            mv = hp & d0;
        }
        for (int i = 0; i < lp; i++) {
            int w = p[p0 + i];
            if (w >= 0) {
                peq[w] = 0L;
            }
        }
        return score;
    }
}
