package dev.werk.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.werk.core.TestTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link Whitespace} against the list of code points CPython 3.11 reports for {@code
 * chr(c).isspace()} (the list in the task, re-checked with {@code [hex(c) for c in
 * range(0x110000) if chr(c).isspace()]}), and every other definition in werk against it.
 */
class WhitespaceTest {
    /** CPython's whitespace, written out; U+FEFF, U+200B, U+180E and U+2060 are absent on purpose. */
    static final Set<Integer> PYTHON = pythonList();

    private static Set<Integer> pythonList() {
        Set<Integer> s = new TreeSet<>();
        for (int c = 0x09; c <= 0x0D; c++) {
            s.add(c);
        }
        for (int c = 0x1C; c <= 0x20; c++) {
            s.add(c);
        }
        s.add(0x85);
        s.add(0xA0);
        s.add(0x1680);
        for (int c = 0x2000; c <= 0x200A; c++) {
            s.add(c);
        }
        s.addAll(List.of(0x2028, 0x2029, 0x202F, 0x205F, 0x3000));
        return Set.copyOf(s);
    }

    /** Python's {@code s.split()} written from {@link #PYTHON}, code point by code point. */
    static List<String> oracleSplit(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (PYTHON.contains(cp)) {
                if (word.length() > 0) {
                    out.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.appendCodePoint(cp);
            }
        });
        if (word.length() > 0) {
            out.add(word.toString());
        }
        return out;
    }

    @Test
    void everyCharacterAgreesWithPythonsList() {
        Pattern regex = Pattern.compile(Whitespace.REGEX_CLASS);
        Pattern python = PyRegex.compile("\\s");
        for (int c = 0; c <= 0x10FFFF; c++) {
            boolean expected = PYTHON.contains(c);
            String hex = "U+" + Integer.toHexString(c);
            assertEquals(expected, Whitespace.isSpace(c), hex);
            if (c <= 0xFFFF) {
                assertEquals(expected, Whitespace.isSpace((char) c), hex);
                assertEquals(expected, Chars.isSpace((char) c), hex);
                assertEquals(expected, TestTokens.isSpace((char) c), hex);
            }
            if (c < 0xD800 || c > 0xDFFF) {
                String s = new String(Character.toChars(c));
                assertEquals(expected, regex.matcher(s).matches(), hex + " regex class");
                assertEquals(expected, python.matcher(s).matches(), hex + " PyRegex \\s");
            }
        }
        assertEquals(false, Whitespace.isSpace(-1));
    }

    @Test
    void splitStripAndBlankAgreeWithTheOracleOnRandomText() {
        Random random = new Random(0x5bace);
        String pool = "ab\u00e9\ufeff\u200b\u180e\u2060\u0000-" + "\t\n\u000b\f\r\u001c\u001d\u001e\u001f \u0085\u00a0"
                + "\u1680\u2000\u2007\u200a\u2028\u2029\u202f\u205f\u3000";
        for (int k = 0; k < 20_000; k++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(12);
            for (int j = 0; j < n; j++) {
                b.append(random.nextInt(5) == 0 ? "\ud83d\ude00" : String.valueOf(pool.charAt(random.nextInt(pool.length()))));
            }
            String s = b.toString();
            List<String> words = oracleSplit(s);
            assertEquals(words, Whitespace.split(s), s);
            assertEquals(words, Chars.words(s), s);
            assertEquals(words.isEmpty(), Whitespace.isBlank(s), s);
            String stripped = Whitespace.strip(s);
            assertEquals(words, oracleSplit(stripped), s);
            boolean edgesOk = stripped.isEmpty() || (!PYTHON.contains(stripped.codePointAt(0))
                    && !PYTHON.contains(stripped.codePointBefore(stripped.length())));
            assertEquals(true, edgesOk, s);
            assertEquals(true, s.contains(stripped), s);
            assertEquals(String.join(" ", words), Chars.joinWords(s), s);
        }
    }

    @Test
    void wordSpansGiveEachWordItsCharactersAndTheWordsARangeTouches() {
        Random random = new Random(41);
        String pool = "ab \u00a0\u3000\ufeff\u2028";
        for (int k = 0; k < 3_000; k++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(15);
            for (int j = 0; j < n; j++) {
                b.append(pool.charAt(random.nextInt(pool.length())));
            }
            String s = b.toString();
            WordSpans spans = Whitespace.spans(s);
            List<String> words = oracleSplit(s);
            assertEquals(words.size(), spans.size(), s);
            int[] owner = new int[s.length()];
            java.util.Arrays.fill(owner, -1);
            for (int w = 0; w < spans.size(); w++) {
                Span span = spans.word(w);
                assertEquals(words.get(w), s.substring(span.start(), span.end()), s);
                for (int c = span.start(); c < span.end(); c++) {
                    owner[c] = w;
                }
            }
            for (int a = 0; a <= s.length(); a++) {
                for (int e = a; e <= s.length(); e++) {
                    // brute force: the words owning a character of [a, e); empty ranges inside a word touch it
                    int from = Integer.MAX_VALUE;
                    int to = Integer.MIN_VALUE;
                    for (int c = a; c < e; c++) {
                        if (owner[c] >= 0) {
                            from = Math.min(from, owner[c]);
                            to = Math.max(to, owner[c] + 1);
                        }
                    }
                    if (a == e && a > 0 && a < s.length() && owner[a - 1] >= 0 && owner[a - 1] == owner[a]) {
                        from = owner[a];
                        to = owner[a] + 1;
                    }
                    Span got = spans.wordsTouching(a, e);
                    if (from == Integer.MAX_VALUE) {
                        assertEquals(0, got.length(), s + " " + a + ".." + e);
                        int next = 0;
                        while (next < spans.size() && spans.word(next).end() <= a) {
                            next++;
                        }
                        assertEquals(next, got.start(), s + " " + a + ".." + e);
                    } else {
                        assertEquals(new Span(from, to), got, s + " " + a + ".." + e);
                    }
                }
            }
        }
    }
}
