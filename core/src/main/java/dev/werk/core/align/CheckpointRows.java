package dev.werk.core.align;

import java.util.Arrays;

/**
 * The alive windows of every K-th DP row (K = {@link #interval()}), saved by a forward pass so a
 * traceback can recompute one stripe of K rows at a time. Rows are stored packed: only the
 * window's cells, one after another.
 *
 * <p>When the stored cells exceed the budget, every second checkpoint is dropped and K doubles:
 * memory stays near the budget whatever the input, at the price of longer stripes.
 */
final class CheckpointRows {
    private final int budget;
    private int interval;
    private int count;
    private int used;
    private int[] cells = new int[1024];
    private int[] lo = new int[16];
    private int[] hi = new int[16];
    private int[] offset = new int[16];

    /** @param budget cells held before thinning (soft: one row more may be added first) */
    CheckpointRows(int budget) {
        assert budget > 0;
        this.budget = budget;
    }

    /** Forgets all rows and starts over with checkpoints every {@code interval} rows. */
    void reset(int interval) {
        assert interval > 0;
        this.interval = interval;
        count = 0;
        used = 0;
    }

    int interval() {
        return interval;
    }

    /** True if the forward pass should offer this row. */
    boolean wants(int row) {
        return row % interval == 0;
    }

    /** Saves {@code values[from, to]} as row {@code row}, which must be the next multiple of K. */
    void add(int row, int[] values, int from, int to) {
        assert row == count * interval : "checkpoint rows come in order";
        int width = to - from + 1;
        if (count == lo.length) {
            lo = Arrays.copyOf(lo, count * 2);
            hi = Arrays.copyOf(hi, count * 2);
            offset = Arrays.copyOf(offset, count * 2);
        }
        if (used + width > cells.length) {
            cells = Arrays.copyOf(cells, Math.max(used + width, cells.length * 2));
        }
        System.arraycopy(values, from, cells, used, width);
        lo[count] = from;
        hi[count] = to;
        offset[count] = used;
        used += width;
        count++;
        if (used > budget && count >= 2) {
            thin();
        }
    }

    /** The last checkpoint row at or before {@code row}. */
    int rowAtOrBefore(int row) {
        int c = Math.min(row / interval, count - 1);
        return c * interval;
    }

    int lo(int row) {
        return lo[index(row)];
    }

    int hi(int row) {
        return hi[index(row)];
    }

    /** The saved value of cell (row, j); INF outside the row's window. */
    int value(int row, int j) {
        int c = index(row);
        return j < lo[c] || j > hi[c] ? ScliteRow.INF : cells[offset[c] + j - lo[c]];
    }

    /** Copies the saved window of {@code row} into {@code dest} at the same columns. */
    void copyTo(int row, int[] dest) {
        int c = index(row);
        System.arraycopy(cells, offset[c], dest, lo[c], hi[c] - lo[c] + 1);
    }

    private int index(int row) {
        assert row % interval == 0 && row / interval < count : "row " + row + " is not a checkpoint";
        return row / interval;
    }

    /** Keeps checkpoints 0, 2, 4, ... (rows 0, 2K, 4K, ...) and doubles K. */
    private void thin() {
        int kept = 0;
        int at = 0;
        for (int c = 0; c < count; c += 2) {
            int width = hi[c] - lo[c] + 1;
            System.arraycopy(cells, offset[c], cells, at, width);
            lo[kept] = lo[c];
            hi[kept] = hi[c];
            offset[kept] = at;
            at += width;
            kept++;
        }
        count = kept;
        used = at;
        interval *= 2;
    }
}
