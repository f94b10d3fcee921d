package dev.werk.core.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WordReaderTest {
    private static final WordReader PLAIN = new WordReader(false, false);
    private static final WordReader D_AND_F = new WordReader(true, true);

    @Test
    void tagsAfterSemicolonsAreDroppedAndBackslashesRemoved() {
        assertEquals("b", PLAIN.read("b;reftag1").text());
        assertEquals("c", PLAIN.read("c;;reftag2").text());
        assertEquals("aa;a", PLAIN.read("aa\\;a").text());
        assertEquals("b;b;b", PLAIN.read("b\\;b\\;b;hyp\\;tag1;hyptag2").text());
    }

    @Test
    void aTrailingStarIsDroppedFromLongerWords() {
        assertEquals("word", PLAIN.read("word*").text());
        assertEquals("*", PLAIN.read("*").text());
        assertEquals("a*", PLAIN.read("a**").text(), "one star only");
    }

    @Test
    void atSignIsTheNullWord() {
        assertTrue(PLAIN.read("@").isNull());
        assertTrue(PLAIN.read("@;tag").isNull());
        assertFalse(PLAIN.read("@@").isNull());
    }

    @Test
    void parenthesesMakeAnOptionalWordOnlyWithD() {
        Word plain = PLAIN.read("(c)");
        assertFalse(plain.optional());
        assertEquals("(c)", plain.key());
        Word optional = D_AND_F.read("(c)");
        assertTrue(optional.optional());
        assertEquals("(c)", optional.text(), "shown with its parentheses, as sclite shows it");
        assertEquals("c", optional.key());
        assertFalse(D_AND_F.read("(c").optional());
        assertFalse(D_AND_F.read("(").optional());
    }

    @Test
    void hyphenAtEitherEndMakesAFragmentOnlyWithF() {
        assertFalse(PLAIN.read("fi-").fragment());
        assertTrue(D_AND_F.read("fi-").fragment());
        assertTrue(D_AND_F.read("-icks").fragment());
        assertTrue(D_AND_F.read("(c-)").fragment(), "an optional fragment");
        assertFalse(new WordReader(false, true).read("(c-)").fragment(), "without -D it ends with ')'");
        assertFalse(D_AND_F.read("age-old").fragment());
    }

    @Test
    void aWordMustHaveTextBeforeItsTags() {
        MarkupException e = assertThrows(MarkupException.class, () -> PLAIN.read(";tag"));
        assertTrue(e.getMessage().contains("';tag' has no word"), e.getMessage());
        assertThrows(MarkupException.class, () -> PLAIN.read("\\"));
    }
}
