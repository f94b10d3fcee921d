package dev.werk.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VocabularyTest {

    @Test
    void idsAreDenseInOrderOfFirstSightAndStable() {
        Vocabulary v = new Vocabulary();
        assertArrayEquals(new int[] {0, 1, 0, 2}, v.words("the cat the mat"));
        assertArrayEquals(new int[] {2, 3, 1}, v.words("  mat sat\tcat  "));
        assertEquals(4, v.size());
        assertEquals("the", v.word(0));
        assertEquals("cat", v.word(1));
        assertEquals("mat", v.word(2));
        assertEquals("sat", v.word(3));
        assertEquals(1, v.intern("cat"));
        assertEquals(4, v.size());
    }

    @Test
    void caseAndAccentsMakeDifferentWords() {
        Vocabulary v = new Vocabulary();
        int[] ids = v.words("Cat cat caf\u00e9 cafe");
        assertEquals(4, v.size());
        assertArrayEquals(new int[] {0, 1, 2, 3}, ids);
    }

    @Test
    void internOfARangeEqualsInternOfTheWord() {
        Vocabulary v = new Vocabulary();
        byte[] line = "xxabcxx".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int id = v.intern(line, 2, 5);
        assertEquals(id, v.intern("abc"));
        assertEquals("abc", v.word(id));
        assertEquals(1, v.size());
    }

    @Test
    void emptyAndBlankLinesHaveNoWords() {
        Vocabulary v = new Vocabulary();
        assertEquals(0, v.words("").length);
        assertEquals(0, v.words(" \t \u00a0\u2007\u202f\u0085\r\n").length);
        assertEquals(0, v.size());
    }

    @Test
    void lookupNeverAdds() {
        Vocabulary v = new Vocabulary();
        v.words("alpha beta");
        assertEquals(0, v.lookup("alpha"));
        assertEquals(1, v.lookup("beta"));
        assertEquals(-1, v.lookup("gamma"));
        assertEquals(-1, v.lookup(""));
        assertEquals(2, v.size());
    }

    @Test
    void wordOutsideTheRangeIsRejected() {
        Vocabulary v = new Vocabulary();
        v.intern("one");
        assertThrows(IndexOutOfBoundsException.class, () -> v.word(1));
        assertThrows(IndexOutOfBoundsException.class, () -> v.word(-1));
    }

    @Test
    void growsWellPastItsInitialTables() {
        Vocabulary v = new Vocabulary();
        int n = 100_000;
        for (int k = 0; k < n; k++) {
            assertEquals(k, v.intern("w" + k), "id of w" + k);
        }
        assertEquals(n, v.size());
        for (int k = 0; k < n; k++) {
            String w = "w" + k;
            assertEquals(k, v.lookup(w), w);
            assertEquals(k, v.intern(w), w);
            assertEquals(w, v.word(k));
        }
        assertEquals(n, v.size());
        assertEquals(-1, v.lookup("w" + n));
    }

    @Test
    void agreesWithAHashMapOnSeededRandomText() {
        Random random = new Random(20240611L);
        Vocabulary v = new Vocabulary();
        Map<String, Integer> model = new HashMap<>();
        String letters = "abc\u00e9\u00df\u65e5";
        for (int line = 0; line < 2_000; line++) {
            StringBuilder sb = new StringBuilder();
            int words = random.nextInt(12);
            String[] expectedWords = new String[words];
            for (int k = 0; k < words; k++) {
                sb.append(" \t".charAt(random.nextInt(2)));
                StringBuilder w = new StringBuilder();
                int len = 1 + random.nextInt(4);
                for (int c = 0; c < len; c++) {
                    w.append(letters.charAt(random.nextInt(letters.length())));
                }
                expectedWords[k] = w.toString();
                sb.append(w);
            }
            int[] ids = v.words(sb);
            assertEquals(words, ids.length, sb::toString);
            for (int k = 0; k < words; k++) {
                Integer expected = model.computeIfAbsent(expectedWords[k], key -> model.size());
                assertEquals(expected.intValue(), ids[k], expectedWords[k]);
            }
        }
        assertEquals(model.size(), v.size());
        model.forEach((w, id) -> assertEquals(w, v.word(id)));
    }

    /**
     * Words that agree in their first bytes and differ only in length, or in the 16th byte (where
     * the short-word key keeps the length), or by trailing NULs, interned from lines in both orders:
     * every id must match a map from word to first-seen index.
     */
    @Test
    void prefixesOfEveryLengthAndTheSixteenthByteKeepTheirOwnIds() {
        java.util.List<String> words = new java.util.ArrayList<>();
        String base = "abcdefghijklmnopqrstuvwxyz0123456789ABCD";
        for (int len = 1; len <= 40; len++) {
            words.add(base.substring(0, len));
        }
        for (int len = 15; len <= 17; len++) {
            for (char c : new char[] {'\u000f', '\u0010', '\u0011', 'p', '\u0000'}) {
                words.add(base.substring(0, 15) + c + base.substring(15, len));
            }
        }
        words.add("a\u0000");
        words.add("a\u0000\u0000");
        for (int order = 0; order < 2; order++) {
            java.util.List<String> in = new java.util.ArrayList<>(words);
            if (order == 1) {
                java.util.Collections.reverse(in);
            }
            Vocabulary v = new Vocabulary();
            Map<String, Integer> model = new HashMap<>();
            for (int from = 0; from < in.size(); from += 7) {
                java.util.List<String> line = in.subList(from, Math.min(in.size(), from + 7));
                int[] ids = v.words(String.join(" ", line));
                assertEquals(line.size(), ids.length, line::toString);
                for (int k = 0; k < ids.length; k++) {
                    Integer expected = model.computeIfAbsent(line.get(k), key -> model.size());
                    assertEquals(expected.intValue(), ids[k], line.get(k));
                }
            }
            for (String w : in) {
                assertEquals(model.get(w).intValue(), v.words(w)[0], w);
                assertEquals(model.get(w).intValue(), v.lookup(w), w);
                assertEquals(w, v.word(model.get(w)));
            }
            assertEquals(model.size(), v.size());
        }
    }

    /**
     * Words of 1 to 40 characters (around the 8- and 16-byte windows the splitter reads), made of
     * ASCII, NUL, DEL, control and non-ASCII characters, cut by runs of every kind of whitespace,
     * with text before and after: ids must match a split by {@link Vocabulary#isSpace} and a map.
     */
    @Test
    void agreesWithACharSplitOnLongWordsAndEveryWhitespace() {
        Random random = new Random(7L);
        Vocabulary v = new Vocabulary();
        Map<String, Integer> model = new HashMap<>();
        String letters = "ab\u0000\u0001\u007f\u00e9\u65e5\u200b";
        String spaces = " \t\n\u000b\f\r\u001c\u001f\u0085\u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000";
        for (int line = 0; line < 5_000; line++) {
            StringBuilder sb = new StringBuilder();
            int words = random.nextInt(8);
            for (int k = 0; k < words; k++) {
                int run = random.nextInt(4) == 0 ? random.nextInt(3) : 1;
                for (int s = 0; s < run || (s == 0 && k > 0); s++) {
                    sb.append(random.nextInt(3) == 0 ? spaces.charAt(random.nextInt(spaces.length())) : ' ');
                }
                int len = 1 + random.nextInt(random.nextBoolean() ? 18 : 40);
                for (int c = 0; c < len; c++) {
                    sb.append(random.nextInt(4) == 0 ? letters.charAt(random.nextInt(letters.length()))
                            : (char) ('a' + random.nextInt(3)));
                }
            }
            if (random.nextBoolean()) {
                sb.append(spaces.charAt(random.nextInt(spaces.length())));
            }
            String text = sb.toString();
            List<String> split = new ArrayList<>();
            StringBuilder word = new StringBuilder();
            for (char c : (text + " ").toCharArray()) {
                if (!Vocabulary.isSpace(c)) {
                    word.append(c);
                } else if (word.length() > 0) {
                    split.add(word.toString());
                    word.setLength(0);
                }
            }
            int[] expected = split.stream().mapToInt(w -> model.computeIfAbsent(w, key -> model.size())).toArray();
            assertArrayEquals(expected, v.words(text), text);
        }
        assertEquals(model.size(), v.size());
        model.forEach((w, id) -> {
            assertEquals(w, v.word(id));
            assertEquals(id.intValue(), v.lookup(w));
            assertEquals(id.intValue(), v.intern(w));
        });
    }

    @ParameterizedTest
    @ValueSource(chars = {' ', '\t', '\n', '\u000b', '\f', '\r', '\u001c', '\u001f', '\u0085', '\u00a0',
        '\u1680', '\u2000', '\u2007', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000'})
    void pythonWhitespaceSplitsWords(char space) {
        assertTrue(Vocabulary.isSpace(space), () -> "U+" + Integer.toHexString(space));
        Vocabulary v = new Vocabulary();
        assertArrayEquals(new int[] {0, 1}, v.words("left" + space + "right"));
    }

    @ParameterizedTest
    @ValueSource(chars = {'a', 'Z', '0', '-', '\'', '\u00e9', '\u00df', '\u200b', '\u2060', '\ufeff', '\u0000', '\u007f', '\u180e'})
    void otherCharactersDoNotSplit(char c) {
        assertTrue(!Vocabulary.isSpace(c), () -> "U+" + Integer.toHexString(c));
        Vocabulary v = new Vocabulary();
        assertEquals(1, v.words("left" + c + "right").length);
    }

    @Test
    void charactersAreNfcCodePointsWithSingleSpaces() {
        // Decomposed e + U+0301 is the same character as composed U+00E9.
        assertArrayEquals(Vocabulary.characters("caf\u00e9"), Vocabulary.characters("cafe\u0301"));
        assertArrayEquals(new int[] {'c', 'a', 'f', 0xE9}, Vocabulary.characters("cafe\u0301"));
        // Runs of whitespace become one space; leading and trailing whitespace go.
        assertArrayEquals(new int[] {'a', 'b', ' ', 'c'}, Vocabulary.characters("  ab \t\u00a0 c  "));
        // A supplementary character is one code point, not two chars.
        assertArrayEquals(new int[] {'x', 0x1F600}, Vocabulary.characters("x\ud83d\ude00"));
        assertEquals(0, Vocabulary.characters(" \t ").length);
    }
}
