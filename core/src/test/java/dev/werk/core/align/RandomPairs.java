package dev.werk.core.align;

import dev.werk.core.TestTokens;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Seeded generator of reference/hypothesis id sequences for differential tests: small
 * vocabularies (many ties), edited copies at several error rates, independent texts, block
 * insertions and deletions, and periodic text.
 */
final class RandomPairs {
    private final SplittableRandom random;

    RandomPairs(long seed) {
        random = new SplittableRandom(seed);
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    int between(int lo, int hi) {
        return random.nextInt(lo, hi + 1);
    }

    double nextDouble() {
        return random.nextDouble();
    }

    /** TestTokens size from 2 to 50, small sizes (heavy ties) more often. */
    int vocabularySize() {
        int[] sizes = {2, 2, 3, 4, 5, 8, 12, 20, 35, 50};
        return sizes[random.nextInt(sizes.length)];
    }

    /** n words drawn uniformly from {@code vocab} ids, or with a Zipf-like skew half the time. */
    int[] text(int n, int vocab) {
        int[] t = new int[n];
        boolean skewed = random.nextBoolean();
        for (int k = 0; k < n; k++) {
            t[k] = skewed ? skewed(vocab) : random.nextInt(vocab);
        }
        return t;
    }

    /** Text repeating a random phrase of 1..period words. */
    int[] periodic(int n, int vocab, int period) {
        int[] phrase = text(period, vocab);
        int[] t = new int[n];
        for (int k = 0; k < n; k++) {
            t[k] = phrase[k % period];
        }
        return t;
    }

    /** A copy of {@code ref} where each word is substituted, deleted or preceded by an insertion
     *  with probability {@code rate} / 3 each. */
    int[] edited(int[] ref, int vocab, double rate) {
        int[] out = new int[ref.length * 2 + 4];
        int size = 0;
        for (int w : ref) {
            double x = random.nextDouble();
            if (x < rate / 3) {
                out[size++] = random.nextInt(vocab);
            } else if (x < 2 * rate / 3) {
                continue;
            } else if (x < rate) {
                out[size++] = random.nextInt(vocab);
                out[size++] = w;
            } else {
                out[size++] = w;
            }
        }
        if (random.nextDouble() < rate / 3) {
            out[size++] = random.nextInt(vocab);
        }
        return Arrays.copyOf(out, size);
    }

    /** {@code text} with {@code count} random words inserted at a random place. */
    int[] withBlockInserted(int[] text, int vocab, int count) {
        int at = random.nextInt(text.length + 1);
        int[] out = new int[text.length + count];
        System.arraycopy(text, 0, out, 0, at);
        for (int k = 0; k < count; k++) {
            out[at + k] = random.nextInt(vocab);
        }
        System.arraycopy(text, at, out, at + count, text.length - at);
        return out;
    }

    /** {@code text} without {@code count} consecutive words from a random place. */
    int[] withBlockDeleted(int[] text, int count) {
        count = Math.min(count, text.length);
        int at = random.nextInt(text.length - count + 1);
        int[] out = new int[text.length - count];
        System.arraycopy(text, 0, out, 0, at);
        System.arraycopy(text, at + count, out, at, text.length - at - count);
        return out;
    }

    private int skewed(int vocab) {
        // P(k) roughly proportional to 1/(k+1): a few frequent words, a long tail
        double u = random.nextDouble();
        int k = (int) Math.floor(Math.exp(u * Math.log(vocab + 1.0))) - 1;
        return Math.min(k, vocab - 1);
    }
}
