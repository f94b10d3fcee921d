package dev.werk.core.align;

import dev.werk.core.TestTokens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.werk.core.markup.MarkupAligner;
import dev.werk.core.markup.MarkupAlignment;
import dev.werk.core.markup.WordNetwork;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The network alignment against the plain sclite dynamic program ({@link DpOracle#sclite}): on
 * transcripts without markup it must take the very same steps; on random alternations its cost
 * must be the cheapest over every pair of paths through the two networks.
 */
class NetworkDpOracleTest {
    private static final MarkupAligner MARKUP = new MarkupAligner(CostModel.SCLITE, false, false);

    private static String text(int[] ids) {
        StringBuilder sb = new StringBuilder();
        for (int id : ids) {
            sb.append(sb.length() == 0 ? "" : " ").append('w').append(id);
        }
        return sb.toString();
    }

    private static int[] randomWords(Random rnd, int maxLength, int alphabet) {
        int[] w = new int[rnd.nextInt(maxLength + 1)];
        for (int k = 0; k < w.length; k++) {
            w[k] = rnd.nextInt(alphabet);
        }
        return w;
    }

    @Test
    void plainTranscriptsAlignStepForStepLikeTheOracle() {
        Random rnd = new Random(20240611L);
        for (int t = 0; t < 3000; t++) {
            int alphabet = 1 + rnd.nextInt(6);
            int[] ref = randomWords(rnd, 14, alphabet);
            int[] hyp = randomWords(rnd, 14, alphabet);
            String expected = DpOracle.sclite(ref, hyp);
            WordNetwork r = MARKUP.read(text(ref));
            WordNetwork h = MARKUP.read(text(hyp));
            MarkupAlignment a = MARKUP.align(r, h);
            assertEquals(expected, a.alignment().letters(), () -> text(ref) + " / " + text(hyp));
            assertEquals(r.words(), a.reference());
            assertEquals(h.words(), a.hypothesis());
            assertEquals(expected, MARKUP.align(MARKUP.literal(text(ref)), MARKUP.literal(text(hyp))).alignment().letters());
        }
    }

    /** A random transcript with alternations, and every word sequence it allows. */
    private record Sample(String text, List<List<String>> paths) {
    }

    private static Sample sequence(Random rnd, int depth, int maxItems) {
        StringBuilder text = new StringBuilder();
        List<List<String>> paths = new ArrayList<>();
        paths.add(List.of());
        int items = (depth == 0 ? 0 : 1) + rnd.nextInt(maxItems);
        for (int i = 0; i < items; i++) {
            List<List<String>> options = new ArrayList<>();
            String piece;
            if (depth < 2 && rnd.nextInt(3) == 0) {
                int n = 2 + rnd.nextInt(2);
                StringBuilder alt = new StringBuilder("{ ");
                for (int k = 0; k < n; k++) {
                    Sample s = sequence(rnd, depth + 1, 2);
                    alt.append(k == 0 ? "" : " / ").append(s.text());
                    options.addAll(s.paths());
                }
                piece = alt.append(" }").toString();
            } else {
                piece = "w" + rnd.nextInt(4);
                options.add(List.of(piece));
            }
            text.append(text.length() == 0 ? "" : " ").append(piece);
            List<List<String>> next = new ArrayList<>();
            for (List<String> p : paths) {
                for (List<String> o : options) {
                    List<String> q = new ArrayList<>(p);
                    q.addAll(o);
                    next.add(q);
                }
            }
            paths = next;
        }
        return new Sample(text.toString(), paths);
    }

    private static int[] ids(List<String> words, TestTokens v) {
        return words.stream().mapToInt(v::intern).toArray();
    }

    @Test
    void alternationsGiveTheCheapestPairOfPaths() {
        Random rnd = new Random(77L);
        TestTokens v = new TestTokens();
        for (int t = 0; t < 1500; t++) {
            Sample ref = sequence(rnd, 0, 5);
            Sample hyp = sequence(rnd, 0, 5);
            MarkupAlignment a = MARKUP.align(MARKUP.read(ref.text()), MARKUP.read(hyp.text()));
            int best = Integer.MAX_VALUE;
            for (List<String> r : ref.paths()) {
                for (List<String> h : hyp.paths()) {
                    best = Math.min(best, DpOracle.scliteCost(ids(r, v), ids(h, v)));
                }
            }
            Alignment steps = a.alignment();
            int cost = 4 * steps.substitutions() + 3 * (steps.deletions() + steps.insertions());
            String what = ref.text() + " / " + hyp.text() + " -> " + a;
            assertEquals(best, cost, what);
            assertTrue(ref.paths().contains(a.reference()), what);
            assertTrue(hyp.paths().contains(a.hypothesis()), what);
            assertEquals(a.reference().size(), steps.referenceLength(), what);
            assertEquals(a.hypothesis().size(), steps.hypothesisLength(), what);
        }
    }
}
