package dev.werk.core;

import dev.werk.core.text.Whitespace;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;

/**
 * Maps each distinct word to a dense int id while text is read, so aligners compare ints. Words
 * are whitespace-separated runs. Keys are the words' UTF-8 bytes, kept in one arena; a line is
 * hashed and compared in place, so no String is made per token, only one per distinct word, when
 * the word is first seen (results hold their tokens as ids into {@link #table()}).
 *
 * <p>Whitespace is {@link Whitespace}'s, what Python's {@code str.split()} splits on (so jiwer and
 * werk cut words at the same places): ASCII tab, LF, VT, FF, CR, 0x1C–0x1F and space, U+0085,
 * U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F and U+3000. The byte-level scanner
 * below recognises the same characters in UTF-8 ({@link #spaceWidth}); a test checks it against
 * {@link Whitespace#isSpace} for every code point.
 *
 * <p>Not thread-safe: one vocabulary belongs to one reading job. Ids are stable for its lifetime.
 *
 * <p>Internal to the scoring pipeline ({@link UtteranceScorer}): library users score through
 * {@code UtteranceScorer} and {@code Scorer}, whose results hold tokens as text.
 */
final class Vocabulary {
    private static final int[] NO_WORDS = new int[0];
    /** Bytes of a line that one {@link #scan} call covers (see {@link #words(byte[], int, int)}). */
    private static final int SCAN_SLICE = 256;

    /** UTF-8 bytes of all words, back to back; word id's bytes are [start[id], start[id + 1]). */
    private byte[] arena = new byte[1 << 14];
    private int[] start = new int[1025];
    private int[] hashes = new int[1024];
    private String[] strings = new String[1024];
    /** Open-addressing table of id + 1 (0 = empty); its length is a power of two. */
    private int[] table = new int[4096];
    /** 32 − log2(table.length): the multiplicative hash keeps its high bits. */
    private int shift = 32 - 12;
    /**
     * Word id's first 16 bytes, zero-padded, as two little-endian longs at [2 id, 2 id + 1], with
     * the word's length in the last byte (always zero in a word of under 16 bytes), so
     * {@link #intern16} compares a word by two longs without reading {@link #start}; words of 16
     * bytes or more store 0 there, which no word of 1–15 bytes matches.
     */
    private long[] keys = new long[2048];
    private int size;
    /** The ids of the line being split, and how many there are so far. */
    private int[] scratch = new int[256];
    private int count;
    /** The last bytes of a line, padded with spaces so {@link #scan} may read 16 bytes past any word start. */
    private final byte[] tail = new byte[32];

    /** The number of distinct words seen so far; ids are 0 .. size()-1. */
    public int size() {
        return size;
    }

    /** The word with this id. */
    public String word(int id) {
        if (id < 0 || id >= size) {
            throw new IndexOutOfBoundsException("no word with id " + id + " (vocabulary has " + size + ")");
        }
        return strings[id];
    }

    /**
     * The words by id: entry id holds word id for every id below {@link #size()}, and keeps it;
     * the array is replaced (not changed below size) when the vocabulary grows, so a caller may keep
     * it for the ids it has seen. Not a copy: nothing may write to it.
     */
    String[] table() {
        return strings;
    }

    /** The id of {@code word}, adding it if new. */
    public int intern(String word) {
        byte[] b = word.getBytes(StandardCharsets.UTF_8);
        return intern(b, 0, b.length);
    }

    /** The id of {@code word} if known, else -1; never adds. */
    public int lookup(String word) {
        byte[] b = word.getBytes(StandardCharsets.UTF_8);
        int h = hash(b, 0, b.length);
        int mask = table.length - 1;
        int slot = (h * 0x9E3779B9) >>> shift;
        while (true) {
            int entry = table[slot];
            if (entry == 0) {
                return -1;
            }
            int id = entry - 1;
            if (hashes[id] == h && Arrays.equals(arena, start[id], start[id + 1], b, 0, b.length)) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** The id of the UTF-8 word {@code bytes[from, to)}, adding it if new. */
    public int intern(byte[] bytes, int from, int to) {
        return intern(bytes, from, to, hash(bytes, from, to));
    }

    /** {@link #intern(byte[], int, int)} with the hash already computed by {@link #hash}. */
    private int intern(byte[] bytes, int from, int to, int h) {
        int mask = table.length - 1;
        int slot = (h * 0x9E3779B9) >>> shift;
        while (true) {
            int entry = table[slot];
            if (entry == 0) {
                return add(bytes, from, to, h, slot);
            }
            int id = entry - 1;
            if (hashes[id] == h && Arrays.equals(arena, start[id], start[id + 1], bytes, from, to)) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
    }

    /**
     * {@link #intern(byte[], int, int)} for a word of 1 to 15 bytes whose bytes, zero-padded,
     * are {@code k0} and {@code k1}: it compares two longs (the second with the length in its last
     * byte, see {@link #keys}) instead of the bytes.
     */
    private int intern16(byte[] bytes, int from, int len, long k0, long k1) {
        int h = (int) (fold(k0, k1) >>> 32);
        int mask = table.length - 1;
        int slot = (h * 0x9E3779B9) >>> shift;
        while (true) {
            int entry = table[slot];
            if (entry == 0) {
                return add(bytes, from, from + len, h, slot);
            }
            int id = entry - 1;
            if (keys[2 * id] == k0 && keys[2 * id + 1] == (k1 | (long) len << 56)) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Splits {@code line} on whitespace and returns the ids of its words, in order. */
    public int[] words(CharSequence line) {
        byte[] b = line.toString().getBytes(StandardCharsets.UTF_8);
        return words(b, 0, b.length);
    }

    /** Splits the UTF-8 text {@code bytes[from, to)} on whitespace and returns the ids of its words. */
    public int[] words(byte[] bytes, int from, int to) {
        count = 0;
        // Whole 16-byte windows straight from the input, then the last few bytes from a padded copy.
        // The windows go to scan in slices: a method called often is compiled after a few hundred
        // words, while one long loop runs interpreted until on-stack replacement, some 60,000
        // words later (all of a 20,000-word line in a fresh JVM).
        int end = to - 15;
        int k = from;
        while (k < end) {
            k = scan(bytes, k, Math.min(end, k + SCAN_SLICE), to);
        }
        if (k < to) {
            int n = to - k;
            System.arraycopy(bytes, k, tail, 0, n);
            Arrays.fill(tail, n, n + 16, (byte) ' ');
            scan(tail, 0, n, n);
        }
        return count == 0 ? NO_WORDS : Arrays.copyOf(scratch, count);
    }

    /**
     * Appends the ids of the words starting in {@code b[k, limit)} to {@code scratch} and returns
     * where the next word may start. Each step reads the 16 bytes at {@code k} (so {@code limit + 15}
     * must lie within {@code b}), finds where the word ends without a branch per byte (word lengths
     * vary, so a byte loop mispredicts its exit once per word), and interns the word by those two
     * longs. Words of 16 bytes or more, or touching a byte that is not printable ASCII, take the
     * byte-wise {@link #step}.
     */
    private int scan(byte[] b, int k, int limit, int to) {
        while (k < limit) {
            long w0 = (long) LONGS.get(b, k);
            long w1 = (long) LONGS.get(b, k + 8);
            long sp0 = special(w0);
            long sp1 = special(w1);
            long inFirst = (sp0 | -sp0) >> 63; // -1 when the word ends within w0
            int len = (Long.numberOfTrailingZeros(sp0) >>> 3) + ((Long.numberOfTrailingZeros(sp1) >>> 3) & ~(int) inFirst);
            if (len == 0 || len == 16 || !SPACE[b[k + len] & 0xFF]) {
                k = step(b, k, to);
                continue;
            }
            // Keep the bytes before the first special byte: (lowest flag >>> 7) - 1 masks them.
            long k0 = w0 & (((sp0 & -sp0) >>> 7) - 1);
            long k1 = w1 & (((sp1 & -sp1) >>> 7) - 1) & ~inFirst;
            emit(intern16(b, k, len, k0, k1));
            k += len + 1;
        }
        return k;
    }

    /** Past one whitespace character at {@code b[k]}, or past the word starting there after interning it. */
    private int step(byte[] b, int k, int to) {
        int width = spaceWidth(b, k, to);
        if (width > 0) {
            return k + width;
        }
        int wordStart = k;
        while (k < to && spaceWidth(b, k, to) == 0) {
            k++;
        }
        emit(intern(b, wordStart, k));
        return k;
    }

    private void emit(int id) {
        if (count == scratch.length) {
            scratch = Arrays.copyOf(scratch, count * 2);
        }
        scratch[count++] = id;
    }

    /**
     * A flag (0x80) in the lowest byte of {@code w} that is {@code <= 0x20} or {@code >= 0x80},
     * i.e. whitespace, a control byte or part of a non-ASCII character; higher flags may be wrong
     * (borrows), so only the lowest is used.
     */
    private static long special(long w) {
        return ((w - 0x2121212121212121L) & ~w | w) & 0x8080808080808080L;
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** ASCII whitespace by unsigned byte; bytes >= 0x80 are false (their spaces are multi-byte). */
    private static final boolean[] SPACE = new boolean[256];

    static {
        for (int c = 0; c < 128; c++) {
            SPACE[c] = Whitespace.isSpace((char) c);
        }
    }

    /**
     * The length in bytes of the whitespace character starting at {@code b[k]}, or 0 when it
     * starts none. Lead bytes 0xC2, 0xE1, 0xE2 and 0xE3 cover every non-ASCII space listed above.
     */
    static int spaceWidth(byte[] b, int k, int to) {
        int c = b[k];
        if (c >= 0) {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F) ? 1 : 0;
        }
        c &= 0xFF;
        if (c == 0xC2) {
            if (k + 1 < to) {
                int c1 = b[k + 1] & 0xFF;
                return c1 == 0x85 || c1 == 0xA0 ? 2 : 0;
            }
            return 0;
        }
        if ((c == 0xE1 || c == 0xE2 || c == 0xE3) && k + 2 < to) {
            int c1 = b[k + 1] & 0xFF;
            int c2 = b[k + 2] & 0xFF;
            if (c == 0xE1) {
                return c1 == 0x9A && c2 == 0x80 ? 3 : 0; // U+1680
            }
            if (c == 0xE3) {
                return c1 == 0x80 && c2 == 0x80 ? 3 : 0; // U+3000
            }
            if (c1 == 0x80) {
                return c2 <= 0x8A || c2 == 0xA8 || c2 == 0xA9 || c2 == 0xAF ? 3 : 0; // U+2000–200A, 2028, 2029, 202F
            }
            return c1 == 0x81 && c2 == 0x9F ? 3 : 0; // U+205F
        }
        return 0;
    }

    /** True for the characters werk splits words at: {@link Whitespace#isSpace(char)}. */
    public static boolean isSpace(char c) {
        return Whitespace.isSpace(c);
    }

    /**
     * The characters scored by CER: the text's words joined by single spaces, in NFC, as code
     * points. Spaces between words count as characters, as in jiwer.
     */
    public static int[] characters(CharSequence line) {
        StringBuilder joined = new StringBuilder(line.length());
        int n = line.length();
        int k = 0;
        while (k < n) {
            while (k < n && isSpace(line.charAt(k))) {
                k++;
            }
            if (k == n) {
                break;
            }
            if (joined.length() > 0) {
                joined.append(' ');
            }
            while (k < n && !isSpace(line.charAt(k))) {
                joined.append(line.charAt(k++));
            }
        }
        return Normalizer.normalize(joined, Normalizer.Form.NFC).codePoints().toArray();
    }

    /**
     * The hash of {@code b[from, to)}: its bytes read as little-endian longs, zero-padded, folded by
     * {@link #fold}; {@link #scan} computes the same from the two longs it loaded.
     */
    private static int hash(byte[] b, int from, int to) {
        long x = fold(chunk(b, from, to), chunk(b, from + 8, to));
        for (int k = from + 16; k < to; k += 8) {
            x = (x ^ chunk(b, k, to)) * GOLDEN;
        }
        return (int) (x >>> 32);
    }

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private static long fold(long k0, long k1) {
        return ((k0 * GOLDEN) ^ k1) * GOLDEN;
    }

    /** Up to 8 bytes of {@code b[k, to)} as a little-endian long, zero-padded. */
    private static long chunk(byte[] b, int k, int to) {
        long x = 0;
        for (int j = Math.min(to, k + 8) - 1; j >= k; j--) {
            x = (x << 8) | (b[j] & 0xFF);
        }
        return x;
    }

    private int add(byte[] bytes, int from, int to, int h, int slot) {
        int id = size++;
        if (id == hashes.length) {
            start = Arrays.copyOf(start, hashes.length * 2 + 1);
            hashes = Arrays.copyOf(hashes, hashes.length * 2);
            strings = Arrays.copyOf(strings, strings.length * 2);
            keys = Arrays.copyOf(keys, keys.length * 2);
        }
        int len = to - from;
        keys[2 * id] = chunk(bytes, from, to);
        keys[2 * id + 1] = len < 16 ? chunk(bytes, from + 8, to) | (long) len << 56 : 0;
        int at = start[id];
        if (at + len > arena.length) {
            arena = Arrays.copyOf(arena, Math.max(arena.length * 2, at + len));
        }
        System.arraycopy(bytes, from, arena, at, len);
        start[id + 1] = at + len;
        strings[id] = new String(arena, at, len, StandardCharsets.UTF_8);
        hashes[id] = h;
        table[slot] = id + 1;
        if (size * 2 > table.length) {
            rehash(table.length * 2);
        }
        return id;
    }

    private void rehash(int capacity) {
        int[] t = new int[capacity];
        int mask = capacity - 1;
        shift = Integer.numberOfLeadingZeros(capacity) + 1;
        for (int id = 0; id < size; id++) {
            int slot = (hashes[id] * 0x9E3779B9) >>> shift;
            while (t[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            t[slot] = id + 1;
        }
        table = t;
    }
}
