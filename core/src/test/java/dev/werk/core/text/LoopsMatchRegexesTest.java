package dev.werk.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Several steps replace the Python regex they port by a hand-written loop, for speed. Here each
 * loop is checked against the regex itself (compiled with Python's meaning of \b, \s and \d) on
 * seeded random strings made of the characters that matter to it.
 */
class LoopsMatchRegexesTest {
    private static final int CASES = 20_000;
    /** Letters, digits, marks, supplementary letters and symbols, spaces, brackets, apostrophes. */
    private static final String[] ALPHABET = {
        "m", "h", "u", "s", "t", "n", "d", "r", "e", "l", "a", "w", "o", "'", "'", " ", " ", "\t", "\u00a0", "\u001c",
        "-", "_", ".", "1", "2", "²", "é", "e\u0301", "\uD81D\uDD8D", "😀", "<", ">", "[", "]", "(", ")", "x"};

    private static String random(Random r) {
        StringBuilder s = new StringBuilder();
        int n = r.nextInt(16);
        for (int k = 0; k < n; k++) {
            s.append(ALPHABET[r.nextInt(ALPHABET.length)]);
        }
        return s.toString();
    }

    private static void check(Step step, Pattern regex, String replacement, long seed) {
        Random r = new Random(seed);
        for (int k = 0; k < CASES; k++) {
            String s = random(r);
            assertEquals(PyRegex.sub(regex, replacement, s), step.apply(s), () -> step.name() + " on [" + s + "]");
        }
    }

    @Test
    void fillers() {
        check(new WhisperFillers(), PyRegex.compile("\\b(hmm|mm|mhm|mmm|uh|um)\\b"), "", 1);
    }

    @Test
    void joinApostrophes() {
        check(new WhisperJoinApostrophes(), PyRegex.compile("\\s+'"), "'", 2);
    }

    @Test
    void kaldiNonWordsAndParentheses() {
        check(new RemoveKaldiNonWords(), PyRegex.compile("[<\\[][^>\\]]*[>\\]]"), "", 3);
        check(new RemoveParenthesized(), PyRegex.compile("\\(([^)]+?)\\)"), "", 4);
    }

    @Test
    void collapseWhitespace() {
        check(new CollapseWhitespace(), PyRegex.compile("\\s\\s+"), " ", 5);
    }

    @Test
    void everyWhisperReplacementRule() {
        String[] words = {"won't", "can't", "let's", "ain't", "y'all", "mr", "mrs", "st", "'s been", "'d", "n't", "'re", "'s"};
        for (String[] row : WhisperReplacers.TABLE) {
            LiteralRule rule = new LiteralRule(row[0], row[1]);
            Pattern regex = PyRegex.compile(row[0]);
            Random r = new Random(row[0].hashCode());
            for (int k = 0; k < 2000; k++) {
                String s = random(r) + rule.literal() + random(r) + words[r.nextInt(words.length)] + random(r);
                assertEquals(PyRegex.sub(regex, row[1], s), rule.apply(s), () -> row[0] + " on [" + s + "]");
            }
        }
    }

    @Test
    void numericTokens() {
        Pattern numeric = Pattern.compile("\\p{Nd}+(?:\\.\\p{Nd}+)?");
        String[] parts = {"1", "0", "9", ".", "٣", "𝟙", "a", "²", ""};
        Random r = new Random(6);
        for (int k = 0; k < CASES; k++) {
            StringBuilder s = new StringBuilder();
            for (int j = r.nextInt(5); j >= 0; j--) {
                s.append(parts[r.nextInt(parts.length)]);
            }
            String t = s.toString();
            assertEquals(numeric.matcher(t).matches(), SpelledNumbers.isNumeric(t), t);
        }
    }
}
