package dev.werk.core.stats;

/**
 * glibc's {@code rand()} (the TYPE_3 additive feedback generator behind {@code srand}/{@code rand}),
 * so that Kaldi's {@code compute-wer-bootci}, which never seeds and draws with
 * {@code rand() % n}, can be replayed: seed 1 is the state of a program that never called srand.
 */
public final class GlibcRandom {
    private final int[] r = new int[31];
    private int front;
    private int rear;

    /** The state after {@code srand(seed)}; glibc treats seed 0 as 1. */
    public GlibcRandom(long seed) {
        int s = (int) seed;
        if (s == 0) {
            s = 1;
        }
        int[] state = r;
        state[0] = s;
        long word = s;
        for (int i = 1; i < 31; i++) {
            long hi = word / 127773;
            long lo = word % 127773;
            word = 16807 * lo - 2836 * hi;
            if (word < 0) {
                word += 2147483647;
            }
            state[i] = (int) word;
        }
        front = 3;
        rear = 0;
        for (int i = 0; i < 310; i++) {
            next();
        }
    }

    /** The next {@code rand()} value, 0 to 2^31 - 1. */
    public int next() {
        int val = r[front] + r[rear];
        r[front] = val;
        front = front + 1 == 31 ? 0 : front + 1;
        rear = rear + 1 == 31 ? 0 : rear + 1;
        return val >>> 1;
    }

    /** Kaldi's {@code RandInt(0, n - 1)} on Linux: {@code rand() % n}, and no draw at all when n is 1. */
    public int randInt(int n) {
        if (n <= 1) {
            return 0;
        }
        return next() % n;
    }
}
