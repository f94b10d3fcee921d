package dev.werk.core.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The banded path against the oracle on pairs of up to 5,000 words, under several checkpoint
 * intervals, first band thresholds and store budgets, so that stripes, saved columns, band growth
 * and blocks entering and leaving the band are all exercised.
 */
class LevenshteinLongFormTest {
    /**
     * {checkpoint interval (0 = automatic), first band threshold, store budget in words (0 = never
     * save every column), dense match-table budget in words (0 = sparse masks), 1 = the first
     * threshold may come from the anchor bound (one pruned pass), 0 = the schedule always runs}.
     */
    private static final long[][] SETTINGS = {
        {BandedAligner.AUTO_INTERVAL, BandedAligner.DEFAULT_INITIAL_BAND, 0, 0, 0},
        {BandedAligner.AUTO_INTERVAL, BandedAligner.DEFAULT_INITIAL_BAND, BandedAligner.DEFAULT_STORE_BUDGET, BlockMasks.DENSE_BUDGET, 0},
        {1, 0, 0, 0, 0},
        {17, 1, 0, 0, 0},
        {17, 1, 40_000, 20_000, 0},
        {100, 0, 0, BlockMasks.DENSE_BUDGET, 0},
        {256, 1000, 0, 0, 0},
        {256, 1000, BandedAligner.DEFAULT_STORE_BUDGET, 0, 0},
        {BandedAligner.AUTO_INTERVAL, BandedAligner.DEFAULT_INITIAL_BAND, BandedAligner.DEFAULT_STORE_BUDGET, BlockMasks.DENSE_BUDGET, 1},
        {1, 0, 0, 0, 1},
        {17, 1, 0, BlockMasks.DENSE_BUDGET, 1},
        {256, 1000, 40_000, 0, 1},
    };

    private record Pair(String name, int[] ref, int[] hyp) {
    }

    @Test
    void bandedCheckpointedPathMatchesTheOracle() {
        SplittableRandom random = new SplittableRandom(7_031_999L);
        int[] zipf1000 = zipfSample(random, 5000, 1000);
        int[] small = uniform(random, 5000, 5);
        int[] zipf300 = zipfSample(random, 2500, 300);
        Pair[] pairs = {
            new Pair("1000 words, 5% errors", Arrays.copyOf(zipf300, 1000), edit(random, Arrays.copyOf(zipf300, 1000), 300, 0.05)),
            new Pair("2500 words, 30% errors", zipf300, edit(random, zipf300, 300, 0.30)),
            new Pair("5000 words, 3% errors", zipf1000, edit(random, zipf1000, 1000, 0.03)),
            new Pair("5000 words, 5-word vocabulary, 40% errors", small, edit(random, small, 5, 0.40)),
            new Pair("2000 vs 2000 independent", uniform(random, 2000, 20), uniform(random, 2000, 20)),
            new Pair("5000 vs 800", zipf1000, Arrays.copyOf(edit(random, zipf1000, 1000, 0.9), 800)),
            new Pair("600 vs 4000", Arrays.copyOf(small, 600), uniform(random, 4000, 5)),
            new Pair("40 vs 5000", Arrays.copyOfRange(zipf1000, 2000, 2040), zipf1000),
            new Pair("5000 vs empty", zipf1000, new int[0]),
            new Pair("empty vs 3000", new int[0], Arrays.copyOf(small, 3000)),
        };
        int grownBands = 0;
        int storedRuns = 0;
        int stripedRuns = 0;
        int prunedRuns = 0;
        for (Pair pair : pairs) {
            String expected = DpOracle.levenshtein(pair.ref, pair.hyp);
            int distance = DpOracle.levenshteinDistance(pair.ref, pair.hyp);
            for (long[] setting : SETTINGS) {
                LevenshteinAligner aligner = new LevenshteinAligner((int) setting[0], (int) setting[1], setting[2], setting[3], false,
                        setting[4] == 1);
                String context = pair.name + " with interval " + setting[0] + ", first band " + setting[1]
                        + ", store budget " + setting[2] + ", dense budget " + setting[3] + (setting[4] == 1 ? ", anchored" : "");
                Alignment alignment = aligner.align(pair.ref, pair.hyp);
                AlignmentChecks.assertMatches(expected, distance, pair.ref, pair.hyp, alignment, context);
                if (pair.ref.length > 0 && pair.hyp.length > 0) {
                    BandedAligner banded = aligner.banded();
                    assertEquals(distance, banded.lastDistance(), context + ": banded distance");
                    if (setting[2] == 0) {
                        assertFalse(banded.lastStored(), context + ": saved every column with no budget");
                        if (setting[0] > 0 && setting[0] < pair.hyp.length / 2) {
                            assertTrue(banded.lastCheckpoints() > 1, context + ": no stripes");
                        }
                    }
                    if (banded.lastPasses() > 1) {
                        grownBands++;
                    }
                    if (banded.lastPruned()) {
                        prunedRuns++;
                    }
                    if (banded.lastStored()) {
                        storedRuns++;
                    } else {
                        stripedRuns++;
                    }
                }
            }
        }
        assertTrue(grownBands >= 10, "the band grew in only " + grownBands + " runs");
        assertTrue(storedRuns >= 10, "every column was saved in only " + storedRuns + " runs");
        assertTrue(stripedRuns >= 10, "stripes were recomputed in only " + stripedRuns + " runs");
        assertTrue(prunedRuns >= 20, "the last pass pruned in only " + prunedRuns + " runs");
    }

    /**
     * One aligner over pairs of changing sizes: scratch left by a pair (saved columns, the dense
     * match table, which is cleared word by word) must not leak into the next. The small budgets
     * make the same aligner switch between saved columns and stripes, dense and sparse masks.
     */
    @Test
    void reusedAlignerStaysExactAcrossSizes() {
        LevenshteinAligner[] aligners = {
            new LevenshteinAligner(50, 0, true, false),
            new LevenshteinAligner(),
            new LevenshteinAligner(BandedAligner.AUTO_INTERVAL, 8, 30_000, 3_000, true, false),
            new LevenshteinAligner(BandedAligner.AUTO_INTERVAL, 8, 30_000, 3_000, true, true),
        };
        for (int a = 0; a < aligners.length; a++) {
            SplittableRandom random = new SplittableRandom(99L);
            for (int k = 0; k < 60; k++) {
                int n = random.nextInt(k % 3 == 0 ? 1500 : 120);
                int vocabulary = 2 + random.nextInt(400);
                int[] ref = uniform(random, n, vocabulary);
                int[] hyp = edit(random, ref, vocabulary, random.nextDouble() * 0.5);
                AlignmentChecks.assertMatchesOracle(aligners[a], ref, hyp, "aligner " + a + ", call " + k);
            }
        }
    }

    private static int[] uniform(SplittableRandom random, int length, int vocabulary) {
        int[] words = new int[length];
        for (int i = 0; i < length; i++) {
            words[i] = random.nextInt(vocabulary);
        }
        return words;
    }

    /** Words with Zipf-distributed frequencies (weight 1/rank), as in running text. */
    private static int[] zipfSample(SplittableRandom random, int length, int vocabulary) {
        double[] cumulative = new double[vocabulary];
        double sum = 0;
        for (int r = 0; r < vocabulary; r++) {
            sum += 1.0 / (r + 1);
            cumulative[r] = sum;
        }
        int[] words = new int[length];
        for (int i = 0; i < length; i++) {
            int k = Arrays.binarySearch(cumulative, random.nextDouble() * sum);
            words[i] = k >= 0 ? k : Math.min(-k - 1, vocabulary - 1);
        }
        return words;
    }

    /** The reference with each word substituted, deleted or preceded by an insertion with probability {@code rate}/3 each (AnchorBoundTest too). */
    static int[] edit(SplittableRandom random, int[] ref, int vocabulary, double rate) {
        int[] out = new int[2 * ref.length + 1];
        int size = 0;
        for (int w : ref) {
            if (random.nextDouble() < rate / 3) {
                out[size++] = random.nextInt(vocabulary);
            }
            double r = random.nextDouble();
            if (r < rate / 3) {
                continue;
            }
            out[size++] = r < 2 * rate / 3 ? random.nextInt(vocabulary) : w;
        }
        return Arrays.copyOf(out, size);
    }
}
