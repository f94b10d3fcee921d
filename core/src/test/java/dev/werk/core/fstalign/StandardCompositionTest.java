package dev.werk.core.fstalign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.werk.core.metrics.Counts;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * fstalign's standard composition searched by its walker ({@link StandardComposition},
 * {@code --composition standard-walker}). Seeded random references with entities and synonym rules
 * against invariants: the path follows the reference network and the whole hypothesis, its counts add
 * up, and it never costs less than the cheapest accepted sequence. On plain text, short enough that the
 * walker neither prunes nor stops early (at most 10 words, no first pass), against a plain dynamic
 * program of what fstalign answered on every such pair recorded: the fewest errors (unit costs) and,
 * of those, the most substitutions. fstalign's own answers: {@code dev.werk.core.StandardOracleTest}.
 */
class StandardCompositionTest {
    private static final FstalignSettings WALKER = new FstalignSettings(SynonymRules.NONE, false, false, true).withWalker(true);

    private static double cost(Counts c) {
        return c.insertions() + c.deletions() + 1.5 * c.substitutions();
    }

    @Test
    void followsTheNetworkAndNeverBeatsTheCheapestPath() {
        FstalignAlignmentOracleTest.checkSearchInvariants(WALKER, 20261203L);
    }

    @Test
    void plainTextFewestErrorsThenMostSubstitutions() {
        Random rnd = new Random(20261204L);
        String[] vocab = {"a", "b", "c", "d"};
        int differsFromCheapest = 0;
        for (int t = 0; t < 1500; t++) {
            List<String> ref = words(rnd, vocab, 1 + rnd.nextInt(10));
            List<String> hyp = words(rnd, vocab, rnd.nextInt(11));
            Counts c = Fstalign.align(NlpReference.ofTokens(null, ref), Normalizations.NONE, EntityTypes.NONE, hyp, WALKER)
                    .alignment().counts();
            int[] want = fewestErrorsMostSubstitutions(ref, hyp);
            String what = ref + " vs " + hyp;
            assertEquals(want[0], c.insertions(), what);
            assertEquals(want[1], c.deletions(), what);
            assertEquals(want[2], c.substitutions(), what);
            Counts cheapest = Fstalign.align(NlpReference.ofTokens(null, ref), Normalizations.NONE, EntityTypes.NONE, hyp,
                    WALKER.withWalker(false)).alignment().counts();
            differsFromCheapest += cost(cheapest) < cost(c) - 1e-9 ? 1 : 0;
        }
        assertTrue(differsFromCheapest > 0, "no pair where the walker's answer costs more than the cheapest path");
    }

    @Test
    void theExampleOfTheReadme() {
        Counts c = Fstalign.align(NlpReference.ofTokens(null, List.of("a", "b", "c")), Normalizations.NONE, EntityTypes.NONE,
                List.of("c", "x", "y"), WALKER).alignment().counts();
        assertEquals(List.of(0L, 0L, 3L), List.of(c.insertions(), c.deletions(), c.substitutions()));
    }

    private static List<String> words(Random rnd, String[] vocab, int n) {
        List<String> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            out.add(vocab[rnd.nextInt(vocab.length)]);
        }
        return out;
    }

    /** {insertions, deletions, substitutions} of an alignment with the fewest errors, then the most substitutions. */
    private static int[] fewestErrorsMostSubstitutions(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        // key: errors * 1000 - substitutions, minimised
        int[][] d = new int[n + 1][m + 1];
        int[][] subs = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                if (i == 0 && j == 0) {
                    continue;
                }
                int best = Integer.MAX_VALUE;
                int bestSubs = 0;
                if (i > 0 && d[i - 1][j] * 1000 - subs[i - 1][j] + 1000 < best) {
                    best = d[i - 1][j] * 1000 - subs[i - 1][j] + 1000;
                    bestSubs = subs[i - 1][j];
                }
                if (j > 0 && d[i][j - 1] * 1000 - subs[i][j - 1] + 1000 < best) {
                    best = d[i][j - 1] * 1000 - subs[i][j - 1] + 1000;
                    bestSubs = subs[i][j - 1];
                }
                if (i > 0 && j > 0) {
                    boolean hit = a.get(i - 1).equals(b.get(j - 1));
                    int key = d[i - 1][j - 1] * 1000 - subs[i - 1][j - 1] + (hit ? 0 : 999);
                    if (key < best) {
                        best = key;
                        bestSubs = subs[i - 1][j - 1] + (hit ? 0 : 1);
                    }
                }
                subs[i][j] = bestSubs;
                d[i][j] = (best + bestSubs) / 1000;
            }
        }
        int errors = d[n][m];
        int s = subs[n][m];
        // errors = S + D + I and I - D = m - n
        int del = (errors - s - (m - n)) / 2;
        return new int[] {del + m - n, del, s};
    }
}
