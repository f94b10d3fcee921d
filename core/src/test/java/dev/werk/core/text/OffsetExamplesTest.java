package dev.werk.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The offset rules on hand-checked examples, and the documented exceptions pinned. */
class OffsetExamplesTest {
    private static List<Span> ranges(NormalizedText t) {
        List<Span> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            out.add(t.source(i));
        }
        return out;
    }

    private static NormalizedText offsets(String preset, String raw) {
        return TextNormalizer.preset(preset).normalizeWithOffsets(raw);
    }

    /** With no steps a token is a raw word: its range is where the oracle split finds it. */
    @Test
    void withoutStepsEachTokenIsItsRawWord() {
        Random random = new Random(3);
        String pool = "ab \u00a0\u3000\u2028\u0085\ufeff\t";
        for (int k = 0; k < 2000; k++) {
            StringBuilder b = new StringBuilder();
            for (int j = random.nextInt(20); j > 0; j--) {
                b.append(pool.charAt(random.nextInt(pool.length())));
            }
            String raw = b.toString();
            NormalizedText t = offsets("none", raw);
            List<String> words = WhitespaceTest.oracleSplit(raw);
            assertEquals(words, t.tokens());
            int from = 0;
            for (int i = 0; i < t.size(); i++) {
                int at = raw.indexOf(words.get(i), from);
                assertEquals(new Span(at, at + words.get(i).length()), t.source(i), raw);
                from = at + words.get(i).length();
            }
        }
    }

    @Test
    void mergedWordsTakeTheUnionOfTheirRanges() {
        NormalizedText t = offsets("whisper-english", "I paid twenty five dollars.");
        assertEquals(List.of("i", "paid", "$25"), t.tokens());
        assertEquals(new Span(7, 26), t.source(2)); // "twenty five dollars", the period dropped
        assertEquals("twenty five dollars", t.sourceText(2));
    }

    @Test
    void splitWordsGiveEachPartItsShare() {
        NormalizedText t = TextNormalizer.builder().add("split-hyphens").build().normalizeWithOffsets("a k-nearest b");
        assertEquals(List.of("a", "k", "nearest", "b"), t.tokens());
        assertEquals(List.of(new Span(0, 1), new Span(2, 3), new Span(4, 11), new Span(12, 13)), ranges(t));
        assertTrue(t.canSplitBefore(2));
        NormalizedText basic = offsets("whisper-basic", "Don't stop");
        assertEquals(List.of("don", "t", "stop"), basic.tokens());
        assertEquals(List.of(new Span(0, 3), new Span(4, 5), new Span(6, 10)), ranges(basic));
    }

    /** A literal written for a whole source word cannot be shared out: both tokens take it all. */
    @Test
    void tokensWrittenForOneWordShareItsRange() {
        NormalizedText t = offsets("jiwer", "I won't go");
        assertEquals(List.of("i", "will", "not", "go"), t.tokens());
        assertEquals(List.of(new Span(0, 1), new Span(2, 7), new Span(2, 7), new Span(8, 10)), ranges(t));
        assertFalse(t.canSplitBefore(2));
        assertTrue(t.canSplitBefore(1) && t.canSplitBefore(3));
        // "'ll" alone gives " will": that part of the contraction has its own range
        NormalizedText she = offsets("jiwer", "she'll");
        assertEquals(List.of(new Span(0, 3), new Span(3, 6)), ranges(she));
    }

    @Test
    void deletedTextBelongsToNoToken() {
        NormalizedText t = offsets("jiwer", "you <unk> like [laugh] it");
        assertEquals(List.of("you", "like", "it"), t.tokens());
        assertEquals(List.of(new Span(0, 3), new Span(10, 14), new Span(23, 25)), ranges(t));
    }

    @Test
    void anInsertionComesFromTheCharacterNextToIt() {
        RulesFile rules = RulesFile.parse(List.of("regex: ^ => \"start \""), "insert.rules");
        NormalizedText t = TextNormalizer.builder().rules(rules).build().normalizeWithOffsets("hello there");
        assertEquals(List.of("start", "hello", "there"), t.tokens());
        // "start" comes from the 'h' after it, which makes it share "hello"'s range
        assertEquals(List.of(new Span(0, 5), new Span(0, 5), new Span(6, 11)), ranges(t));
    }

    /** The one case without a non-empty range: text written from an empty raw text. */
    @Test
    void textWrittenFromAnEmptyRawTextHasAnEmptyRange() {
        RulesFile rules = RulesFile.parse(List.of("regex: ^$ => empty"), "empty.rules");
        NormalizedText t = TextNormalizer.builder().rules(rules).build().normalizeWithOffsets("");
        assertEquals(List.of("empty"), t.tokens());
        assertEquals(new Span(0, 0), t.source(0));
        assertEquals(0, offsets("whisper-english", "").size());
    }

    /**
     * Whisper deletes a currency sign that anything follows and keeps one ending the text, so the
     * word a deleted sign ends cannot be reproduced alone: it shares its range with the next word.
     */
    @Test
    void aDeletedTrailingSignTiesAWordToTheNext() {
        NormalizedText t = offsets("whisper-english", "euros$ cost");
        assertEquals(List.of("euros", "cost"), t.tokens());
        assertFalse(t.canSplitBefore(1));
        assertEquals(List.of("euros$"), WhitespaceTest.oracleSplit(TextNormalizer.preset("whisper-english").normalize("euros$")));
    }

    /** A kept "and a half" is tied to the token before it: alone at the start Whisper drops it. */
    @Test
    void andAHalfIsTiedToWhatComesBefore() {
        NormalizedText t = offsets("whisper-english", "apple and a half");
        assertEquals(List.of("apple", "and", "a", "half"), t.tokens());
        assertEquals(0, TextNormalizer.preset("whisper-english").normalize("and a half").length());
        for (int i = 1; i < 4; i++) {
            assertFalse(t.canSplitBefore(i));
        }
        NormalizedText number = offsets("whisper-english", "three and a half apples");
        assertEquals(List.of("3.5", "apples"), number.tokens());
        assertEquals(new Span(0, 16), number.source(0));
    }

    /**
     * Documented exception: a rules-file regex that looks outside its match (here a lookbehind)
     * decides from context that a substring does not have, so (c) does not hold for it.
     */
    @Test
    void aRegexRuleLookingOutsideItsMatchIsContextDependent() {
        RulesFile rules = RulesFile.parse(List.of("regex: (?<=a )b => x"), "lookbehind.rules");
        TextNormalizer n = TextNormalizer.builder().rules(rules).build();
        NormalizedText t = n.normalizeWithOffsets("a b");
        assertEquals(List.of("a", "x"), t.tokens());
        assertEquals(new Span(2, 3), t.source(1));
        assertTrue(t.canSplitBefore(1));
        assertNotEquals(t.token(1), n.normalize(t.sourceText(1)));
    }

    @Test
    void sourceRangesLeadBackToTheRawWords() {
        String raw = "So  twenty\u00a0five dollars,\u2028please";
        NormalizedText t = offsets("whisper-english", raw);
        assertEquals(List.of("so", "$25", "please"), t.tokens());
        WordSpans words = t.rawWords();
        assertEquals(5, words.size());
        assertEquals(new Span(0, 1), words.wordsTouching(t.source(0)));
        assertEquals(new Span(1, 4), words.wordsTouching(t.source(1)));
        assertEquals(new Span(4, 5), words.wordsTouching(t.source(2)));
        assertEquals(new Span(4, 23), t.source(1, 2)); // "twenty five dollars", the comma dropped
        assertEquals("so $25 please", t.text());
    }
}
