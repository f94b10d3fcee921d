package dev.werk.core.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The banded, checkpointed passes on pairs of up to 5,000 words, against the full-matrix oracle.
 * Tunings force short stripes, checkpoint thinning, poor upper bounds and failing first
 * thresholds, so every branch runs.
 */
class ScliteLongFormTest {
    private static final long SEED = 20_000_417L;
    private static final ScliteLongForm.Tuning[] TUNINGS = {
        ScliteLongForm.Tuning.DEFAULT,
        new ScliteLongForm.Tuning(1, 1 << 26, 384, 50),
        new ScliteLongForm.Tuning(13, 1 << 26, 3, 50),
        new ScliteLongForm.Tuning(5, 2_000, 30, 0),
    };

    private final RandomPairs random = new RandomPairs(SEED);

    @Test
    void transcriptLikePairs() {
        for (int n : new int[] {700, 2_000, 5_000}) {
            int[] ref = random.text(n, 5_000);
            check(ref, random.edited(ref, 5_000, 0.1), "10% errors, " + n + " words");
        }
        int[] ref = random.text(3_000, 300);
        check(ref, random.edited(ref, 300, 0.5), "50% errors");
    }

    @Test
    void heavyTies() {
        for (int vocab : new int[] {2, 3}) {
            int[] ref = random.text(1_500, vocab);
            check(ref, random.edited(ref, vocab, 0.3), "vocabulary of " + vocab);
            check(ref, random.text(1_400, vocab), "independent texts over " + vocab + " words");
        }
        int[] periodic = random.periodic(2_000, 6, 3);
        int[] cut = random.withBlockDeleted(random.edited(periodic, 6, 0.05), 301);
        check(periodic, cut, "periodic text with errors and a block cut out of phase");
    }

    @Test
    void blocksAndUnbalancedLengths() {
        int[] ref = random.text(2_500, 2_000);
        int[] hyp = random.edited(ref, 2_000, 0.05);
        check(ref, random.withBlockInserted(hyp, 2_000, 600), "600-word insertion");
        check(ref, random.withBlockDeleted(hyp, 900), "900-word deletion");
        check(random.text(4_000, 50), random.text(200, 50), "long reference, short hypothesis");
        check(random.text(150, 50), random.text(4_500, 50), "short reference, long hypothesis");
    }

    @Test
    void theDefaultAlignerTakesTheLongFormAboveTheCellLimit() {
        ScliteAligner aligner = new ScliteAligner();
        int[] ref = random.text(1_000, 500);
        int[] hyp = random.edited(ref, 500, 0.2);
        assertEquals(DpOracle.sclite(ref, hyp), aligner.align(ref, hyp).letters());
        assertNotNull(aligner.longFormOrNull(), "1,000 x ~1,000 cells exceed FULL_MATRIX_MAX_CELLS");
    }

    @Test
    void checkpointsThinOutWhenTheBudgetIsExceeded() {
        ScliteAligner aligner = ScliteAlignerTest.forced(4, 5_000, 384, 50);
        int[] ref = random.text(3_000, 1_000);
        int[] hyp = random.edited(ref, 1_000, 0.2);
        assertEquals(DpOracle.sclite(ref, hyp), aligner.align(ref, hyp).letters());
        int k = aligner.longFormOrNull().lastCheckpointInterval();
        assertTrue(k > 4, "interval after thinning: " + k);
    }

    /** LB &le; OPT &le; UB, the cost found is OPT, and a first threshold of LB itself is retried. */
    @Test
    void boundsHoldAndALowFirstThresholdIsRaised() {
        int[] ref = random.text(2_000, 100);
        for (int drop : new int[] {3, 12, 384}) {
            ScliteAligner aligner = ScliteAlignerTest.forced(64, 1 << 24, drop, 0);
            int[] hyp = random.edited(ref, 100, 0.25);
            assertEquals(DpOracle.sclite(ref, hyp), aligner.align(ref, hyp).letters(), "drop " + drop);
            ScliteLongForm longForm = aligner.longFormOrNull();
            int optimum = DpOracle.scliteCost(ref, hyp);
            assertEquals(optimum, longForm.lastCost(), "drop " + drop);
            assertTrue(longForm.lastUpperBound() >= optimum, "upper bound, drop " + drop);
            assertTrue(longForm.lastLowerBound() <= optimum, "lower bound, drop " + drop);
            assertTrue(longForm.lastLowerBound() < optimum, "this input has substitutions, which LB does not price");
            assertTrue(longForm.lastForwardPasses() > 1, "threshold LB < OPT must fail first");
        }
    }

    private static void check(int[] ref, int[] hyp, String what) {
        String expected = DpOracle.sclite(ref, hyp);
        for (ScliteLongForm.Tuning tuning : TUNINGS) {
            ScliteAligner aligner = new ScliteAligner(0, tuning);
            Alignment alignment = aligner.align(ref, hyp);
            assertEquals(expected, alignment.letters(), what + ", " + tuning);
            assertNotNull(aligner.longFormOrNull(), "long form used");
        }
        ScliteAlignerTest.checkInvariants(ref, hyp, new ScliteAligner().align(ref, hyp));
    }
}
