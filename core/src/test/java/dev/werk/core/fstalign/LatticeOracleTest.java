package dev.werk.core.fstalign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.werk.core.metrics.Counts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lattice hypothesis is scored by its path nearest the reference: on seeded random lattices
 * (epsilons, several final states, dead ends) against a brute force that lists every path and
 * aligns each with a plain DP under fstalign's costs (ins 1, del 1, sub 1.5; of equal cost, fewer
 * errors).
 */
class LatticeOracleTest {
    private static final String[] WORDS = {"a", "b", "c", "d"};

    @TempDir
    Path dir;

    @Test
    void theChosenPathIsTheCheapestOfAll() throws IOException {
        Random rnd = new Random(20261201L);
        Path symbols = Files.writeString(dir.resolve("s.txt"), "<eps> 0\na 1\nb 2\nc 3\nd 4\n");
        FstalignSettings settings = new FstalignSettings(SynonymRules.NONE, false, false, true);
        for (int round = 0; round < 600; round++) {
            int states = 2 + rnd.nextInt(6);
            OpenFstBytes f = new OpenFstBytes();
            for (int s = 0; s < states; s++) {
                f.state(s == states - 1 || rnd.nextInt(4) == 0 ? 0f : Float.POSITIVE_INFINITY);
            }
            List<int[]> arcs = new ArrayList<>();
            for (int s = 0; s + 1 < states; s++) {
                arcs.add(new int[] {s, rnd.nextInt(5), s + 1});
                for (int extra = rnd.nextInt(3); extra > 0; extra--) {
                    int to = s + 1 + rnd.nextInt(states - s - 1);
                    arcs.add(new int[] {s, rnd.nextInt(5), to});
                }
            }
            for (int[] a : arcs) {
                f.arc(a[0], a[1], a[2]);
            }
            List<String> ref = new ArrayList<>();
            for (int n = rnd.nextInt(7); n > 0; n--) {
                ref.add(WORDS[rnd.nextInt(WORDS.length)]);
            }
            Path fst = Files.write(dir.resolve("l" + round + ".fst"), f.bytes());
            FstalignAlignment a = Fstalign.align(NlpReference.ofTokens(null, ref), Normalizations.NONE, EntityTypes.NONE,
                    Lattice.read(fst, symbols), settings);

            Set<List<String>> paths = new HashSet<>();
            paths(0, arcs, f, states, new ArrayList<>(), paths);
            double bestCost = Double.MAX_VALUE;
            int bestErrors = Integer.MAX_VALUE;
            for (List<String> p : paths) {
                double[] ce = costAndErrors(ref, p);
                if (ce[0] < bestCost - 1e-9 || Math.abs(ce[0] - bestCost) < 1e-9 && ce[1] < bestErrors) {
                    bestCost = ce[0];
                    bestErrors = (int) ce[1];
                }
            }
            Counts c = a.alignment().counts();
            String context = "round " + round + ": ref " + ref + ", arcs " + describe(arcs) + ", paths " + paths
                    + ", werk took " + a.hypothesis();
            assertTrue(paths.contains(a.hypothesis()), context);
            assertEquals(bestCost, c.insertions() + c.deletions() + 1.5 * c.substitutions(), 1e-9, context);
            assertEquals(bestErrors, c.errors(), context);
            assertEquals(ref.size(), c.referenceWords(), context);
        }
    }

    /** Every word sequence from state {@code s} to a final state (epsilon arcs add no word). */
    private static void paths(int s, List<int[]> arcs, OpenFstBytes f, int states, List<String> prefix, Set<List<String>> out) {
        if (f.isFinal(s)) {
            out.add(List.copyOf(prefix));
        }
        for (int[] a : arcs) {
            if (a[0] == s) {
                if (a[1] != 0) {
                    prefix.add(WORDS[a[1] - 1]);
                }
                paths(a[2], arcs, f, states, prefix, out);
                if (a[1] != 0) {
                    prefix.remove(prefix.size() - 1);
                }
            }
        }
    }

    /** The plain DP: least cost, then fewest errors among the least-cost alignments. */
    static double[] costAndErrors(List<String> ref, List<String> hyp) {
        int n = ref.size();
        int m = hyp.size();
        double[][] cost = new double[n + 1][m + 1];
        int[][] errors = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                if (i == 0 && j == 0) {
                    continue;
                }
                double best = Double.MAX_VALUE;
                int err = Integer.MAX_VALUE;
                if (i > 0 && j > 0) {
                    boolean hit = ref.get(i - 1).equals(hyp.get(j - 1));
                    best = cost[i - 1][j - 1] + (hit ? 0 : 1.5);
                    err = errors[i - 1][j - 1] + (hit ? 0 : 1);
                }
                if (i > 0) {
                    double c = cost[i - 1][j] + 1;
                    int e = errors[i - 1][j] + 1;
                    if (c < best - 1e-9 || Math.abs(c - best) < 1e-9 && e < err) {
                        best = c;
                        err = e;
                    }
                }
                if (j > 0) {
                    double c = cost[i][j - 1] + 1;
                    int e = errors[i][j - 1] + 1;
                    if (c < best - 1e-9 || Math.abs(c - best) < 1e-9 && e < err) {
                        best = c;
                        err = e;
                    }
                }
                cost[i][j] = best;
                errors[i][j] = err;
            }
        }
        return new double[] {cost[n][m], errors[n][m]};
    }

    private static String describe(List<int[]> arcs) {
        StringBuilder sb = new StringBuilder();
        for (int[] a : arcs) {
            sb.append(a[0]).append('-').append(a[1] == 0 ? "eps" : WORDS[a[1] - 1]).append("->").append(a[2]).append(' ');
        }
        return sb.toString();
    }
}
