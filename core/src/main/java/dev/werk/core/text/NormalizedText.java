package dev.werk.core.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A text after normalisation, with each token's source: the character range {@code [start, end)}
 * of the raw text it came from ({@link TextNormalizer#normalizeWithOffsets}). Immutable.
 *
 * <p>The tokens are exactly {@code normalize(raw)} cut at whitespace. Their source ranges:
 *
 * <ul>
 *   <li>lie within the raw text and are never empty (unless the raw text itself is empty and a
 *       rules file wrote something from nothing);
 *   <li>follow the tokens' order: starts and ends never decrease;
 *   <li>are either equal or disjoint. Tokens written from one indivisible piece of source
 *       ({@code won't} → {@code will not}, {@code ½} → {@code 1 2}) share its range, and so do
 *       tokens whose ranges would otherwise overlap: they cannot be told apart in the source;
 *   <li>reproduce their tokens: normalising {@code raw.substring(start(i), end(j - 1))} gives
 *       exactly tokens {@code i .. j-1} whenever neither {@code i} nor {@code j} falls between two
 *       tokens of one shared range ({@link #canSplitBefore}); where a step decides from a word's
 *       neighbours, the ranges are widened to take them in, and tokens that cannot be reproduced
 *       apart share one range (Whisper keeps a currency sign ending the text but deletes one
 *       that anything follows, so {@code euros$ cost} gives {@code euros} and {@code cost} one
 *       range). The README lists every such rule and the two exceptions: text written from an
 *       empty raw text has the range [0, 0), and a rules-file regex that looks outside its match
 *       (lookaround, anchors, word boundaries) is not reproduced from context it lacks.
 * </ul>
 *
 * A token merged from several source words ({@code twenty five} → {@code 25}) has the union of their
 * ranges, whitespace between them included; a token split from a word ({@code k-nearest} → {@code
 * k}, {@code nearest}) has its own part; deleted text belongs to no token; a token written from
 * nothing has the range of what made it (the character next to the insertion).
 */
public final class NormalizedText {
    private final String raw;
    private final List<String> tokens;
    private final int[] starts;
    private final int[] ends;

    private NormalizedText(String raw, List<String> tokens, int[] starts, int[] ends) {
        this.raw = raw;
        this.tokens = List.copyOf(tokens);
        this.starts = starts;
        this.ends = ends;
    }

    /**
     * The source ranges of the words that word-by-word steps read (see {@link Step#readsWords}):
     * a token cut from one of them later takes its whole range.
     */
    static final class Words {
        private int[] starts = new int[0];
        private int[] ends = new int[0];
        private int size;

        /** Records the words of a word-level step's output. */
        void add(MappedText m) {
            String s = m.text;
            int k = 0;
            while (k < s.length()) {
                while (k < s.length() && Chars.isSpace(s.charAt(k))) {
                    k++;
                }
                if (k == s.length()) {
                    break;
                }
                int lo = Integer.MAX_VALUE;
                int hi = Integer.MIN_VALUE;
                while (k < s.length() && !Chars.isSpace(s.charAt(k))) {
                    lo = Math.min(lo, m.start[k]);
                    hi = Math.max(hi, m.end[k]);
                    k++;
                }
                add(lo, hi);
            }
        }

        void add(int lo, int hi) {
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2 + 16);
                ends = Arrays.copyOf(ends, size * 2 + 16);
            }
            starts[size] = lo;
            ends[size] = hi;
            size++;
        }

        /** Widens each token range to every word range it overlaps (their connected union). */
        void widen(int[] st, int[] en, int count) {
            if (size == 0) {
                return;
            }
            long[] words = new long[size];
            for (int k = 0; k < size; k++) {
                words[k] = ((long) starts[k] << 32) | ends[k];
            }
            Arrays.sort(words);
            int[] cs = new int[size];
            int[] ce = new int[size];
            int parts = 0;
            for (long w : words) {
                int s = (int) (w >>> 32);
                int e = (int) w;
                if (parts > 0 && s < ce[parts - 1]) {
                    ce[parts - 1] = Math.max(ce[parts - 1], e);
                } else {
                    cs[parts] = s;
                    ce[parts] = e;
                    parts++;
                }
            }
            for (int t = 0; t < count; t++) {
                int lo = 0;
                int hi = parts;
                while (lo < hi) { // the first part ending after the token's start
                    int mid = (lo + hi) >>> 1;
                    if (ce[mid] > st[t]) {
                        hi = mid;
                    } else {
                        lo = mid + 1;
                    }
                }
                int s = st[t];
                int e = en[t];
                for (int p = lo; p < parts && cs[p] < en[t]; p++) {
                    s = Math.min(s, cs[p]);
                    e = Math.max(e, ce[p]);
                }
                st[t] = s;
                en[t] = e;
            }
        }
    }

    /** The tokens of the final mapped text and their merged source ranges. */
    static NormalizedText of(String raw, MappedText m, Words read) {
        String s = m.text;
        List<String> tokens = new ArrayList<>();
        int[] st = new int[16];
        int[] en = new int[16];
        int n = s.length();
        int k = 0;
        while (k < n) {
            while (k < n && Chars.isSpace(s.charAt(k))) {
                k++;
            }
            if (k == n) {
                break;
            }
            int from = k;
            int lo = Integer.MAX_VALUE;
            int hi = Integer.MIN_VALUE;
            while (k < n && !Chars.isSpace(s.charAt(k))) {
                lo = Math.min(lo, m.start[k]);
                hi = Math.max(hi, m.end[k]);
                k++;
            }
            if (tokens.size() == st.length) {
                st = Arrays.copyOf(st, st.length * 2);
                en = Arrays.copyOf(en, en.length * 2);
            }
            st[tokens.size()] = lo;
            en[tokens.size()] = hi;
            tokens.add(s.substring(from, k));
        }
        int count = tokens.size();
        for (long atom : m.atoms) {
            read.add((int) (atom >>> 32), (int) atom);
        }
        read.widen(st, en, count);
        for (int link : m.links) {
            int t = 0;
            while (t < count && st[t] < link) {
                t++;
            }
            if (t > 0 && t < count) {
                en[t - 1] = Math.max(en[t - 1], st[t] + 1); // overlap: merged below
            }
        }
        merge(st, en, count);
        return new NormalizedText(raw, tokens, Arrays.copyOf(st, count), Arrays.copyOf(en, count));
    }

    /**
     * Makes ranges equal or disjoint and in order: runs of tokens whose ranges overlap (or come
     * out of order) all get the union of the run's ranges.
     */
    private static void merge(int[] st, int[] en, int count) {
        int[] groupFirst = new int[count];
        int[] groupStart = new int[count];
        int[] groupEnd = new int[count];
        int groups = 0;
        for (int t = 0; t < count; t++) {
            int first = t;
            int s = st[t];
            int e = en[t];
            while (groups > 0 && s < groupEnd[groups - 1]) {
                groups--;
                first = groupFirst[groups];
                s = Math.min(s, groupStart[groups]);
                e = Math.max(e, groupEnd[groups]);
            }
            groupFirst[groups] = first;
            groupStart[groups] = s;
            groupEnd[groups] = e;
            groups++;
        }
        for (int g = 0; g < groups; g++) {
            int last = g + 1 < groups ? groupFirst[g + 1] : count;
            Arrays.fill(st, groupFirst[g], last, groupStart[g]);
            Arrays.fill(en, groupFirst[g], last, groupEnd[g]);
        }
    }

    /** The text before normalisation. */
    public String raw() {
        return raw;
    }

    /** The normalised text: the tokens joined by single spaces, equal to {@code normalize(raw)}. */
    public String text() {
        return String.join(" ", tokens);
    }

    /** The tokens, in order (an unmodifiable list). */
    public List<String> tokens() {
        return tokens;
    }

    /** The number of tokens. */
    public int size() {
        return tokens.size();
    }

    /** Token {@code i}. */
    public String token(int i) {
        return tokens.get(i);
    }

    /** The first raw character token {@code i} came from. */
    public int start(int i) {
        Objects.checkIndex(i, starts.length);
        return starts[i];
    }

    /** The position after the last raw character token {@code i} came from. */
    public int end(int i) {
        Objects.checkIndex(i, ends.length);
        return ends[i];
    }

    /** Token {@code i}'s source range in {@link #raw()}. */
    public Span source(int i) {
        return new Span(start(i), end(i));
    }

    /** The source range of tokens {@code [from, to)}: from the first's start to the last's end. */
    public Span source(int from, int to) {
        Objects.checkFromToIndex(from, to, starts.length);
        if (from == to) {
            throw new IllegalArgumentException("no tokens in [" + from + ", " + to + ")");
        }
        return new Span(starts[from], ends[to - 1]);
    }

    /** The raw text of token {@code i}'s source range. */
    public String sourceText(int i) {
        return raw.substring(start(i), end(i));
    }

    /**
     * True when tokens before {@code i} and tokens from {@code i} on come from disjoint source
     * text (always at 0 and {@link #size()}); false between tokens that share one range.
     */
    public boolean canSplitBefore(int i) {
        Objects.checkIndex(i, starts.length + 1);
        return i == 0 || i == starts.length || ends[i - 1] <= starts[i];
    }

    /** The whitespace-separated words of {@link #raw()}, to map source ranges to word indexes. */
    public WordSpans rawWords() {
        return WordSpans.of(raw);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            b.append(i > 0 ? " " : "").append(tokens.get(i)).append(source(i));
        }
        return b.toString();
    }
}
