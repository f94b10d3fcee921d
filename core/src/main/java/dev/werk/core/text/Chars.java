package dev.werk.core.text;

import java.util.List;

/** Character classes shared by the steps, defined as Python defines them. */
final class Chars {
    /**
     * Python's {@code \s} / {@code str.isspace()} as a java.util.regex character class (Python
     * also counts U+001C..U+001F, which Java's {@code \s} does not).
     */
    static final String SPACE_CLASS = Whitespace.REGEX_CLASS;

    private Chars() {
    }

    /** {@link Whitespace#isSpace(char)}: Python's {@code str.isspace()}, werk's one word boundary. */
    static boolean isSpace(char c) {
        return Whitespace.isSpace(c);
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
        return Whitespace.split(text);
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
