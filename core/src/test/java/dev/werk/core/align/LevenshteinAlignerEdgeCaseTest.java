package dev.werk.core.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LevenshteinAlignerEdgeCaseTest {
    /** The default aligner and ones forced through the banded, checkpointed path. */
    private static final List<LevenshteinAligner> ALIGNERS = List.of(
            new LevenshteinAligner(),
            new LevenshteinAligner(1, 0, false, false),
            new LevenshteinAligner(3, 1, false, false));

    private static void check(int[] ref, int[] hyp, String expectedLetters) {
        for (LevenshteinAligner aligner : ALIGNERS) {
            Alignment a = aligner.align(ref, hyp);
            assertEquals(expectedLetters, a.letters(), Arrays.toString(ref) + " vs " + Arrays.toString(hyp));
            AlignmentChecks.assertMatchesOracle(aligner, ref, hyp, "edge case");
        }
    }

    private static int[] repeat(int word, int count) {
        int[] a = new int[count];
        Arrays.fill(a, word);
        return a;
    }

    private static int[] range(int from, int to) {
        int[] a = new int[to - from];
        for (int k = 0; k < a.length; k++) {
            a[k] = from + k;
        }
        return a;
    }

    @Test
    void emptyAgainstEmpty() {
        check(new int[0], new int[0], "");
    }

    @Test
    void emptyAgainstNonEmpty() {
        check(new int[0], new int[] {4, 5, 6}, "III");
        check(new int[] {4, 5, 6}, new int[0], "DDD");
        check(new int[0], range(0, 200), "I".repeat(200));
        check(range(0, 200), new int[0], "D".repeat(200));
    }

    @Test
    void identical() {
        for (int len : new int[] {1, 63, 64, 65, 300}) {
            int[] a = range(10, 10 + len);
            check(a, a.clone(), "C".repeat(len));
        }
    }

    @Test
    void fullyDisjoint() {
        check(range(0, 5), range(100, 105), "SSSSS");
        check(range(0, 3), range(100, 105), "IISSS");
        check(range(0, 5), range(100, 103), "SSSDD");
        for (int len : new int[] {64, 65, 130}) {
            check(range(0, len), range(1000, 1000 + len), "S".repeat(len));
        }
    }

    @Test
    void repeatedSingleWord() {
        check(repeat(7, 5), repeat(7, 2), "CCDDD");
        check(repeat(7, 2), repeat(7, 5), "CCIII");
        check(repeat(7, 100), repeat(7, 30), "C".repeat(30) + "D".repeat(70));
        check(repeat(7, 70), repeat(8, 66), "S".repeat(66) + "DDDD");
    }

    @Test
    void tieRuleFromDesignNotes() {
        // "yes yes no no no" vs "well um ok yes yes": 5 substitutions by unit costs (sclite says C2 D3 I3).
        check(new int[] {0, 0, 1, 1, 1}, new int[] {2, 3, 4, 0, 0}, "SSSSS");
    }

    @Test
    void idsBeyondTheDenseTableAreRenumbered() {
        int big = Integer.MAX_VALUE - 10;
        int[] ref = {big, 5, big + 1, big, 3_000_000, 9};
        int[] hyp = {5, big, big + 2, 3_000_000, big + 1, 9, 8};
        for (LevenshteinAligner aligner : ALIGNERS) {
            AlignmentChecks.assertMatchesOracle(aligner, ref, hyp, "large ids");
        }
    }

    @Test
    void negativeReferenceIdsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new LevenshteinAligner().align(new int[] {1, -2}, new int[] {3}));
    }

    @Test
    void factoryGivesTheBitParallelAligner() {
        Aligner aligner = Aligner.create(CostModel.LEVENSHTEIN);
        assertEquals(CostModel.LEVENSHTEIN, aligner.costModel());
        assertEquals("CSDC", aligner.align(new int[] {1, 2, 3, 4}, new int[] {1, 9, 4}).letters());
    }
}
