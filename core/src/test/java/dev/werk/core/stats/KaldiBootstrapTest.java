package dev.werk.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * compute-wer-bootci.cc transcribed line by line (int32 sums, BaseFloat = float, RandInt = rand() % n
 * on glibc), driven by the recurrence of {@link GlibcRandomTest} as its rand(), against werk's replay.
 */
class KaldiBootstrapTest {
    /** rand() as the textbook recurrence, a second implementation. */
    static final class Rand {
        private final long[] r = new long[1 << 22];
        private int k;
        private int filled = 33;

        Rand(int seed) {
            r[0] = seed == 0 ? 1 : seed;
            for (int i = 1; i < 31; i++) {
                r[i] = (16807L * r[i - 1]) % 2147483647L;
            }
            for (int i = 31; i < 34; i++) {
                r[i] = r[i - 31];
            }
            k = 0;
        }

        int rand() {
            int i = k + 344;
            while (filled < i) {
                filled++;
                r[filled] = (r[filled - 31] + r[filled - 3]) & 0xffffffffL;
            }
            k++;
            return (int) (r[i] >>> 1);
        }

        int randInt(int min, int max) {
            if (max == min) {
                return min;
            }
            return min + rand() % (max + 1 - min);
        }
    }

    float mean;
    float interval;
    float pImprov;

    void getBootstrapWERInterval(int[][] editWordPerHyp, int replications, Rand rng) {
        float werAccum = 0.0f;
        float werMultAccum = 0.0f;
        for (int i = 0; i < replications; ++i) {
            int numWords = 0;
            int wordErrs = 0;
            for (int j = 0; j < editWordPerHyp.length; ++j) {
                int randomPos = rng.randInt(0, editWordPerHyp.length - 1);
                wordErrs += editWordPerHyp[randomPos][0];
                numWords += editWordPerHyp[randomPos][1];
            }
            float werRep = (float) wordErrs / numWords;
            werAccum += werRep;
            werMultAccum += werRep * werRep;
        }
        mean = werAccum / replications;
        interval = (float) (1.96 * Math.sqrt(werMultAccum / replications - mean * mean));
    }

    void getBootstrapWERTwoSystemComparison(int[][] e1, int[][] e2, int replications, Rand rng) {
        int improvAccum = 0;
        for (int i = 0; i < replications; ++i) {
            int wordErrs = 0;
            for (int j = 0; j < e1.length; ++j) {
                int randomPos = rng.randInt(0, e1.length - 1);
                wordErrs += e1[randomPos][0] - e2[randomPos][0];
            }
            if (wordErrs > 0) {
                ++improvAccum;
            }
        }
        pImprov = (float) improvAccum / replications;
    }

    @RepeatedTest(12)
    void werkReplaysKaldisArithmetic(RepetitionInfo info) {
        Random rnd = new Random(77 + info.getCurrentRepetition());
        int n = 1 + rnd.nextInt(40);
        int reps = 1 + rnd.nextInt(300);
        int seed = info.getCurrentRepetition() <= 3 ? 1 : rnd.nextInt(1000);
        int[][] a = new int[n][2];
        int[][] b = new int[n][2];
        long[] words = new long[n];
        long[] ea = new long[n];
        long[] eb = new long[n];
        for (int i = 0; i < n; i++) {
            int w = 1 + rnd.nextInt(30);
            a[i][1] = b[i][1] = w;
            a[i][0] = rnd.nextInt(w + 3);
            b[i][0] = rnd.nextInt(w + 3);
            words[i] = w;
            ea[i] = a[i][0];
            eb[i] = b[i][0];
        }
        // main(): Set1's interval, Set2's interval, then the comparison, all from one rand() stream.
        Rand rng = new Rand(seed);
        getBootstrapWERInterval(a, reps, rng);
        float mean1 = mean;
        float int1 = interval;
        getBootstrapWERInterval(b, reps, rng);
        float mean2 = mean;
        float int2 = interval;
        getBootstrapWERTwoSystemComparison(a, b, reps, rng);

        GlibcRandom g = new GlibcRandom(seed);
        KaldiBootstrap.KaldiInterval k1 = KaldiBootstrap.interval(ea, words, reps, g);
        KaldiBootstrap.KaldiInterval k2 = KaldiBootstrap.interval(eb, words, reps, g);
        float p = KaldiBootstrap.probabilityOfImprovement(ea, eb, words, reps, g);
        assertEquals(mean1, k1.mean());
        assertEquals(int1, k1.halfWidth());
        assertEquals(mean2, k2.mean());
        assertEquals(int2, k2.halfWidth());
        assertEquals(pImprov, p);

        // The same through the experiment-level bootstrap (baseline = system 0, one group).
        PairedCounts.Builder pc = PairedCounts.builder(java.util.List.of("a", "b"), java.util.List.of("all"));
        for (int i = 0; i < n; i++) {
            pc.add("utt" + i, "all", words[i], ea[i], eb[i]);
        }
        BootstrapResult r = PairedBootstrap.run(pc.build(), new PairedBootstrap.Options(PairedBootstrap.Method.KALDI, seed, reps, 0.05, 0));
        assertEquals(mean1, r.kaldiWer(0, 0).mean());
        assertEquals(int2, r.kaldiWer(0, 1).halfWidth());
        assertEquals((double) pImprov, r.probabilityOfImprovement(0, 1), 0.0);
        assertEquals((double) (mean2 - int2), r.wer(1, 1).lower(), 0.0);
    }
}
