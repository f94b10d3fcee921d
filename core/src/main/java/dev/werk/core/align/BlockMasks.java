package dev.werk.core.align;

import java.util.Arrays;

/**
 * Match masks for a long reference, stored sparsely: for each (dense, local) word id the list of
 * blocks where it occurs, each with its 64-bit mask, sorted by block. A dense ids × blocks table
 * would cost hundreds of MB at 200,000 words; this costs at most one entry per reference word.
 */
final class BlockMasks {
    /** Entries of id {@code w} are {@code start[w] .. start[w+1]-1}. */
    private int[] start = new int[2];
    private int[] blocks = new int[64];
    private long[] masks = new long[64];
    /** Scratch per id: the last block seen, then the next free entry. */
    private int[] cursor = new int[1];
    private int[] lastBlock = new int[1];

    /** Indexes {@code ref[0..n)}, whose ids are dense in {@code 0..distinct-1}. */
    void build(int[] ref, int n, int distinct) {
        if (start.length < distinct + 1) {
            start = new int[distinct + 1];
            cursor = new int[distinct];
            lastBlock = new int[distinct];
        }
        // Pass 1: entries per id (distinct blocks it occurs in).
        Arrays.fill(cursor, 0, distinct, 0);
        Arrays.fill(lastBlock, 0, distinct, -1);
        for (int i = 0; i < n; i++) {
            int w = ref[i];
            int block = i >>> 6;
            if (lastBlock[w] != block) {
                lastBlock[w] = block;
                cursor[w]++;
            }
        }
        int total = 0;
        for (int w = 0; w < distinct; w++) {
            start[w] = total;
            total += cursor[w];
            cursor[w] = start[w];
        }
        start[distinct] = total;
        if (blocks.length < total) {
            blocks = new int[total];
            masks = new long[total];
        }
        // Pass 2: fill; positions arrive in order, so each id's entries come out sorted.
        Arrays.fill(lastBlock, 0, distinct, -1);
        for (int i = 0; i < n; i++) {
            int w = ref[i];
            int block = i >>> 6;
            if (lastBlock[w] != block) {
                lastBlock[w] = block;
                blocks[cursor[w]] = block;
                masks[cursor[w]] = 0L;
                cursor[w]++;
            }
            masks[cursor[w] - 1] |= 1L << i;
        }
    }

    /**
     * Writes the masks of {@code id} for blocks {@code first..last} into {@code eq} (indexed by
     * block). Blocks where the id does not occur are left untouched, so {@code eq} must be zero
     * there; the kernel zeroes each word after reading it. A negative id (a hypothesis word absent
     * from the reference) matches nothing.
     */
    void scatter(int id, int first, int last, long[] eq) {
        if (id < 0) {
            return;
        }
        int lo = start[id];
        int hi = start[id + 1];
        // Lower bound of the first entry with block >= first.
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (blocks[mid] < first) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int end = start[id + 1];
        for (int k = lo; k < end && blocks[k] <= last; k++) {
            eq[blocks[k]] = masks[k];
        }
    }
}
