package dev.werk.core.align;

import java.util.Arrays;

/**
 * Match masks of a long reference, per (dense, local) word id and 64-row block. Two layouts:
 * <ul>
 *   <li><b>dense</b>, when ids × blocks fits in {@link #DENSE_BUDGET} words (a 20,000-word call
 *       with 3,000 distinct words: 0.9 M): one row of {@code blocks} words per id plus a zero row
 *       for hypothesis words absent from the reference; the kernel reads a row in place;
 *   <li><b>sparse</b> otherwise (hundreds of MB at 200,000 words): per id the list of blocks where
 *       it occurs, each with its mask, sorted by block, at most one entry per reference word;
 *       {@link #scatter} writes a column's masks into a scratch array and {@link #clear} removes them.
 * </ul>
 * A dense table of more than {@link #FRESH_DENSE} words is only allocated by a mask set that has
 * already indexed a reference: the kernel reads it faster (the Earnings-21 calls align 1.3× faster
 * warm than with sparse masks), but a fresh JVM pays a page fault for every 4 KB it zeroes (7.5 MB
 * for the 20,000-word bench pair, about 4 ms), which one pair never wins back.
 */
final class BlockMasks {
    /** Most words the dense table may take: 2^21, so 16 MB. */
    static final long DENSE_BUDGET = 1L << 21;
    /** Most words a first build may allocate for a dense table: 2^18, so 2 MB. */
    static final long FRESH_DENSE = 1L << 18;

    private final long denseBudget;
    private boolean dense;
    private int blockCount;
    private int distinct;
    /** Dense: row {@code w} is {@code table[w * blockCount ..]}; row {@code distinct} is all zero. */
    private long[] table = new long[0];
    /** Dense: the reference, to clear exactly the words it set before the next pair. */
    private int[] filledRef = new int[0];
    private int filledRows;
    /** Whether a reference was indexed before (a dense table beyond {@link #FRESH_DENSE} may then be allocated). */
    private boolean built;

    /** Sparse: entries of id {@code w} are {@code start[w] .. start[w+1]-1}. */
    private int[] start = new int[2];
    private int[] blocks = new int[64];
    private long[] masks = new long[64];
    /** Scratch per id: the last block seen, then the next free entry. */
    private int[] cursor = new int[1];
    private int[] lastBlock = new int[1];

    BlockMasks() {
        this(DENSE_BUDGET);
    }

    /** For tests: the dense table's budget in words (0: always sparse). */
    BlockMasks(long denseBudget) {
        this.denseBudget = denseBudget;
    }

    /** Indexes {@code ref[0..n)}, whose ids are dense in {@code 0..distinct-1}. */
    void build(int[] ref, int n, int distinct) {
        clearTable();
        this.distinct = distinct;
        blockCount = (n + 63) >>> 6;
        long words = (distinct + 1L) * blockCount;
        dense = words <= denseBudget && (words <= table.length || words <= FRESH_DENSE || built);
        built = true;
        if (dense) {
            buildDense(ref, n);
        } else {
            buildSparse(ref, n, distinct);
        }
    }

    /** Whether the table is dense: then the kernel reads {@link #table()} at {@link #row}. */
    boolean dense() {
        return dense;
    }

    /** The dense table (see {@link #row}); not to be written. */
    long[] table() {
        return table;
    }

    /** Dense: where the row of {@code id} starts in {@link #table()}, indexed by block; a negative id gets the zero row. */
    int row(int id) {
        return (id < 0 ? distinct : id) * blockCount;
    }

    private void buildDense(int[] ref, int n) {
        int words = (distinct + 1) * blockCount;
        if (table.length < words) {
            table = new long[Math.max(words, Math.min(table.length * 2, (int) denseBudget))];
        }
        if (filledRef.length < n) {
            filledRef = new int[Math.max(n, filledRef.length * 2)];
        }
        for (int i = 0; i < n; i++) {
            int w = ref[i];
            table[w * blockCount + (i >>> 6)] |= 1L << i;
            filledRef[i] = w;
        }
        filledRows = n;
    }

    /** Zeroes the words the last dense build set, so the table is all zero again. */
    private void clearTable() {
        for (int i = 0; i < filledRows; i++) {
            table[filledRef[i] * blockCount + (i >>> 6)] = 0L;
        }
        filledRows = 0;
    }

    private void buildSparse(int[] ref, int n, int distinct) {
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
     * Sparse: writes the masks of {@code id} for blocks {@code first..last} into {@code eq}
     * (indexed by block). Blocks where the id does not occur are left untouched, so {@code eq}
     * must be zero there; {@link #clear} makes it so again. A negative id (a hypothesis word
     * absent from the reference) matches nothing.
     */
    void scatter(int id, int first, int last, long[] eq) {
        fill(id, first, last, eq, true);
    }

    /** Sparse: undoes {@link #scatter} with the same arguments, leaving {@code eq} all zero. */
    void clear(int id, int first, int last, long[] eq) {
        fill(id, first, last, eq, false);
    }

    private void fill(int id, int first, int last, long[] eq, boolean set) {
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
            eq[blocks[k]] = set ? masks[k] : 0L;
        }
    }
}
