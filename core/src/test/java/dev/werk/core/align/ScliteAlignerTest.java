package dev.werk.core.align;

import dev.werk.core.TestTokens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The sclite aligner against {@link DpOracle#sclite}, step for step. */
class ScliteAlignerTest {
    private static final long SEED = 0x5C11_7E5EEDL;
    private static final int PAIRS = 100_000;
    private static final int[] EDGE_LENGTHS = {0, 1, 2, 63, 64, 65, 128, 129, 300};

    @Test
    void scliteReportsMoreErrorsThanTheMinimumWhereItsWeightsSaySo() {
        TestTokens vocabulary = new TestTokens();
        int[] ref = vocabulary.words("yes yes no no no");
        int[] hyp = vocabulary.words("well um ok yes yes");

        Alignment alignment = new ScliteAligner().align(ref, hyp);

        assertEquals("IIICCDDD", alignment.letters());
        assertEquals(DpOracle.sclite(ref, hyp), alignment.letters());
        assertEquals(2, alignment.hits());
        assertEquals(0, alignment.substitutions());
        assertEquals(3, alignment.deletions());
        assertEquals(3, alignment.insertions());
        assertEquals(5, DpOracle.levenshteinDistance(ref, hyp), "Levenshtein needs only 5 edits");
    }

    @Test
    void emptySides() {
        ScliteAligner aligner = new ScliteAligner();
        assertEquals("", aligner.align(new int[0], new int[0]).letters());
        assertEquals("DDD", aligner.align(new int[] {1, 2, 3}, new int[0]).letters());
        assertEquals("II", aligner.align(new int[0], new int[] {4, 5}).letters());
    }

    /**
     * Taking the common prefix off naively changes the steps: for ref "x x", hyp "x" sclite
     * deletes the first word ("DC"), a prefix-first matcher would delete the second ("CD").
     */
    @Test
    void commonPrefixKeepsSclitesOrderOfSteps() {
        ScliteAligner aligner = new ScliteAligner();
        assertEquals("DC", DpOracle.sclite(new int[] {7, 7}, new int[] {7}));
        assertEquals("DC", aligner.align(new int[] {7, 7}, new int[] {7}).letters());
        assertEquals("IC", aligner.align(new int[] {7}, new int[] {7, 7}).letters());
        int[] a = {1, 2, 1, 2, 3};
        int[] b = {1, 2, 1, 2, 1, 2, 3};
        assertEquals(DpOracle.sclite(a, b), aligner.align(a, b).letters());
        assertEquals(DpOracle.sclite(b, a), aligner.align(b, a).letters());
    }

    /** Random pairs of lengths 0..300 over 2..50 words; the default aligner and four aligners
     *  forced through the long-form passes with tiny stripes and bounds must all match. */
    @Test
    void randomPairsMatchTheOracleStepForStep() {
        RandomPairs random = new RandomPairs(SEED);
        ScliteAligner standard = new ScliteAligner();
        ScliteAligner[] forced = {
            forced(1, 1 << 20, 3, 50),
            forced(3, 1 << 20, 384, 0),
            forced(7, 50, 6, 10),
            forced(64, 1 << 20, 384, 50),
        };
        int longFormPairs = 0;
        for (int k = 0; k < PAIRS; k++) {
            int[][] pair = pair(random, k);
            int[] a = pair[0];
            int[] b = pair[1];
            String expected = DpOracle.sclite(a, b);
            Alignment alignment = standard.align(a, b);
            if (!expected.equals(alignment.letters())) {
                fail("pair " + k + " differs\n ref " + Arrays.toString(a) + "\n hyp " + Arrays.toString(b)
                        + "\n oracle " + expected + "\n got    " + alignment.letters());
            }
            checkInvariants(a, b, alignment);
            ScliteAligner other = forced[k % forced.length];
            String viaLongForm = other.align(a, b).letters();
            if (!expected.equals(viaLongForm)) {
                fail("pair " + k + " differs through the long form (knobs #" + (k % forced.length) + ")\n ref "
                        + Arrays.toString(a) + "\n hyp " + Arrays.toString(b) + "\n oracle " + expected
                        + "\n got    " + viaLongForm);
            }
            if (other.longFormOrNull() != null) {
                longFormPairs++;
            }
        }
        assertTrue(longFormPairs > 0, "the forced aligners must have used the long form");
    }

    /** Words equal everywhere or nowhere: the extremes of ties and of mismatch. */
    @Test
    void uniformAndDisjointTexts() {
        ScliteAligner aligner = new ScliteAligner();
        ScliteAligner forced = forced(2, 1 << 20, 3, 0);
        for (int n = 0; n <= 40; n++) {
            for (int m = 0; m <= 40; m += 3) {
                int[] a = new int[n];
                int[] same = new int[m];
                int[] disjoint = new int[m];
                Arrays.fill(disjoint, 1);
                for (int[] b : new int[][] {same, disjoint}) {
                    String expected = DpOracle.sclite(a, b);
                    assertEquals(expected, aligner.align(a, b).letters(), n + " x " + m);
                    assertEquals(expected, forced.align(a, b).letters(), n + " x " + m + " (long form)");
                }
            }
        }
    }

    /** An aligner that sends every pair through the long form, with the given tuning. */
    static ScliteAligner forced(int checkpointInterval, int checkpointBudget, int upperBoundDrop, int firstSlackPercent) {
        return new ScliteAligner(0, new ScliteLongForm.Tuning(checkpointInterval, checkpointBudget, upperBoundDrop,
                firstSlackPercent));
    }

    private static int[][] pair(RandomPairs random, int k) {
        int vocab = random.vocabularySize();
        int n;
        int kind = random.nextInt(100);
        if (kind < 50) {
            n = random.between(0, 40);
        } else if (kind < 78) {
            n = random.between(0, 120);
        } else if (kind < 88) {
            n = random.between(0, 300);
        } else {
            n = EDGE_LENGTHS[random.nextInt(EDGE_LENGTHS.length)];
        }
        int[] a = random.nextInt(10) == 0 ? random.periodic(n, vocab, random.between(1, 4)) : random.text(n, vocab);
        int[] b;
        int mode = random.nextInt(10);
        if (mode < 6) {
            double[] rates = {0.02, 0.1, 0.3, 0.6};
            b = random.edited(a, vocab, rates[random.nextInt(rates.length)]);
        } else if (mode < 8) {
            int m = kind >= 88 ? EDGE_LENGTHS[random.nextInt(EDGE_LENGTHS.length)] : random.between(0, Math.max(1, n + 5));
            b = random.text(m, vocab);
        } else if (mode == 8) {
            b = random.withBlockInserted(random.edited(a, vocab, 0.1), vocab, random.between(1, 30));
        } else {
            b = random.withBlockDeleted(random.edited(a, vocab, 0.1), random.between(1, 30));
        }
        return (k & 1) == 0 ? new int[][] {a, b} : new int[][] {b, a};
    }

    /** H+S+D = n, H+S+I = m, optimal weighted cost, and replaying the steps turns ref into hyp. */
    static void checkInvariants(int[] a, int[] b, Alignment alignment) {
        assertEquals(a.length, alignment.hits() + alignment.substitutions() + alignment.deletions());
        assertEquals(b.length, alignment.hits() + alignment.substitutions() + alignment.insertions());
        int cost = 4 * alignment.substitutions() + 3 * alignment.deletions() + 3 * alignment.insertions();
        assertEquals(DpOracle.scliteCost(a, b), cost, "weighted cost");
        int[] rebuilt = new int[b.length];
        int[] written = {0};
        alignment.forEach((op, r, h) -> {
            switch (op) {
                case HIT -> {
                    assertEquals(a[r], b[h]);
                    rebuilt[written[0]++] = a[r];
                }
                case SUBSTITUTION -> {
                    assertNotEquals(a[r], b[h]);
                    rebuilt[written[0]++] = b[h];
                }
                case INSERTION -> rebuilt[written[0]++] = b[h];
                case DELETION -> assertTrue(r >= 0 && h == -1);
            }
        });
        assertEquals(b.length, written[0]);
        assertTrue(Arrays.equals(b, rebuilt), "replay turns the reference into the hypothesis");
    }
}
