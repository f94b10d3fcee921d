package dev.werk.core.text;

import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles regexes written with Python's {@code re} meaning of a few escapes, so the ports of
 * Whisper's rules match where Python matches. In a pattern given to {@link #compile}:
 *
 * <ul>
 *   <li>{@code \b} is Python's word boundary: word characters are letters, numbers and {@code _}
 *       ({@code [\p{L}\p{N}_]}, Python's {@code \w} on str); Java 17's own {@code \b} differs;
 *   <li>{@code \s} is Python's whitespace ({@link Chars#SPACE_CLASS});
 *   <li>{@code \d} is any Unicode decimal digit, as in Python;
 *   <li>{@code .} and {@code $} treat only {@code \n} as a line end (Java's UNIX_LINES), as Python.
 * </ul>
 *
 * These escapes are rewritten only outside character classes; the ports use none inside.
 */
final class PyRegex {
    private static final String WORD = "[\\p{L}\\p{N}_]";
    /**
     * Java 17 looks behind only one char for a character class, so a supplementary letter (a
     * surrogate pair) would not count as a word character; {@code {1,2}} lets the lookbehind
     * start at the pair's first half. It must still end where the boundary is, so two BMP chars
     * cannot fake it.
     */
    private static final String WORD_BEFORE = WORD + "{1,2}";
    static final String BOUNDARY =
            "(?:(?<=" + WORD_BEFORE + ")(?!" + WORD + ")|(?<!" + WORD_BEFORE + ")(?=" + WORD + "))";

    private PyRegex() {
    }

    static Pattern compile(String python) {
        StringBuilder java = new StringBuilder(python.length() * 2);
        boolean inClass = false;
        for (int k = 0; k < python.length(); k++) {
            char c = python.charAt(k);
            if (c == '\\' && k + 1 < python.length()) {
                char e = python.charAt(++k);
                if (!inClass && e == 'b') {
                    java.append(BOUNDARY);
                } else if (!inClass && e == 's') {
                    java.append(Chars.SPACE_CLASS);
                } else if (!inClass && e == 'd') {
                    java.append("\\p{Nd}");
                } else {
                    java.append('\\').append(e);
                }
                continue;
            }
            if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            }
            java.append(c);
        }
        return Pattern.compile(java.toString(), Pattern.UNIX_LINES);
    }

    /** {@code re.sub(pattern, replacement, s)} with a Java-syntax replacement ({@code $1}). */
    static String sub(Pattern pattern, String replacement, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.replaceAll(replacement) : text;
    }

    /** {@code re.sub(pattern, function, s)}: the function's result is inserted literally. */
    static String sub(Pattern pattern, Function<MatchResult, String> function, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return text;
        }
        return m.replaceAll(r -> Matcher.quoteReplacement(function.apply(r)));
    }
}
