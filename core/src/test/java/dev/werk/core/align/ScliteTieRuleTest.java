package dev.werk.core.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The tie rule against its other reading: the cheapest step, ties going to the diagonal, then the
 * insertion, then the deletion (sclite's "diagonal if no worse than both gaps, else deletion if
 * strictly cheaper than insertion, else insertion").
 */
class ScliteTieRuleTest {
    private static int oracle(double diagonal, double deletion, double insertion) {
        double min = Math.min(diagonal, Math.min(deletion, insertion));
        if (diagonal == min) {
            return ScliteTieRule.DIAGONAL;
        }
        return insertion == min ? ScliteTieRule.INSERTION : ScliteTieRule.DELETION;
    }

    @Test
    void everySmallIntegerTriple() {
        for (int d = 0; d <= 8; d++) {
            for (int del = 0; del <= 8; del++) {
                for (int ins = 0; ins <= 8; ins++) {
                    int move = oracle(d, del, ins);
                    assertEquals(move, ScliteTieRule.choose(d, del, ins), d + " " + del + " " + ins);
                    assertEquals(move, ScliteTieRule.choose((float) d, (float) del, (float) ins));
                }
            }
        }
    }

    @Test
    void seededRandomFloatsOnSclitesGrid() {
        Random random = new Random(5L);
        float[] weights = {0f, 0.001f, 1f, 2f, 3f, 4f};
        for (int k = 0; k < 100_000; k++) {
            float d = sum(random, weights);
            float del = sum(random, weights);
            float ins = sum(random, weights);
            assertEquals(oracle(d, del, ins), ScliteTieRule.choose(d, del, ins), d + " " + del + " " + ins);
        }
    }

    private static float sum(Random random, float[] weights) {
        float s = 0f;
        for (int k = random.nextInt(4); k > 0; k--) {
            s += weights[random.nextInt(weights.length)];
        }
        return s;
    }
}
