package dev.werk.core.text;

import java.util.Arrays;

/**
 * Text in the middle of a normalisation, with each of its characters' source range in the raw
 * text: a char filter's offset map, as in Lucene, composed step after step. A character that a
 * step copies keeps its range; one it writes from some input characters gets the union of theirs;
 * one written from nothing (an insertion) gets the range of the input character before it, else
 * the one after it, else (the input was empty) the whole raw text. Immutable once built.
 */
final class MappedText {
    final String text;
    /** Source range of char {@code k} of {@link #text}: raw {@code [start[k], end[k])}. */
    final int[] start;
    final int[] end;
    final int rawLength;
    /**
     * Raw ranges a token touching them must take whole, packed {@code start << 32 | end} (what a
     * step deleted for a context that a part of it would not have).
     */
    final long[] atoms;
    /** Raw positions where the tokens on either side must not be told apart. */
    final int[] links;

    private MappedText(String text, int[] start, int[] end, int rawLength, long[] atoms, int[] links) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.rawLength = rawLength;
        this.atoms = atoms;
        this.links = links;
    }

    /** The raw text itself: every character its own source. */
    static MappedText of(String raw) {
        int n = raw.length();
        int[] s = new int[n];
        int[] e = new int[n];
        for (int k = 0; k < n; k++) {
            s[k] = k;
            e[k] = k + 1;
        }
        return new MappedText(raw, s, e, n, new long[0], new int[0]);
    }

    int length() {
        return text.length();
    }

    /** Builds a step's output from its input {@code in}, left to right. */
    static final class Builder {
        private final MappedText in;
        private int[] inStart;
        private int[] inEnd;
        private boolean inCopied;
        private final StringBuilder out;
        private int[] start;
        private int[] end;
        private int size;
        private long[] atoms;
        private int[] links;

        Builder(MappedText in) {
            this.in = in;
            this.atoms = in.atoms;
            this.links = in.links;
            this.inStart = in.start;
            this.inEnd = in.end;
            this.out = new StringBuilder(in.length() + 16);
            this.start = new int[in.length() + 16];
            this.end = new int[in.length() + 16];
        }

        /** The output so far. */
        CharSequence output() {
            return out;
        }

        /** Appends input chars {@code [from, to)} unchanged, with their ranges. */
        Builder copy(int from, int to) {
            for (int k = from; k < to; k++) {
                put(in.text.charAt(k), inStart[k], inEnd[k]);
            }
            return this;
        }

        /** Appends {@code s}, written from input chars {@code [from, to)} (an insertion if empty). */
        Builder emit(CharSequence s, int from, int to) {
            if (s.length() == 0) {
                return this;
            }
            long r = union(from, to);
            int rs = (int) (r >>> 32);
            int re = (int) r;
            for (int k = 0; k < s.length(); k++) {
                put(s.charAt(k), rs, re);
            }
            return this;
        }

        /** Appends {@code c}, written from input chars {@code [from, to)}. */
        Builder emit(char c, int from, int to) {
            long r = union(from, to);
            put(c, (int) (r >>> 32), (int) r);
            return this;
        }

        /**
         * Appends {@code c}, written from input chars {@code [from, to)} and from the output char
         * before it (which decided that {@code c} is kept).
         */
        Builder emitJoined(char c, int from, int to) {
            long r = union(from, to);
            int s = (int) (r >>> 32);
            int e = (int) r;
            if (size > 0) {
                s = Math.min(s, start[size - 1]);
                e = Math.max(e, end[size - 1]);
            }
            put(c, s, e);
            return this;
        }

        /**
         * Widens the range of the last output char that is not whitespace, if any, by input chars
         * {@code [from, to)}: whether it stays alone depended on them.
         */
        Builder widenLast(int from, int to) {
            int last = size - 1;
            while (last >= 0 && Chars.isSpace(out.charAt(last))) {
                last--;
            }
            if (last >= 0) {
                long r = union(from, to);
                start[last] = Math.min(start[last], (int) (r >>> 32));
                end[last] = Math.max(end[last], (int) r);
            }
            return this;
        }

        /** Appends a space between words: the range of the output char before it (an insertion). */
        Builder separator() {
            if (size == 0) {
                return this;
            }
            put(' ', start[size - 1], end[size - 1]);
            return this;
        }

        /**
         * Appends a space between words, unless nothing was written yet, from the input chars
         * {@code [from, to)} that separated them (the space before the first output char if empty).
         */
        Builder separator(int from, int to) {
            if (size == 0) {
                return this;
            }
            return from < to ? emit(' ', from, to) : separator();
        }

        /**
         * Gives every input char of {@code [from, to)} the union of their ranges before any of them
         * is appended: they depend on each other, so their tokens must not be told apart.
         */
        Builder glue(int from, int to) {
            if (to - from < 2) {
                return this;
            }
            if (!inCopied) {
                inStart = inStart.clone();
                inEnd = inEnd.clone();
                inCopied = true;
            }
            long r = union(from, to);
            Arrays.fill(inStart, from, to, (int) (r >>> 32));
            Arrays.fill(inEnd, from, to, (int) r);
            return this;
        }

        /** Records that a token touching input chars {@code [from, to)} must take all of them. */
        Builder atomic(int from, int to) {
            long r = union(from, to);
            atoms = Arrays.copyOf(atoms, atoms.length + 1);
            atoms[atoms.length - 1] = r;
            return this;
        }

        /** Records that the tokens before and after input char {@code at} must not be told apart. */
        Builder link(int at) {
            links = Arrays.copyOf(links, links.length + 1);
            links[links.length - 1] = (int) (union(at, at + 1) >>> 32);
            return this;
        }

        MappedText build() {
            return new MappedText(out.toString(), Arrays.copyOf(start, size), Arrays.copyOf(end, size), in.rawLength,
                    atoms, links);
        }

        /** The union of the ranges of input chars [from, to), packed start << 32 | end. */
        private long union(int from, int to) {
            if (from == to) {
                if (from > 0) {
                    return pack(inStart[from - 1], inEnd[from - 1]);
                }
                if (from < in.length()) {
                    return pack(inStart[from], inEnd[from]);
                }
                return pack(0, in.rawLength);
            }
            int s = Integer.MAX_VALUE;
            int e = Integer.MIN_VALUE;
            for (int k = from; k < to; k++) {
                s = Math.min(s, inStart[k]);
                e = Math.max(e, inEnd[k]);
            }
            return pack(s, e);
        }

        private static long pack(int s, int e) {
            return ((long) s << 32) | (e & 0xFFFFFFFFL);
        }

        private void put(char c, int s, int e) {
            if (size == start.length) {
                start = Arrays.copyOf(start, size * 2 + 16);
                end = Arrays.copyOf(end, size * 2 + 16);
            }
            out.append(c);
            start[size] = s;
            end[size] = e;
            size++;
        }
    }
}
