package dev.werk.core.align;

import java.util.Arrays;

/**
 * Lower bounds on what the rest of an optimal sclite alignment must still cost, which make the
 * cutoff of {@link ScliteLongForm} tight: without them it only knows that the remaining
 * diagonals cost 3 each, and must keep a band about OPT/3 wide.
 *
 * <p>The reference is cut into chunks of 64 words (one {@code long}). The part of any alignment
 * that consumes chunk c aligns it with some contiguous run of hypothesis words, and every edit
 * costs at least 3 under sclite's weights, so that part costs at least 3 × (the smallest
 * unit-cost edit distance between the chunk and any substring of the hypothesis). Chunks are
 * disjoint, so their bounds add up. The smallest distance is Myers' bit-parallel approximate
 * search (1999) with the chunk as pattern, over only the columns an optimal path can use at the
 * chunk's rows (the band of diagonals {@code [kLo, kHi]} the caller derives from its upper bound):
 * a few machine operations per hypothesis word per chunk.
 *
 * <p>A word's match mask comes from a table indexed by word id when ids are small (interned
 * words), else from a small hash table of the chunk's words (e.g. code points, arbitrary ids).
 */
final class ScliteRestBound {
    /** Reference words per chunk: one bit each in a {@code long}. */
    static final int CHUNK = Long.SIZE;
    /** Open-addressing table for a chunk's distinct words (at most 64): load at most one half. */
    private static final int TABLE_SIZE = 2 * CHUNK;
    private static final int TABLE_SHIFT = Integer.SIZE - Integer.numberOfTrailingZeros(TABLE_SIZE);
    /** Largest id for the direct table (8 bytes per id, so at most 8 MB). */
    private static final int DIRECT_MAX_ID = 1 << 20;

    private final int[] keys = new int[TABLE_SIZE];
    private final long[] masks = new long[TABLE_SIZE];
    /** A slot is in use for the current chunk iff its stamp equals {@link #stamp}: no clearing. */
    private final int[] stamps = new int[TABLE_SIZE];
    private int stamp;
    /** Match masks by word id for the current chunk, all zero between chunks; used iff {@link #direct}. */
    private long[] byId = new long[0];
    private boolean direct;
    /** The text window's match masks for the current chunk. */
    private long[] eqs = new long[256];

    /** suffix[c] = the bound for chunks c, c+1, ...; suffix[chunks] = 0. */
    private int[] suffix = new int[1];
    private int chunks;
    private int n;

    /**
     * Computes the chunk bounds for {@code a[aOff, aOff + n)} against {@code b[bOff, bOff + m)},
     * searching each chunk only in the columns of diagonals {@code kLo..kHi} (k = j - i) at its
     * rows.
     */
    void compute(int[] a, int aOff, int n, int[] b, int bOff, int m, int kLo, int kHi) {
        this.n = n;
        chunks = (n + CHUNK - 1) / CHUNK;
        if (suffix.length < chunks + 1) {
            suffix = new int[chunks + 1];
        }
        suffix[chunks] = 0;
        int maxId = Math.max(maxId(a, aOff, n), maxId(b, bOff, m));
        direct = maxId <= DIRECT_MAX_ID;
        if (direct && byId.length <= maxId) {
            byId = new long[maxId + 1];
        }
        for (int c = chunks - 1; c >= 0; c--) {
            int first = c * CHUNK;
            int length = Math.min(CHUNK, n - first);
            int from = Math.max(0, first + kLo);
            int to = Math.min(m, first + length + kHi);
            int distance = from >= to ? length : smallestDistance(a, aOff + first, length, b, bOff + from, to - from);
            suffix[c] = suffix[c + 1] + ScliteRow.INDEL * distance;
        }
    }

    /**
     * A lower bound on the cost of any optimal path's part from row {@code i} to row
     * {@code t} (i &le; t &le; n): the chunks lying entirely between them.
     */
    int between(int i, int t) {
        assert 0 <= i && i <= t && t <= n;
        int first = (i + CHUNK - 1) / CHUNK;
        int end = t == n ? chunks : t / CHUNK;
        return first >= end ? 0 : suffix[first] - suffix[end];
    }

    /** min over substrings s of {@code text} of the unit edit distance (pattern, s); length &le; 64. */
    private int smallestDistance(int[] pattern, int pOff, int length, int[] text, int tOff, int tLength) {
        assert length >= 1 && length <= CHUNK;
        if (eqs.length < tLength) {
            eqs = new long[Math.max(tLength, eqs.length * 2)];
        }
        long[] eqs = this.eqs;
        if (direct) {
            for (int p = 0; p < length; p++) {
                byId[pattern[pOff + p]] |= 1L << p;
            }
            for (int k = 0; k < tLength; k++) {
                eqs[k] = byId[text[tOff + k]];
            }
            for (int p = 0; p < length; p++) {
                byId[pattern[pOff + p]] = 0;
            }
        } else {
            hashChunk(pattern, pOff, length);
            for (int k = 0; k < tLength; k++) {
                eqs[k] = maskOf(text[tOff + k]);
            }
        }
        int lastBit = length - 1;
        long vp = length == CHUNK ? -1L : (1L << length) - 1;
        long vn = 0;
        int score = length;
        int best = length;
        for (int k = 0; k < tLength; k++) {
            long eq = eqs[k];
            long xv = eq | vn;
            long xh = (((eq & vp) + vp) ^ vp) | eq;
            long ph = vn | ~(xh | vp);
            long mh = vp & xh;
            // The last row's horizontal delta, +1, -1 or 0, without a branch: the two bits are
            // never both set, and a data-dependent branch here mispredicts often.
            score += (int) (ph >>> lastBit & 1) - (int) (mh >>> lastBit & 1);
            // Free start in the text: the top row is all zeros, so nothing enters at bit 0.
            ph <<= 1;
            mh <<= 1;
            vp = mh | ~(xv | ph);
            vn = ph & xv;
            best = Math.min(best, score);
        }
        return best;
    }

    private void hashChunk(int[] pattern, int pOff, int length) {
        stamp++;
        if (stamp == 0) { // wrapped: old stamps could collide
            Arrays.fill(stamps, 0);
            stamp = 1;
        }
        for (int p = 0; p < length; p++) {
            int slot = slotOf(pattern[pOff + p]);
            if (stamps[slot] != stamp) {
                stamps[slot] = stamp;
                keys[slot] = pattern[pOff + p];
                masks[slot] = 0;
            }
            masks[slot] |= 1L << p;
        }
    }

    /** The largest id in {@code ids[off, off + len)}, or DIRECT_MAX_ID + 1 if any id is negative. */
    private static int maxId(int[] ids, int off, int len) {
        int max = 0;
        for (int k = off; k < off + len; k++) {
            int id = ids[k];
            if (id < 0) {
                return DIRECT_MAX_ID + 1;
            }
            max = Math.max(max, id);
        }
        return max;
    }

    private int slotOf(int word) {
        int slot = (word * 0x9E3779B9) >>> TABLE_SHIFT;
        while (stamps[slot] == stamp && keys[slot] != word) {
            slot = (slot + 1) & (TABLE_SIZE - 1);
        }
        return slot;
    }

    private long maskOf(int word) {
        int slot = slotOf(word);
        return stamps[slot] == stamp ? masks[slot] : 0;
    }
}
