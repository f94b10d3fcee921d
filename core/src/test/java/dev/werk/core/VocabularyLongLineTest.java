package dev.werk.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Lines of thousands of bytes, which the splitter reads in slices: words that straddle a slice's
 * end, long words, multi-byte characters and spaces, and runs of whitespace at every offset must
 * split exactly as a char-by-char split by {@link Vocabulary#isSpace} does.
 */
class VocabularyLongLineTest {
    @Test
    void longLinesAgreeWithACharSplit() {
        Random random = new Random(91L);
        Vocabulary v = new Vocabulary();
        Map<String, Integer> model = new HashMap<>();
        String letters = "ab\u0000\u007f\u00e9\u65e5\u200b";
        String spaces = " \t\n\r\u001f\u0085\u00a0\u2000\u2028\u3000";
        for (int line = 0; line < 300; line++) {
            StringBuilder sb = new StringBuilder();
            int words = random.nextInt(2_000);
            for (int k = 0; k < words; k++) {
                int run = random.nextInt(5) == 0 ? 1 + random.nextInt(4) : 1;
                for (int s = 0; s < run; s++) {
                    sb.append(random.nextInt(6) == 0 ? spaces.charAt(random.nextInt(spaces.length())) : ' ');
                }
                int len = 1 + random.nextInt(random.nextInt(8) == 0 ? 300 : 12);
                for (int c = 0; c < len; c++) {
                    sb.append(random.nextInt(10) == 0 ? letters.charAt(random.nextInt(letters.length()))
                            : (char) ('a' + random.nextInt(4)));
                }
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
            assertArrayEquals(expected, v.words(text), () -> "line of " + text.length() + " chars");
        }
        assertEquals(model.size(), v.size());
        model.forEach((w, id) -> assertEquals(w, v.word(id)));
    }
}
