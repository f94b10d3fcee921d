package dev.werk.core.align;

import java.util.Arrays;

/**
 * A sequence of saved DP columns in bit-vector form: for each column the window of blocks that
 * was computed ({@code first..last}) and each block's vertical-delta words Pv (+1) and Mv (−1).
 * The banded aligner keeps one store for its checkpoints and one for the stripe it is walking
 * back through.
 *
 * <p>Words live in chunks of {@link #CHUNK_WORDS} (a column never spans two), allocated as the
 * store fills and kept for the next use: a pruned pass saves only the blocks it computed, and a
 * fresh JVM pays a page fault for every 4 KB of array it zeroes (about 5 ms for 10 MB here), so
 * sizing the store for the whole band up front cost more than the pass itself.
 */
final class ColumnStore {
    /** Words per chunk (512 KB per array); a window larger than that gets a chunk of its own size. */
    static final int CHUNK_WORDS = 1 << 16;

    private int[] first = new int[16];
    private int[] last = new int[16];
    /** Column c's words start at {@code offset[c]} in chunk {@code chunk[c]}. */
    private int[] chunk = new int[16];
    private int[] offset = new int[16];
    private long[][] pvChunks = new long[0][];
    private long[][] mvChunks = new long[0][];
    /** The chunk being filled and its fill level. */
    private int current;
    private int fill;
    private int columns;

    void clear() {
        columns = 0;
        current = 0;
        fill = 0;
    }

    int columns() {
        return columns;
    }

    /** Saves blocks {@code first..last} of {@code srcPv}/{@code srcMv}; an empty window ({@code last < first}) is allowed. */
    void append(int firstBlock, int lastBlock, long[] srcPv, long[] srcMv) {
        int count = Math.max(0, lastBlock - firstBlock + 1);
        if (columns == first.length) {
            int size = columns * 2;
            first = Arrays.copyOf(first, size);
            last = Arrays.copyOf(last, size);
            chunk = Arrays.copyOf(chunk, size);
            offset = Arrays.copyOf(offset, size);
        }
        if (current == pvChunks.length || fill + count > pvChunks[current].length) {
            nextChunk(count);
        }
        System.arraycopy(srcPv, firstBlock, pvChunks[current], fill, count);
        System.arraycopy(srcMv, firstBlock, mvChunks[current], fill, count);
        first[columns] = firstBlock;
        last[columns] = lastBlock;
        chunk[columns] = current;
        offset[columns] = fill;
        fill += count;
        columns++;
    }

    /** Moves to a chunk with room for {@code count} words: the next kept one if large enough, else a new one there. */
    private void nextChunk(int count) {
        if (current < pvChunks.length && fill > 0) {
            current++;
        }
        fill = 0;
        if (current == pvChunks.length) {
            pvChunks = Arrays.copyOf(pvChunks, current + 1);
            mvChunks = Arrays.copyOf(mvChunks, current + 1);
        } else if (pvChunks[current].length >= count) {
            return;
        }
        int words = Math.max(CHUNK_WORDS, count);
        pvChunks[current] = new long[words];
        mvChunks[current] = new long[words];
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
        System.arraycopy(pvChunks[chunk[column]], offset[column], dstPv, first[column], count);
        System.arraycopy(mvChunks[chunk[column]], offset[column], dstMv, first[column], count);
    }

    /** The Pv word of {@code block}; the block must have been computed in that column. */
    long pv(int column, int block) {
        assert block >= first[column] && block <= last[column] : "block " + block + " outside the saved window";
        return pvChunks[chunk[column]][offset[column] + block - first[column]];
    }

    /**
     * The Mv word of {@code block}, or 0 if the block was outside the band in that column: such
     * cells are on no optimal path, so the traceback must not see a −1 there.
     */
    long mv(int column, int block) {
        if (block < first[column] || block > last[column]) {
            return 0L;
        }
        return mvChunks[chunk[column]][offset[column] + block - first[column]];
    }
}
