package dev.werk.core.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * The whitespace-separated words of a text (as {@link Whitespace#split}) and the character range
 * of each, so that a character range of the text, such as a normalised token's source range
 * ({@link NormalizedText#source(int)}), can be turned into the index range of the words it touches
 * (for an {@code Utterance}, the indexes into its {@code words()}). Immutable.
 */
public final class WordSpans {
    private final int length;
    private final int[] starts;
    private final int[] ends;

    private WordSpans(int length, int[] starts, int[] ends) {
        this.length = length;
        this.starts = starts;
        this.ends = ends;
    }

    /** The words of {@code text}. */
    public static WordSpans of(CharSequence text) {
        Objects.requireNonNull(text, "text");
        int n = text.length();
        int[] s = new int[8];
        int[] e = new int[8];
        int count = 0;
        int k = 0;
        while (k < n) {
            while (k < n && Whitespace.isSpace(text.charAt(k))) {
                k++;
            }
            if (k == n) {
                break;
            }
            if (count == s.length) {
                s = Arrays.copyOf(s, count * 2);
                e = Arrays.copyOf(e, count * 2);
            }
            s[count] = k;
            while (k < n && !Whitespace.isSpace(text.charAt(k))) {
                k++;
            }
            e[count++] = k;
        }
        return new WordSpans(n, Arrays.copyOf(s, count), Arrays.copyOf(e, count));
    }

    /** The number of words. */
    public int size() {
        return starts.length;
    }

    /** The character range of word {@code index}. */
    public Span word(int index) {
        Objects.checkIndex(index, starts.length);
        return new Span(starts[index], ends[index]);
    }

    /**
     * The index range {@code [from, to)} of the words that share at least one character with the
     * character range {@code chars}: word {@code w} is in it when {@code start(w) < chars.end()} and
     * {@code end(w) > chars.start()}. A range of whitespace touches no word: the result is then
     * empty, {@code from} being the index of the next word. An empty range touches the word it
     * lies strictly inside, if any.
     *
     * @throws IndexOutOfBoundsException if {@code chars} reaches past the end of the text
     */
    public Span wordsTouching(Span chars) {
        if (chars.end() > length) {
            throw new IndexOutOfBoundsException("range " + chars + " outside a text of " + length + " characters");
        }
        int from = firstAbove(ends, chars.start());
        int to = firstAtLeast(starts, chars.end());
        return new Span(from, Math.max(from, to));
    }

    /** {@link #wordsTouching(Span)} of {@code [start, end)}. */
    public Span wordsTouching(int start, int end) {
        return wordsTouching(new Span(start, end));
    }

    /** The first index whose value is greater than {@code x} (values increase). */
    private static int firstAbove(int[] values, int x) {
        int lo = 0;
        int hi = values.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (values[mid] > x) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** The first index whose value is at least {@code x}. */
    private static int firstAtLeast(int[] values, int x) {
        return firstAbove(values, x - 1);
    }
}
