package dev.werk.core.text;

/**
 * A half-open range {@code [start, end)} of positions: characters of a text, or indexes of its
 * words. Immutable.
 *
 * @param start the first position in the range
 * @param end   the position after the last one; equal to {@code start} for an empty range
 */
public record Span(int start, int end) {
    /**
     * @throws IllegalArgumentException if {@code start < 0} or {@code end < start}
     */
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("not a range: [" + start + ", " + end + ")");
        }
    }

    /** {@code end - start}. */
    public int length() {
        return end - start;
    }

    /** True when the range holds no position. */
    public boolean isEmpty() {
        return start == end;
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
