package dev.werk.core.align;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Maps each distinct word to a dense int id while text is read, so aligners compare ints. Words
 * are whitespace-separated runs; the hash table is probed with the characters of the line itself,
 * so no String is made per token, only one per distinct word.
 *
 * <p>Whitespace is what Python's {@code str.split()} splits on (so jiwer and werk cut words at the
 * same places): {@link Character#isWhitespace}, plus U+0085, U+00A0, U+2007 and U+202F.
 *
 * <p>Not thread-safe: one vocabulary belongs to one reading job. Ids are stable for its lifetime.
 */
public final class Vocabulary {
    private static final int[] NO_WORDS = new int[0];

    private String[] words = new String[1024];
    private int[] hashes = new int[1024];
    /** Open-addressing table of id + 1 (0 = empty); its length is a power of two. */
    private int[] table = new int[4096];
    /** 32 - log2(table.length): the multiplicative hash keeps its high bits. */
    private int shift = 32 - 12;
    private int size;
    private int[] scratch = new int[256];

    /** The number of distinct words seen so far; ids are 0 .. size()-1. */
    public int size() {
        return size;
    }

    /** The word with this id. */
    public String word(int id) {
        if (id < 0 || id >= size) {
            throw new IndexOutOfBoundsException("no word with id " + id + " (vocabulary has " + size + ")");
        }
        return words[id];
    }

    /** The id of {@code text[start, end)}, adding it if new. */
    public int intern(CharSequence text, int start, int end) {
        int h = 0;
        for (int k = start; k < end; k++) {
            h = 31 * h + text.charAt(k);
        }
        int mix = h ^ (h >>> 16);
        int mask = table.length - 1;
        int slot = (mix * 0x9E3779B9) >>> shift;
        int len = end - start;
        while (true) {
            int entry = table[slot];
            if (entry == 0) {
                return add(text.subSequence(start, end).toString(), h, slot);
            }
            int id = entry - 1;
            if (hashes[id] == h && sameChars(words[id], text, start, len)) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** The id of {@code word}, adding it if new. */
    public int intern(String word) {
        return intern(word, 0, word.length());
    }

    /** The id of {@code word} if known, else -1; never adds. */
    public int lookup(String word) {
        int h = word.hashCode();
        int mix = h ^ (h >>> 16);
        int mask = table.length - 1;
        int slot = (mix * 0x9E3779B9) >>> shift;
        while (true) {
            int entry = table[slot];
            if (entry == 0) {
                return -1;
            }
            if (hashes[entry - 1] == h && words[entry - 1].equals(word)) {
                return entry - 1;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Splits {@code line} on whitespace and returns the ids of its words, in order. */
    public int[] words(CharSequence line) {
        int n = line.length();
        int count = 0;
        int k = 0;
        while (k < n) {
            while (k < n && isSpace(line.charAt(k))) {
                k++;
            }
            if (k == n) {
                break;
            }
            int start = k;
            while (k < n && !isSpace(line.charAt(k))) {
                k++;
            }
            if (count == scratch.length) {
                scratch = Arrays.copyOf(scratch, count * 2);
            }
            scratch[count++] = intern(line, start, k);
        }
        return count == 0 ? NO_WORDS : Arrays.copyOf(scratch, count);
    }

    /** True for the characters werk splits words at (see the class comment). */
    public static boolean isSpace(char c) {
        if (c <= ' ') {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
        }
        return c >= 0x85 && (Character.isWhitespace(c) || c == 0x85 || c == 0xA0 || c == 0x2007 || c == 0x202F);
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

    private static boolean sameChars(String word, CharSequence text, int start, int len) {
        if (word.length() != len) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if (word.charAt(k) != text.charAt(start + k)) {
                return false;
            }
        }
        return true;
    }

    private int add(String word, int h, int slot) {
        int id = size++;
        if (id == words.length) {
            words = Arrays.copyOf(words, id * 2);
            hashes = Arrays.copyOf(hashes, id * 2);
        }
        words[id] = word;
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
            int h = hashes[id];
            int mix = h ^ (h >>> 16);
            int slot = (mix * 0x9E3779B9) >>> shift;
            while (t[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            t[slot] = id + 1;
        }
        table = t;
    }
}
