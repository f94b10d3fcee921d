package dev.werk.core.fstalign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.werk.core.metrics.Counts;
import java.util.List;
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

    @Test
    void followsTheNetworkAndNeverBeatsTheCheapestPath() {
        FstalignAlignmentOracleTest.checkSearchInvariants(ADAPTED, 20261201L);
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
