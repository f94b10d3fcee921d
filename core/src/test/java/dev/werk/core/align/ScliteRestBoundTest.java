package dev.werk.core.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The chunk bounds against a plain semi-global edit-distance DP. */
class ScliteRestBoundTest {
    private static final long SEED = 64_064L;

    @Test
    void eachChunkIsThreeTimesItsSmallestDistanceToAnySubstring() {
        RandomPairs random = new RandomPairs(SEED);
        ScliteRestBound bound = new ScliteRestBound();
        for (int trial = 0; trial < 3_000; trial++) {
            int vocab = random.vocabularySize();
            int n = random.between(1, 200);
            int[] a = random.text(n, vocab);
            int[] b = random.nextInt(3) == 0 ? random.text(random.between(0, 250), vocab) : random.edited(a, vocab, 0.3);
            if (trial % 3 == 1) { // ids too large for the direct table: the hash table path
                a = shifted(a, 5_000_000);
                b = shifted(b, 5_000_000);
            } else if (trial % 3 == 2) { // negative ids (any int is allowed)
                a = shifted(a, -1_000);
                b = shifted(b, -1_000);
            }
            int m = b.length;
            int kLo = -random.between(0, n + 5);
            int kHi = random.between(0, m + 5);
            bound.compute(a, 0, n, b, 0, m, kLo, kHi);
            int chunks = (n + ScliteRestBound.CHUNK - 1) / ScliteRestBound.CHUNK;
            int[] expected = new int[chunks];
            for (int c = 0; c < chunks; c++) {
                int first = c * ScliteRestBound.CHUNK;
                int last = Math.min(n, first + ScliteRestBound.CHUNK);
                int from = Math.max(0, first + kLo);
                int to = Math.min(m, last + kHi);
                expected[c] = 3 * semiGlobal(a, first, last, b, from, Math.max(from, to));
            }
            // between(i, t): the chunks lying entirely within rows [i, t]
            for (int k = 0; k < 20; k++) {
                int i = random.between(0, n);
                int t = random.between(i, n);
                int sum = 0;
                for (int c = 0; c < chunks; c++) {
                    int first = c * ScliteRestBound.CHUNK;
                    int last = Math.min(n, first + ScliteRestBound.CHUNK);
                    if (first >= i && last <= t) {
                        sum += expected[c];
                    }
                }
                assertEquals(sum, bound.between(i, t), "trial " + trial + ", rows " + i + ".." + t + " of " + n);
            }
        }
    }

    /** min over substrings s of text[from, to) of the unit edit distance between pattern[first, last) and s. */
    private static int semiGlobal(int[] pattern, int first, int last, int[] text, int from, int to) {
        int len = last - first;
        int[] col = new int[len + 1];
        for (int p = 0; p <= len; p++) {
            col[p] = p;
        }
        int best = col[len];
        for (int j = from; j < to; j++) {
            int diag = col[0]; // the top row is 0 everywhere: any start
            col[0] = 0;
            for (int p = 1; p <= len; p++) {
                int up = col[p];
                col[p] = Math.min(diag + (pattern[first + p - 1] == text[j] ? 0 : 1), Math.min(up, col[p - 1]) + 1);
                diag = up;
            }
            best = Math.min(best, col[len]);
        }
        return best;
    }

    private static int[] shifted(int[] ids, int by) {
        int[] out = new int[ids.length];
        for (int k = 0; k < ids.length; k++) {
            out[k] = ids[k] + by;
        }
        return out;
    }
}
