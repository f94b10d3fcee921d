package dev.werk.core.align;

import java.util.Arrays;

/**
 * A sequence of saved DP columns in bit-vector form: for each column the window of blocks that
 * was computed ({@code first..last}) and each block's vertical-delta words Pv (+1) and Mv (−1).
 * The banded aligner keeps one store for its checkpoints and one for the stripe it is walking
 * back through. Words live in two flat arrays, so saving a column allocates nothing once the
 * store has grown to the largest stripe it has held.
 */
final class ColumnStore {
    private int[] first = new int[16];
    private int[] last = new int[16];
    /** offset[c] is where column c's words start; offset[columns] is the fill level. */
    private int[] offset = new int[17];
    private long[] pv = new long[256];
    private long[] mv = new long[256];
    private int columns;

    void clear() {
        columns = 0;
    }

    /**
     * Empties the store and grows it, once, to hold {@code columnCount} columns of {@code words}
     * words in all, so it does not grow (and copy) as it fills.
     */
    void clearFor(int columnCount, int words) {
        columns = 0;
        if (first.length < columnCount + 1) {
            first = new int[columnCount + 1];
            last = new int[columnCount + 1];
            offset = new int[columnCount + 2];
        }
        if (pv.length < words) {
            pv = new long[words];
            mv = new long[words];
        }
    }

    int columns() {
        return columns;
    }

    /** Saves blocks {@code first..last} of {@code srcPv}/{@code srcMv}; an empty window ({@code last < first}) is allowed. */
    void append(int firstBlock, int lastBlock, long[] srcPv, long[] srcMv) {
        int count = Math.max(0, lastBlock - firstBlock + 1);
        if (columns + 1 == first.length) {
            first = Arrays.copyOf(first, columns * 2 + 2);
            last = Arrays.copyOf(last, columns * 2 + 2);
            offset = Arrays.copyOf(offset, columns * 2 + 3);
        }
        int start = offset[columns];
        if (start + count > pv.length) {
            int size = Math.max(start + count, pv.length * 2);
            pv = Arrays.copyOf(pv, size);
            mv = Arrays.copyOf(mv, size);
        }
        System.arraycopy(srcPv, firstBlock, pv, start, count);
        System.arraycopy(srcMv, firstBlock, mv, start, count);
        first[columns] = firstBlock;
        last[columns] = lastBlock;
        offset[columns + 1] = start + count;
        columns++;
    }

    int firstBlock(int column) {
        return first[column];
    }

    int lastBlock(int column) {
        return last[column];
    }

    /** Copies column {@code column}'s words back into {@code dstPv}/{@code dstMv} at their block indices. */
    void restore(int column, long[] dstPv, long[] dstMv) {
        int count = Math.max(0, last[column] - first[column] + 1);
        System.arraycopy(pv, offset[column], dstPv, first[column], count);
        System.arraycopy(mv, offset[column], dstMv, first[column], count);
    }

    /** The Pv word of {@code block}; the block must have been computed in that column. */
    long pv(int column, int block) {
        assert block >= first[column] && block <= last[column] : "block " + block + " outside the saved window";
        return pv[offset[column] + block - first[column]];
    }

    /**
     * The Mv word of {@code block}, or 0 if the block was outside the band in that column: such
     * cells are on no optimal path, so the traceback must not see a −1 there.
     */
    long mv(int column, int block) {
        if (block < first[column] || block > last[column]) {
            return 0L;
        }
        return mv[offset[column] + block - first[column]];
    }
}
