package dev.werk.core.markup;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WordTest {
    private static final WordReader F = new WordReader(true, true);

    private static boolean matches(String ref, String hyp) {
        return F.read(ref).matches(F.read(hyp));
    }

    @Test
    void plainWordsMatchWhenEqual() {
        assertTrue(Word.literal("a").matches(Word.literal("a")));
        assertFalse(Word.literal("a").matches(Word.literal("A")));
        assertFalse(Word.literal("fi-").matches(Word.literal("find")), "no fragment flag, no prefix match");
    }

    @Test
    void fragmentsMatchByPrefixOrSuffix() {
        assertTrue(matches("fi-", "find"));
        assertTrue(matches("find", "fi-"));
        assertTrue(matches("-icks", "ticks"));
        assertTrue(matches("ticks", "-icks"));
        assertFalse(matches("-lk", "-ik"));
        assertFalse(matches("-offee", "fee"), "the word is shorter than the fragment's rest");
        assertTrue(matches("fi-", "fig-"), "the reference's shape decides first: fig- starts with fi");
        assertFalse(matches("fig-", "fi-"));
        assertTrue(matches("-", "-"), "a lone hyphen is no fragment; it equals itself");
        assertFalse(matches("-", "x"));
    }

    @Test
    void optionalWordsCompareWithoutTheirParentheses() {
        assertTrue(matches("(c)", "c"));
        assertTrue(matches("(ten-)", "ten"));
        assertTrue(matches("(c)", "(c)"));
        assertFalse(new WordReader(false, false).read("(c)").matches(Word.literal("c")));
    }

    @Test
    void aFragmentOnOneSideIsEnough() {
        Word plainFind = Word.literal("find");
        assertTrue(F.read("fi-").matches(plainFind));
        assertTrue(plainFind.matches(F.read("fi-")));
    }
}
