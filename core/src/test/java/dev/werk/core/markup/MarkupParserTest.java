package dev.werk.core.markup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.werk.core.align.CostModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The networks built from trn text: arcs in sclite's traversal order, predecessors in its in-arc
 * order (worked out by hand from sclite's list operations in the comments), and the malformed
 * markup that is refused.
 */
class MarkupParserTest {
    private static final MarkupAligner ALIGNER = new MarkupAligner(CostModel.SCLITE, true, true);

    private static WordNetwork read(String text) {
        return ALIGNER.read(text);
    }

    private static List<String> words(WordNetwork n) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i < n.size(); i++) {
            out.add(n.words[i].text());
        }
        return out;
    }

    @Test
    void plainTextIsOneRowAfterTheHeadArc() {
        WordNetwork n = read("  a b\tc ");
        assertNull(n.words[0], "arc 0 is the word-less head");
        assertEquals(List.of("a", "b", "c"), words(n));
        assertArrayEquals(new int[0], n.predecessors[0]);
        assertArrayEquals(new int[] {0}, n.predecessors[1]);
        assertArrayEquals(new int[] {2}, n.predecessors[3]);
        assertArrayEquals(new int[] {3}, n.finals);
        assertTrue(n.isPlain());
        assertEquals(List.of("a", "b", "c"), n.words());
    }

    @Test
    void emptyTextIsTheHeadArcAlone() {
        WordNetwork n = read("   ");
        assertEquals(1, n.size());
        assertArrayEquals(new int[] {0}, n.finals);
        assertTrue(n.isPlain());
        assertEquals(List.of(), n.words());
    }

    @Test
    void alternationBranchesAreListedNodeByNode() {
        // Node N1 (after a) gets out-arcs [b, c]; node N2 (before e) in-arcs [b, d]. Traversal:
        // head, a, then N1's arcs b and c, then the node inside "c d" (arc d), then N2 (arc e).
        WordNetwork n = read("a { b / c d } e");
        assertEquals(List.of("a", "b", "c", "d", "e"), words(n));
        assertArrayEquals(new int[] {1}, n.predecessors[2]);
        assertArrayEquals(new int[] {1}, n.predecessors[3]);
        assertArrayEquals(new int[] {3}, n.predecessors[4]);
        assertArrayEquals(new int[] {2, 4}, n.predecessors[5], "e follows b and d, in that order");
        assertArrayEquals(new int[] {5}, n.finals);
        assertFalse(n.isPlain());
        assertThrows(IllegalStateException.class, n::words);
    }

    @Test
    void nestedAlternationsMergeIntoTheSameEndNodes() {
        // Alternative 1 "x { y / z }" ends with y and z, alternative 2 "w" is one arc: the stop node's
        // in-arcs are [y, z, w]; the head's successor has out-arcs [x, w].
        WordNetwork n = read("{ x { y / z } / w }");
        assertEquals(List.of("x", "w", "y", "z"), words(n));
        assertArrayEquals(new int[] {0}, n.predecessors[1]);
        assertArrayEquals(new int[] {0}, n.predecessors[2]);
        assertArrayEquals(new int[] {1}, n.predecessors[3]);
        assertArrayEquals(new int[] {1}, n.predecessors[4]);
        assertArrayEquals(new int[] {3, 4, 2}, n.finals);
    }

    @Test
    void alternationsNeedNoSpacesAroundSlashesOrAfterTheClosingBrace() {
        assertEquals(List.of("fi-", "fig-", "x"), words(read("{fi-/fig-}x")));
        assertEquals(List.of("the", "this", "is"), words(read("{the / this} is")));
    }

    @Test
    void nullWordsAndOptionalWordsMakeANetworkWithMarkup() {
        assertFalse(read("a @ b").isPlain());
        assertFalse(read("a (b) c").isPlain());
        assertFalse(read("fi- x").isPlain());
        assertTrue(new MarkupAligner(CostModel.SCLITE, false, false).read("a (b) fi- c;tag").isPlain(),
                "without -D and -F these are plain words");
        assertEquals(List.of("a", "(b)", "fi-", "c"), new MarkupAligner(CostModel.SCLITE, false, false)
                .read("a (b) fi- c;tag").words());
    }

    @Test
    void literalTextKeepsEveryCharacter() {
        WordNetwork n = ALIGNER.literal("{ a / @ } (b) c;d");
        assertTrue(n.isPlain());
        assertEquals(List.of("{", "a", "/", "@", "}", "(b)", "c;d"), n.words());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a { b / c           | unbalanced '{' at character 3",
        "a } b               | unbalanced '}' at character 3",
        "a b}                | unbalanced '}' at character 4",
        "{ a / { b } c       | unbalanced '{' at character 1",
        "a {}                | empty alternation '{}' at character 3",
        "a { / }             | empty alternation '{ / }' at character 3",
        "{ a / }             | empty alternative in '{ a / }' at character 1 (write @ for an alternative without words)",
        "{ a // b }          | empty alternative",
        "{ x { / y } / z }   | empty alternative in '{ / y }' at character 5",
        "ab{c / d}           | '{' inside the word starting at character 1",
        "a ;x                | ';x' has no word before its tags",
    })
    void malformedMarkupIsRefusedWithItsPlace(String text, String message) {
        MarkupException e = assertThrows(MarkupException.class, () -> read(text));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }
}
