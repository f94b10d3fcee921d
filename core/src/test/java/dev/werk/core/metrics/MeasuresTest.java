package dev.werk.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MeasuresTest {
    private static final double EPS = 1e-12;

    private static void assertRates(Measures m, double wer, double mer, double wil, double wip) {
        assertRate("wer", wer, m.wer());
        assertRate("mer", mer, m.mer());
        assertRate("wil", wil, m.wil());
        assertRate("wip", wip, m.wip());
    }

    private static void assertRate(String name, double expected, double actual) {
        if (Double.isNaN(expected)) {
            assertTrue(Double.isNaN(actual), name + " should be undefined (NaN) but was " + actual);
        } else {
            assertEquals(expected, actual, EPS, name);
        }
    }

    @Test
    void mixedErrors() {
        // H3 S1 D1 I1: N_ref 5, N_hyp 5, errors 3.
        // WER 3/5; MER 3/6; WIP (3/5)(3/5) = 9/25; WIL 16/25.
        assertRates(Measures.of(new Counts(3, 1, 1, 1)), 0.6, 0.5, 16.0 / 25, 9.0 / 25);
    }

    @Test
    void scliteExampleAboveOneHundredPercent() {
        // H2 S0 D3 I3: N_ref 5, N_hyp 5, errors 6. WER 6/5; MER 6/8; WIP (2/5)(2/5).
        assertRates(Measures.of(new Counts(2, 0, 3, 3)), 1.2, 0.75, 1 - 0.16, 0.16);
    }

    @Test
    void unequalLengths() {
        // H4 S2 D0 I3: N_ref 6, N_hyp 9, errors 5. WER 5/6; MER 5/9; WIP (4/6)(4/9) = 16/54.
        assertRates(Measures.of(new Counts(4, 2, 0, 3)), 5.0 / 6, 5.0 / 9, 1 - 16.0 / 54, 16.0 / 54);
    }

    @Test
    void perfect() {
        assertRates(Measures.of(new Counts(7, 0, 0, 0)), 0, 0, 0, 1);
    }

    @Test
    void allSubstituted() {
        // No hit: WIP 0, WIL 1, WER = MER = 1.
        assertRates(Measures.of(new Counts(0, 4, 0, 0)), 1, 1, 1, 0);
    }

    @Test
    void emptyHypothesisGivesWipZero() {
        // N_hyp = 0 and N_ref > 0: WIP is 0 by definition, so WIL is 1.
        assertRates(Measures.of(new Counts(0, 0, 3, 0)), 1, 1, 1, 0);
    }

    @Test
    void emptyReferenceLeavesWerUndefined() {
        // N_ref = 0: WER, WIP and WIL divide by zero; MER = I / I = 1.
        assertRates(Measures.of(new Counts(0, 0, 0, 2)), Double.NaN, 1, Double.NaN, Double.NaN);
    }

    @Test
    void nothingAtAllIsUndefinedEverywhere() {
        assertRates(Measures.of(Counts.ZERO), Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    @Test
    void countsDerivedTotals() {
        Counts c = new Counts(3, 1, 2, 4);
        assertEquals(6, c.referenceWords());
        assertEquals(8, c.hypothesisWords());
        assertEquals(7, c.errors());
        assertEquals(new Counts(4, 3, 5, 8), c.plus(new Counts(1, 2, 3, 4)));
        assertThrows(IllegalArgumentException.class, () -> new Counts(0, -1, 0, 0));
    }

    @Test
    void largeCountsDoNotOverflow() {
        long big = 3_000_000_000L;
        Measures m = Measures.of(new Counts(big, big, 0, 0));
        assertEquals(0.5, m.wer(), EPS);
        assertEquals(0.25, m.wip(), EPS);
    }
}
