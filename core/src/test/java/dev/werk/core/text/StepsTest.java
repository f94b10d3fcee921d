package dev.werk.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.werk.core.TestTokens;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each step's own behaviour, edge cases included, at string level (before word joining). */
class StepsTest {

    private static String apply(String step, String text) {
        return StepFactory.create(step).apply(text);
    }

    @Test
    void lowercaseIsFullUnicode() {
        assertEquals("straße ὀδυσσεύς i̇stanbul", apply("lowercase", "STRAßE ὈΔΥΣΣΕΎΣ İstanbul"));
    }

    @Test
    void asciiPunctuationIsDeletedInPlace() {
        assertEquals("optml EC2s", apply("remove-punctuation-ascii", "/opt/ml EC2's"));
        assertEquals("  ", apply("remove-punctuation-ascii", "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ " + " "));
        assertEquals("“ok” — ¿qué", apply("remove-punctuation-ascii", "“ok” — ¿qué?"));
    }

    @Test
    void unicodePunctuationIsCategoryPButNotSymbols() {
        assertEquals("dont optml $5 + 3 = 8 ok", apply("remove-punctuation-unicode", "don't /opt/ml $5 + 3 = 8 «ok»!"));
        assertEquals("word", apply("remove-punctuation-unicode", "word\u0F06\u2019'"));
        // a supplementary punctuation character (U+1039F UGARITIC WORD DIVIDER, Po) goes too
        assertEquals("ab", apply("remove-punctuation-unicode", "a\uD800\uDF9Fb"));
    }

    @Test
    void whitespaceSteps() {
        assertEquals("a b  c\u00a0d", apply("whitespace-to-space", "a\tb\r\nc\u00a0d"));
        assertEquals("a\tb c d", apply("collapse-whitespace", "a\tb \t c\u00a0\u00a0d"));
        assertEquals("a  b", apply("strip", "\u00a0\u001c a  b \u3000"));
        String unchanged = "a b c";
        assertSame(unchanged, apply("collapse-whitespace", unchanged));
    }

    @Test
    void kaldiNonWordsAndParentheses() {
        assertEquals("you  like ", apply("remove-kaldi-nonwords", "you <unk> like [laugh]"));
        assertEquals("ac [open", apply("remove-kaldi-nonwords", "a<b>c [open"));
        assertEquals("x b] ", apply("remove-kaldi-nonwords", "x [a>b] "));
        assertEquals("a  b () c (open", apply("remove-parenthesized", "a (inaudible) b () c (open"));
        assertEquals("x)", apply("remove-parenthesized", "(()x)"));
    }

    @Test
    void contractionsAreJiwersElevenRulesInOrder() {
        assertEquals("she will not, can not, let us, it is, they are, we would, i am, you have, do not",
                apply("expand-contractions", "she won't, can't, let's, it's, they're, we'd, i'm, you've, don't"));
        assertEquals("o'clock", apply("expand-contractions", "o'clock"));
        // no word boundaries and case-sensitive, as in jiwer (which lower-cases first)
        assertEquals("Ca not", apply("expand-contractions", "Can't"));
    }

    @Test
    void removeWordsDropsWholeWordsOnly() {
        Step fillers = new RemoveWords(List.of("uh", "um"));
        assertEquals("so umbrella um-hm uh-huh yes", fillers.apply("uh so um umbrella um-hm uh-huh  yes um"));
        assertEquals("remove-words(uh,um)", fillers.name());
    }

    @Test
    void splitHyphensBetweenLettersOrDigits() {
        assertEquals("state of the art covid 19 wor- -ing -5 a - b x", apply("split-hyphens",
                "state-of-the-art covid-19 wor- -ing -5 a - b x"));
        assertEquals("e mail", apply("split-hyphens", "e\u2010\u2010mail"));
    }

    @Test
    void whisperStepsOnTheirOwn() {
        assertEquals("-huh 's ", apply("whisper-fillers", "uh-huh um's um"));
        assertEquals("he's", apply("whisper-join-apostrophes", "he \t's"));
        assertEquals("mister  smith will not", apply("whisper-replacers", "mr smith won't"));
        assertEquals("mr smith will not", apply("whisper-contractions", "mr smith won't"));
        assertEquals("mister  smith won't", apply("whisper-titles", "mr smith won't"));
        assertEquals("don t 1000 $5 3.5 ", apply("whisper-symbols", "don't 1,000 $5 3.5."));
        assertEquals("don't 1000 $5 3.5   ", apply("whisper-symbols-keep-apostrophes", "don't 1,000 $5 3.5 '."));
        assertEquals("naive aeon strasse", apply("whisper-symbols", "naïve æon straße"));
        assertEquals("$5 50% costs   .", apply("whisper-currency", "$ 5 50 % costs $ ."));
        assertEquals("a b 2", apply("whisper-remove-symbols", "a—b ²"));
    }

    @Test
    void spacesAreTheAlignersSpaces() {
        for (int c = 0; c <= 0xFFFF; c++) {
            assertEquals(TestTokens.isSpace((char) c), Chars.isSpace((char) c), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void joinWordsSplitsAtPythonWhitespace() {
        assertEquals("a b c d", Chars.joinWords("\u001c a\tb\u00a0c\u2003 d\n"));
        assertEquals(List.of("a", "b"), Chars.words(" a  b "));
        String joined = "a b";
        assertSame(joined, Chars.joinWords(joined));
        assertEquals("", Chars.joinWords("   "));
    }

    @Test
    void pythonWordBoundaryCountsSupplementaryLettersAndNumbers() {
        var one = PyRegex.compile("\\b1\\b");
        assertEquals("x \uD81D\uDD8D1 ²1 _1 one", PyRegex.sub(one, "one", "x \uD81D\uDD8D1 ²1 _1 1"));
        assertEquals("one", PyRegex.sub(one, "one", "1"));
        assertEquals("😀one", PyRegex.sub(one, "one", "😀1")); // an emoji is not a word character
    }
}
