package dev.werk.core.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.werk.core.align.CostModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Network alignments worked out by hand with sclite's weights (sub 4, ins/del 3, optional 2, @ 0.001). */
class NetworkDpTest {
    private static final MarkupAligner SCLITE = new MarkupAligner(CostModel.SCLITE, false, false);
    private static final MarkupAligner SCLITE_D_F = new MarkupAligner(CostModel.SCLITE, true, true);

    private static MarkupAlignment align(MarkupAligner aligner, String ref, String hyp) {
        return aligner.align(aligner.read(ref), aligner.read(hyp));
    }

    private static void assertPath(MarkupAlignment a, String letters, List<String> ref, List<String> hyp) {
        assertEquals(letters, a.alignment().letters(), a::toString);
        assertEquals(ref, a.reference(), "reference words of the chosen path");
        assertEquals(hyp, a.hypothesis(), "hypothesis words of the chosen path");
    }

    @Test
    void theAlternativeThatFitsIsTaken() {
        assertPath(align(SCLITE, "a { b / c d } e", "a c d e"), "CCCC", List.of("a", "c", "d", "e"), List.of("a", "c", "d", "e"));
        assertPath(align(SCLITE, "a { b / c d } e", "a b e"), "CCC", List.of("a", "b", "e"), List.of("a", "b", "e"));
        // "x" against b: one substitution (4) beats c d: substitution and deletion (7).
        assertPath(align(SCLITE, "a { b / c d } e", "a x e"), "CSC", List.of("a", "b", "e"), List.of("a", "x", "e"));
    }

    @Test
    void equallyCheapAlternativesGoToTheFirstInInArcOrder() {
        // Both alternatives cost one substitution; the end cell keeps the first final arc.
        assertPath(align(SCLITE, "{ a / b }", "c"), "S", List.of("a"), List.of("c"));
        assertPath(align(SCLITE, "{ b / a }", "c"), "S", List.of("b"), List.of("c"));
        // Inside the network: the cell (x, x) looks back diagonally at (a, c) and (b, c), both 4: a wins.
        assertPath(align(SCLITE, "{ a / b } x", "c x"), "SC", List.of("a", "x"), List.of("c", "x"));
        assertPath(align(SCLITE, "{ b / a } x", "c x"), "SC", List.of("b", "x"), List.of("c", "x"));
    }

    @Test
    void theNullAlternativeCostsAlmostNothingAndIsNotShown() {
        assertPath(align(SCLITE, "a { c / @ } d", "a d"), "CC", List.of("a", "d"), List.of("a", "d"));
        assertPath(align(SCLITE, "a { c / @ } d", "a c d"), "CCC", List.of("a", "c", "d"), List.of("a", "c", "d"));
        // @ outside braces, and in the hypothesis.
        assertPath(align(SCLITE, "a d e", "a d @ e"), "CCC", List.of("a", "d", "e"), List.of("a", "d", "e"));
        assertPath(align(SCLITE, "a d c", "a { e- / @ } c"), "CDC", List.of("a", "d", "c"), List.of("a", "c"));
    }

    @Test
    void markupInBothTranscripts() {
        // sclite's test7 i_3: the hypothesis network offers "th e is th en" among others.
        assertPath(align(SCLITE, "{the / this} is the tea", "th { {e / @} is {w as / i / s / @ } / d is } is {th/t} en"),
                "ISCSS", List.of("the", "is", "the", "tea"), List.of("th", "is", "is", "th", "en"));
    }

    @Test
    void optionalWordsWithD() {
        MarkupAligner noD = new MarkupAligner(CostModel.SCLITE, false, true);
        // Left out: a hit against an empty hypothesis word (cost 2 instead of 3).
        assertPath(align(SCLITE_D_F, "b (c) d", "b d"), "CCC", List.of("b", "(c)", "d"), List.of("b", "", "d"));
        assertPath(align(noD, "b (c) d", "b d"), "CDC", List.of("b", "(c)", "d"), List.of("b", "d"));
        assertPath(align(SCLITE_D_F, "b (c) d", "b c d"), "CCC", List.of("b", "(c)", "d"), List.of("b", "c", "d"));
        // An optional word in the hypothesis that the reference lacks is a hit against an empty reference word.
        assertPath(align(SCLITE_D_F, "b d", "b (c) d"), "CCC", List.of("b", "", "d"), List.of("b", "(c)", "d"));
        // sclite's od2-1: dropping (a) and (c) (2 + 2) and three substitutions (12) = 16 beats
        // substituting a and c and deleting b, d, e (8 + 9 = 17).
        assertPath(align(SCLITE_D_F, "(a) (c) b d e", "s s s"), "CCSSS",
                List.of("(a)", "(c)", "b", "d", "e"), List.of("", "", "s", "s", "s"));
    }

    @Test
    void fragmentsWithF() {
        assertPath(align(SCLITE_D_F, "fi- th- -icks", "find the ticks"), "CCC",
                List.of("fi-", "th-", "-icks"), List.of("find", "the", "ticks"));
        assertPath(align(SCLITE, "fi- th- -icks", "find the ticks"), "SSS",
                List.of("fi-", "th-", "-icks"), List.of("find", "the", "ticks"));
        // sclite's od3-8: (ten-) matches ten by prefix, (the) matches the; can is deleted.
        assertPath(align(SCLITE_D_F, "b (ten-) (the) can d", "b ten the and"), "CCCDS",
                List.of("b", "(ten-)", "(the)", "can", "d"), List.of("b", "ten", "the", "and"));
    }

    @Test
    void unitWeightsForLevenshtein() {
        MarkupAligner unit = new MarkupAligner(CostModel.LEVENSHTEIN, true, false);
        assertPath(unit.align(unit.read("a { b / c d } e"), unit.read("a x e")), "CSC",
                List.of("a", "b", "e"), List.of("a", "x", "e"));
        // Unit weights: two substitutions and "delete x, hit y, insert z" both cost 2, and the last
        // cell keeps the diagonal on a tie. sclite's weights price them 8 and 3 + 0 + 3 = 6.
        assertPath(unit.align(unit.read("x y"), unit.read("y z")), "SS", List.of("x", "y"), List.of("y", "z"));
        assertPath(SCLITE.align(SCLITE.read("x y"), SCLITE.read("y z")), "DCI", List.of("x", "y"), List.of("y", "z"));
        // (c) left out costs 0.5: cheaper than deleting d (1).
        assertPath(unit.align(unit.read("b (c) d"), unit.read("b d")), "CCC", List.of("b", "(c)", "d"), List.of("b", "", "d"));
    }

    @Test
    void emptyTranscripts() {
        assertPath(align(SCLITE, "", ""), "", List.of(), List.of());
        assertPath(align(SCLITE, "", "a b"), "II", List.of(), List.of("a", "b"));
        assertPath(align(SCLITE, "{ a / @ }", ""), "", List.of(), List.of());
        assertPath(align(SCLITE, "{ a b / c }", ""), "D", List.of("c"), List.of());
    }

    @Test
    void tooManyCellsIsAClearError() {
        String longText = "w ".repeat(5000);
        MarkupException e = assertThrows(MarkupException.class, () -> align(SCLITE, "{ a / b } " + longText, longText));
        assertTrue(e.getMessage().startsWith("too long to align with markup"), e.getMessage());
    }
}
