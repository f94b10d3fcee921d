package dev.werk.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * werk's one definition of a word boundary: the characters Python's {@code str.split()}, {@code
 * str.strip()} and {@code str.isspace()} treat as whitespace (CPython's {@code Py_UNICODE_ISSPACE}:
 * bidirectional class WS, B or S, or general category Zs). Every reader, the normaliser and the
 * interner cut words here, so jiwer and werk see the same words:
 *
 * <pre>
 * U+0009–U+000D  tab, line feed, vertical tab, form feed, carriage return
 * U+001C–U+001F  file, group, record and unit separators
 * U+0020         space
 * U+0085         next line (NEL)
 * U+00A0         no-break space
 * U+1680         ogham space mark
 * U+2000–U+200A  en quad … hair space
 * U+2028 U+2029  line and paragraph separators
 * U+202F U+205F  narrow no-break space, medium mathematical space
 * U+3000         ideographic space
 * </pre>
 *
 * Not whitespace, as in Python: U+200B (zero width space), U+FEFF (zero width no-break space, the
 * byte order mark inside a text), U+180E, U+2060. All of the characters above are in the BMP, so a
 * {@code char} test is exact. Java's {@link Character#isWhitespace} and {@link String#strip()} differ
 * (they leave out U+0085, U+00A0, U+2007 and U+202F).
 */
public final class Whitespace {
    /** The whitespace ranges, inclusive pairs, in increasing order. */
    private static final char[] RANGES = {
        '\t', '\r', 0x1C, ' ', 0x85, 0x85, 0xA0, 0xA0, 0x1680, 0x1680, 0x2000, 0x200A,
        0x2028, 0x2029, 0x202F, 0x202F, 0x205F, 0x205F, 0x3000, 0x3000,
    };

    /** The same set as a {@code java.util.regex} character class (Java's {@code \s} is narrower). */
    public static final String REGEX_CLASS = regexClass();

    private Whitespace() {
    }

    /** True for a whitespace character (see the class comment). */
    public static boolean isSpace(char c) {
        if (c <= ' ') {
            return c == ' ' || (c >= '\t' && c <= '\r') || c >= 0x1C;
        }
        return c >= 0x85 && (c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A)
                || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000);
    }

    /** True for a whitespace code point; supplementary code points never are. */
    public static boolean isSpace(int codePoint) {
        return codePoint >= 0 && codePoint <= Character.MAX_VALUE && isSpace((char) codePoint);
    }

    /** Python's {@code s.split()}: the maximal runs of non-whitespace characters, in order. */
    public static List<String> split(CharSequence text) {
        List<String> words = new ArrayList<>();
        int n = text.length();
        int k = 0;
        while (k < n) {
            while (k < n && isSpace(text.charAt(k))) {
                k++;
            }
            int start = k;
            while (k < n && !isSpace(text.charAt(k))) {
                k++;
            }
            if (k > start) {
                words.add(text.subSequence(start, k).toString());
            }
        }
        return words;
    }

    /** Python's {@code s.strip()}: {@code text} without whitespace at either end. */
    public static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** True when {@code text} is empty or all whitespace (Python: {@code not s.strip()}). */
    public static boolean isBlank(CharSequence text) {
        for (int k = 0; k < text.length(); k++) {
            if (!isSpace(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the whitespace-separated words of {@code text} lie: the word index ranges a character
     * range touches, for mapping normalised tokens back to source words (see {@link WordSpans}).
     */
    public static WordSpans spans(CharSequence text) {
        return WordSpans.of(text);
    }

    // Not String.format: this runs in every scoring run, and java.util.Formatter compiles a regex
    // the first time it is used (a couple of ms in a fresh JVM).
    private static String regexClass() {
        StringBuilder b = new StringBuilder("[");
        for (int k = 0; k < RANGES.length; k += 2) {
            hex(b, RANGES[k]);
            if (RANGES[k + 1] != RANGES[k]) {
                hex(b.append('-'), RANGES[k + 1]);
            }
        }
        return b.append(']').toString();
    }

    /** {@code \x{HEX}} in upper case, as {@code String.format("\\x{%X}", c)} writes it. */
    private static void hex(StringBuilder b, char c) {
        b.append("\\x{").append(Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT)).append('}');
    }
}
