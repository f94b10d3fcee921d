package dev.werk.core.fstalign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.werk.core.metrics.Counts;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * fstalign's adapted composition ({@link AdaptedComposition}). Seeded random references with
 * entities and synonym rules ({@link FstalignAlignmentOracleTest#random}) against invariants from
 * the rules: the path follows the reference network (its words are a sequence the reference
 * accepts) and the whole hypothesis, its counts add up, and it never costs less than the cheapest
 * accepted sequence (the standard answer), since it is one of the paths the exact search weighs.
 * fstalign's own answers on recorded pairs: {@code dev.werk.core.AdaptedOracleTest}.
 */
class AdaptedCompositionTest {
    private static final FstalignSettings ADAPTED = new FstalignSettings(SynonymRules.NONE, false, false, true).withAdapted(true);

    private static double cost(Counts c) {
        return c.insertions() + c.deletions() + 1.5 * c.substitutions();
    }

    @Test
    void followsTheNetworkAndNeverBeatsTheCheapestPath() {
        Random rnd = new Random(20261201L);
        int checked = 0;
        int costlier = 0;
        for (int t = 0; t < 400; t++) {
            FstalignAlignmentOracleTest.Input in = FstalignAlignmentOracleTest.random(rnd, 2 + rnd.nextInt(9));
            if (in.accepted().size() > 3000) {
                continue;
            }
            double best = Double.POSITIVE_INFINITY;
            for (List<String> s : in.accepted()) {
                best = Math.min(best, FstalignAlignmentOracleTest.cost(s, in.hyp()));
            }
            FstalignAlignment a = Fstalign.align(in.ref(), in.norm(), EntityTypes.NONE, in.hyp(), ADAPTED.withSynonyms(in.rules()));
            Counts c = a.alignment().counts();
            String what = in.ref().tokens() + " vs " + in.hyp() + " rules " + in.rules().rules();
            assertTrue(in.accepted().contains(a.reference()), () -> "path " + a.reference() + " is not accepted: " + what);
            assertEquals(in.hyp(), a.hypothesis(), what);
            assertEquals(a.reference().size(), c.referenceWords(), what);
            assertEquals(in.hyp().size(), c.hypothesisWords(), what);
            assertTrue(cost(c) >= best - 1e-9, () -> "cheaper than the cheapest path: " + what);
            costlier += cost(c) > best + 1e-9 ? 1 : 0;
            checked++;
        }
        assertTrue(checked > 300, "checked " + checked);
        // the greedy search must show: some answers cost more than the cheapest path
        assertTrue(costlier > 0, "no adapted answer differed from the exact one");
    }

    @Test
    void aWordThatCouldMatchIsNotDeleted() {
        // ref "a b a c", hyp "a c": the exact answer deletes "a b" (or "b a", cost 2); the adapted search
        // may not delete the first "a" where it matches, so it keeps it and deletes "b a" — same counts;
        // ref "a x" hyp "x a x": hits for a and x where they match
        NlpReference ref = NlpReference.ofTokens(null, List.of("a", "b", "a", "c"));
        Counts c = Fstalign.align(ref, Normalizations.NONE, EntityTypes.NONE, List.of("a", "c"), ADAPTED).alignment().counts();
        assertEquals(2, c.deletions());
        assertEquals(2, c.hits());
    }
}
