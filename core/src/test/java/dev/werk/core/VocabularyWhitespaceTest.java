package dev.werk.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.werk.core.text.Whitespace;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The interner's byte-level whitespace test ({@link Vocabulary#spaceWidth}) against {@link Whitespace}. */
class VocabularyWhitespaceTest {
    @Test
    void spaceWidthAgreesWithWhitespaceForEveryCodePoint() {
        for (int c = 0; c <= 0x10FFFF; c++) {
            if (c >= 0xD800 && c <= 0xDFFF) {
                continue;
            }
            byte[] b = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8);
            int expected = Whitespace.isSpace(c) ? b.length : 0;
            assertEquals(expected, Vocabulary.spaceWidth(b, 0, b.length), "U+" + Integer.toHexString(c));
        }
    }

    /**
     * Every code point as a word between two words and glued to a long word (so both the 16-byte
     * windows and the byte-wise path see it): the ids must be those of a split by {@link Whitespace}.
     */
    @Test
    void everyCodePointSplitsOrJoinsAsWhitespaceSays() {
        Vocabulary v = new Vocabulary();
        Map<String, Integer> model = new HashMap<>();
        for (int c = 0; c <= 0x10FFFF; c += (c < 0x3100 ? 1 : 97)) {
            if (c >= 0xD800 && c <= 0xDFFF) {
                continue;
            }
            String ch = new String(Character.toChars(c));
            for (String line : new String[] {"ab" + ch + "cd", "abcdefghijklmn" + ch + "x y", ch}) {
                int[] expected = Whitespace.split(line).stream()
                        .mapToInt(w -> model.computeIfAbsent(w, key -> model.size())).toArray();
                assertArrayEquals(expected, v.words(line), "U+" + Integer.toHexString(c) + " in " + line);
            }
        }
        model.forEach((w, id) -> assertEquals(w, v.word(id)));
    }
}
