package dev.werk.core.fstalign;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.werk.core.align.Alignment;
import dev.werk.core.align.EditOp;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link ChunkedAlignment#gapsFirst}: within each run of errors, deletions or insertions before
 * substitutions (fstalign's walker order for equal paths), nothing else changed.
 */
class GapsFirstTest {
    private static ChunkedAlignment.Path path(int[] ref, int[] hyp, EditOp... ops) {
        return new ChunkedAlignment.Path(ref, hyp, Alignment.of(ops), new int[ref.length]);
    }

    @Test
    void aSubstitutionThenAnInsertionBecomesTheInsertionFirst() {
        // landsend -> land's, end inserted  ==>  land's inserted, landsend -> end
        ChunkedAlignment.Path p = path(new int[] {1, 2}, new int[] {7, 8, 2},
                EditOp.SUBSTITUTION, EditOp.INSERTION, EditOp.HIT);
        assertEquals("IS" + "H", letters(ChunkedAlignment.gapsFirst(p).alignment()));
        ChunkedAlignment.Path d = path(new int[] {1, 2, 3}, new int[] {7, 3},
                EditOp.SUBSTITUTION, EditOp.DELETION, EditOp.HIT);
        assertEquals("DSH", letters(ChunkedAlignment.gapsFirst(d).alignment()));
    }

    @Test
    void aRunIsKeptWhenTheNewPairingWouldPairEqualWords() {
        // 2 -> 3, then 2 inserted: insertion first would pair reference 2 with hypothesis 2, a hit
        // that a cheapest path would have taken, so the run is kept
        ChunkedAlignment.Path p = path(new int[] {2}, new int[] {3, 2}, EditOp.SUBSTITUTION, EditOp.INSERTION);
        assertEquals("SI", letters(ChunkedAlignment.gapsFirst(p).alignment()));
    }

    /** Random valid paths: counts, words, hits and run lengths never change; gaps end up first. */
    @Test
    void randomPathsKeepEverythingButTheOrderInsideRuns() {
        Random rnd = new Random(20261201L);
        for (int trial = 0; trial < 2000; trial++) {
            List<EditOp> ops = new ArrayList<>();
            List<Integer> ref = new ArrayList<>();
            List<Integer> hyp = new ArrayList<>();
            int n = 1 + rnd.nextInt(30);
            for (int k = 0; k < n; k++) {
                int kind = rnd.nextInt(4);
                int w = rnd.nextInt(5);
                switch (kind) {
                    case 0 -> {
                        ops.add(EditOp.HIT);
                        ref.add(w);
                        hyp.add(w);
                    }
                    case 1 -> {
                        ops.add(EditOp.SUBSTITUTION);
                        ref.add(w);
                        hyp.add(w + 5);
                    }
                    case 2 -> {
                        ops.add(EditOp.DELETION);
                        ref.add(w);
                    }
                    default -> {
                        ops.add(EditOp.INSERTION);
                        hyp.add(w + rnd.nextInt(2) * 5);
                    }
                }
            }
            int[] r = ref.stream().mapToInt(Integer::intValue).toArray();
            int[] h = hyp.stream().mapToInt(Integer::intValue).toArray();
            ChunkedAlignment.Path p = path(r, h, ops.toArray(new EditOp[0]));
            ChunkedAlignment.Path q = ChunkedAlignment.gapsFirst(p);
            assertArrayEquals(r, q.reference());
            assertArrayEquals(h, q.hypothesis());
            assertEquals(p.alignment().counts(), q.alignment().counts());
            String before = letters(p.alignment());
            String after = letters(q.alignment());
            assertEquals(before.replaceAll("[^H]", "."), after.replaceAll("[^H]", "."), "hits stay: " + before);
            // every pair the new path makes is a hit between equal words or a substitution between different ones
            int ri = 0;
            int hi = 0;
            for (char c : after.toCharArray()) {
                if (c == 'H') {
                    assertEquals(r[ri], h[hi]);
                } else if (c == 'S') {
                    assertNotEquals(r[ri], h[hi], before + " -> " + after);
                }
                ri += c == 'I' ? 0 : 1;
                hi += c == 'D' ? 0 : 1;
            }
            String[] runsBefore = before.split("H+", -1);
            String[] runsAfter = after.split("H+", -1);
            assertEquals(runsBefore.length, runsAfter.length);
            for (int k = 0; k < runsAfter.length; k++) {
                String run = runsAfter[k];
                String gapsFirst = run.replace("S", "") + run.replaceAll("[ID]", "");
                boolean mixed = run.contains("I") && run.contains("D");
                assertTrue(run.equals(gapsFirst) || run.equals(runsBefore[k]),
                        "run " + runsBefore[k] + " -> " + run);
                if (!mixed && !run.equals(gapsFirst)) {
                    assertEquals(runsBefore[k], run, "a run not put gaps first is kept whole");
                }
            }
        }
    }

    private static String letters(Alignment a) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < a.size(); k++) {
            sb.append(switch (a.op(k)) {
                case HIT -> 'H';
                case SUBSTITUTION -> 'S';
                case DELETION -> 'D';
                case INSERTION -> 'I';
            });
        }
        return sb.toString();
    }
}
