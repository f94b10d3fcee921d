package dev.werk.core.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link AnchorBound} against the plain DP: its gaps are exact distances (one block and several
 * blocks, words absent from the reference on either side), its bound is never below the distance,
 * and it gives up (−1) exactly when a gap is past the work budget.
 */
class AnchorBoundTest {
    @Test
    void gapsAreExactDistances() {
        SplittableRandom random = new SplittableRandom(41_017L);
        AnchorBound bound = new AnchorBound();
        int multiBlock = 0;
        for (int k = 0; k < 3000; k++) {
            int vocabulary = 1 + random.nextInt(30);
            int[] ref = words(random, random.nextInt(k % 5 == 0 ? 400 : 90), vocabulary, false);
            int[] hyp = words(random, random.nextInt(k % 5 == 0 ? 400 : 90), vocabulary, true);
            // Ranges starting in the first quarter, so long pairs give gaps of several blocks.
            int r0 = random.nextInt(ref.length / 4 + 1);
            int h0 = random.nextInt(hyp.length / 4 + 1);
            int r1 = r0 + random.nextInt(ref.length - r0 + 1);
            int h1 = h0 + random.nextInt(hyp.length - h0 + 1);
            int expected = DpOracle.levenshteinDistance(Arrays.copyOfRange(ref, r0, r1), Arrays.copyOfRange(hyp, h0, h1));
            if (Math.min(r1 - r0, h1 - h0) > 64) {
                multiBlock++;
            }
            assertEquals(expected, bound.gap(ref, r0, r1, hyp, h0, h1, vocabulary), "pair " + k + ": ref[" + r0 + ", " + r1 + ") hyp[" + h0 + ", " + h1 + ")");
        }
        assertTrue(multiBlock >= 50, "only " + multiBlock + " gaps took several blocks");
    }

    @Test
    void boundIsNeverBelowTheDistance() {
        SplittableRandom random = new SplittableRandom(52_113L);
        AnchorBound bound = new AnchorBound();
        int exact = 0;
        int anchored = 0;
        for (int k = 0; k < 1500; k++) {
            int vocabulary = 2 + random.nextInt(k % 2 == 0 ? 40 : 3000);
            int[] ref = words(random, 1 + random.nextInt(600), vocabulary, false);
            int[] hyp = LevenshteinLongFormTest.edit(random, ref, vocabulary, random.nextDouble() * 0.6);
            if (hyp.length == 0) {
                continue;
            }
            long u = bound.bound(ref, ref.length, hyp, hyp.length, vocabulary);
            int distance = DpOracle.levenshteinDistance(ref, hyp);
            assertTrue(u >= distance, "pair " + k + ": bound " + u + " below the distance " + distance);
            if (u == distance) {
                exact++;
            }
            if (vocabulary > 100) {
                anchored++;
            }
        }
        assertTrue(exact >= 1000, "the bound was the distance on only " + exact + " pairs");
        assertTrue(anchored >= 500, "only " + anchored + " pairs with a large vocabulary");
    }

    @Test
    void givesUpOnAGapPastTheBudget() {
        SplittableRandom random = new SplittableRandom(3L);
        AnchorBound bound = new AnchorBound();
        // Two words only: no anchor, so the whole pair is one gap of 47 blocks × 3,000 columns.
        int[] ref = words(random, 3000, 2, false);
        int[] hyp = words(random, 3000, 2, false);
        assertTrue(47L * 3000 > AnchorBound.GAP_WORK);
        assertEquals(-1, bound.bound(ref, ref.length, hyp, hyp.length, 2));
        // Within the budget (16 blocks × 1,000), the same kind of pair is bounded exactly.
        int[] shortRef = Arrays.copyOf(ref, 1000);
        int[] shortHyp = Arrays.copyOf(hyp, 1000);
        assertEquals(DpOracle.levenshteinDistance(shortRef, shortHyp), bound.bound(shortRef, 1000, shortHyp, 1000, 2));
    }

    /** Random ids below {@code vocabulary}; on the hypothesis side some are −1 (absent from the reference). */
    private static int[] words(SplittableRandom random, int length, int vocabulary, boolean absent) {
        int[] w = new int[length];
        for (int i = 0; i < length; i++) {
            w[i] = absent && random.nextInt(8) == 0 ? -1 : random.nextInt(vocabulary);
        }
        return w;
    }
}
