package dev.werk.core.text;

import java.util.ArrayList;
import java.util.List;

/** Character classes shared by the steps, defined as Python defines them. */
final class Chars {
    /**
     * Python's {@code \s} / {@code str.isspace()} as a java.util.regex character class (Python
     * also counts U+001C..U+001F, which Java's {@code \s} does not).
     */
    static final String SPACE_CLASS =
            "[\\t\\n\\x0B\\f\\r\\x1C-\\x20\\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]";

    private Chars() {
    }

    /**
     * True for the characters Python's {@code str.isspace()}, {@code str.strip()}, {@code
     * str.split()} and regex {@code \s} treat as whitespace. Same set as
     * {@code dev.werk.core.align.Vocabulary.isSpace}, so words end where the aligner cuts them.
     */
    static boolean isSpace(char c) {
        if (c <= ' ') {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
        }
        return c >= 0x85 && (c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A)
                || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000);
    }

    /**
     * True for the characters of Python's regex {@code \w} on str: letters (L*), numbers (N*) and
     * {@code _}. Same set as {@link PyRegex}'s word boundary.
     */
    static boolean isWordChar(int codePoint) {
        if (codePoint < 128) {
            return (codePoint >= 'a' && codePoint <= 'z') || (codePoint >= 'A' && codePoint <= 'Z')
                    || (codePoint >= '0' && codePoint <= '9') || codePoint == '_';
        }
        switch (Character.getType(codePoint)) {
            case Character.UPPERCASE_LETTER:
            case Character.LOWERCASE_LETTER:
            case Character.TITLECASE_LETTER:
            case Character.MODIFIER_LETTER:
            case Character.OTHER_LETTER:
            case Character.DECIMAL_DIGIT_NUMBER:
            case Character.LETTER_NUMBER:
            case Character.OTHER_NUMBER:
                return true;
            default:
                return false;
        }
    }

    /** True if the code point just before {@code index} is a word character (Python {@code \w}). */
    static boolean isWordBefore(String s, int index) {
        return index > 0 && isWordChar(s.codePointBefore(index));
    }

    /** True if the code point at {@code index} is a word character (Python {@code \w}). */
    static boolean isWordAt(String s, int index) {
        return index < s.length() && isWordChar(s.codePointAt(index));
    }

    /** True for a character of Unicode general category P* (any punctuation). */
    static boolean isPunctuation(int codePoint) {
        switch (Character.getType(codePoint)) {
            case Character.CONNECTOR_PUNCTUATION:
            case Character.DASH_PUNCTUATION:
            case Character.START_PUNCTUATION:
            case Character.END_PUNCTUATION:
            case Character.INITIAL_QUOTE_PUNCTUATION:
            case Character.FINAL_QUOTE_PUNCTUATION:
            case Character.OTHER_PUNCTUATION:
                return true;
            default:
                return false;
        }
    }

    /** True for a character of Unicode general category M* (any mark). */
    static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** True for a character of Unicode general category S* (any symbol). */
    static boolean isSymbol(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.MATH_SYMBOL || type == Character.CURRENCY_SYMBOL
                || type == Character.MODIFIER_SYMBOL || type == Character.OTHER_SYMBOL;
    }

    /** Python's {@code s.split()}: the runs of non-space characters, in order. */
    static List<String> words(String text) {
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
                words.add(text.substring(start, k));
            }
        }
        return words;
    }

    /**
     * Python's {@code " ".join(s.split())}: words separated by single spaces, no space at either
     * end. Returns {@code text} itself when it is already in that form.
     */
    static String joinWords(String text) {
        int n = text.length();
        if (isJoined(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(n);
        int k = 0;
        while (k < n) {
            while (k < n && isSpace(text.charAt(k))) {
                k++;
            }
            if (k == n) {
                break;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            while (k < n && !isSpace(text.charAt(k))) {
                out.append(text.charAt(k++));
            }
        }
        return out.toString();
    }

    private static boolean isJoined(String text) {
        int n = text.length();
        boolean previousSpace = true;
        for (int k = 0; k < n; k++) {
            char c = text.charAt(k);
            if (isSpace(c)) {
                if (c != ' ' || previousSpace) {
                    return false;
                }
                previousSpace = true;
            } else {
                previousSpace = false;
            }
        }
        return n == 0 || !previousSpace;
    }
}
