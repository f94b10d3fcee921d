package dev.werk.core.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;

/** Assertions shared by the aligner tests: oracle equality, count invariants and replay. */
final class AlignmentChecks {
    private AlignmentChecks() {
    }

    /** Checks {@code actual} against an oracle result already computed for the same pair. */
    static void assertMatches(String expectedLetters, int expectedDistance, int[] ref, int[] hyp, Alignment actual, String context) {
        String letters = actual.letters();
        if (!expectedLetters.equals(letters)) {
            // Only build the long message on failure.
            assertEquals(expectedLetters, letters, context + ": steps differ from the oracle for ref="
                    + shortText(ref) + " hyp=" + shortText(hyp));
        }
        assertEquals(ref.length, actual.hits() + actual.substitutions() + actual.deletions(), context + ": H+S+D != n");
        assertEquals(hyp.length, actual.hits() + actual.substitutions() + actual.insertions(), context + ": H+S+I != m");
        assertEquals(expectedDistance, actual.errors(), context + ": not the minimum number of edits");
        assertReplays(ref, hyp, actual, context);
    }

    /** Computes the oracle for the pair and checks {@code aligner}'s result against it. */
    static void assertMatchesOracle(Aligner aligner, int[] ref, int[] hyp, String context) {
        String expected = DpOracle.levenshtein(ref, hyp);
        int distance = DpOracle.levenshteinDistance(ref, hyp);
        assertMatches(expected, distance, ref, hyp, aligner.align(ref, hyp), context);
    }

    /** Replaying the steps turns the reference into the hypothesis; hits copy equal words, substitutions change the word. */
    static void assertReplays(int[] ref, int[] hyp, Alignment alignment, String context) {
        int[] out = new int[hyp.length];
        int[] size = {0};
        int[] next = {0, 0};
        alignment.forEach((op, r, h) -> {
            switch (op) {
                case HIT -> {
                    assertEquals(ref[r], hyp[h], context + ": hit on different words at " + r + "/" + h);
                    out[size[0]++] = ref[r];
                }
                case SUBSTITUTION -> {
                    assertNotEquals(ref[r], hyp[h], context + ": substitution of equal words at " + r + "/" + h);
                    out[size[0]++] = hyp[h];
                }
                case DELETION -> assertEquals(-1, h, context + ": deletion with a hypothesis position");
                case INSERTION -> {
                    assertEquals(-1, r, context + ": insertion with a reference position");
                    out[size[0]++] = hyp[h];
                }
            }
            if (r >= 0) {
                assertEquals(next[0]++, r, context + ": reference positions out of order");
            }
            if (h >= 0) {
                assertEquals(next[1]++, h, context + ": hypothesis positions out of order");
            }
        });
        assertEquals(ref.length, next[0], context + ": replay did not consume the reference");
        assertArrayEquals(hyp, Arrays.copyOf(out, size[0]), context + ": replay does not give the hypothesis");
    }

    private static String shortText(int[] words) {
        return words.length <= 400 ? Arrays.toString(words) : words.length + " words";
    }
}
